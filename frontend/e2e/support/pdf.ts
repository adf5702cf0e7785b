// The text of a PDF (page.pdf of a printed page), page by page, read with pdf.js.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** Each page's text with all white space removed (Chromium splits CJK lines into runs; the checks read words). */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, useSystemFonts: false }).promise
  const pages: string[] = []
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent()
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join('')
        .replace(/\s+/g, ''),
    )
  }
  await doc.destroy()
  return pages
}

/** `text` as the page texts hold it (no white space). */
export const squeezed = (text: string) => text.replace(/\s+/g, '')
