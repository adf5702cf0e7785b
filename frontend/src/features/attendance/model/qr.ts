// The QR code on the organiser's phone, drawn as one SVG path (no canvas, no image: crisp at any size).
import { encode } from 'uqr'

/**
 * The modules of the QR code for `text` (true: dark), with the four-module quiet zone scanners need. Level M
 * recovers from 15 % damage: a cracked screen or a glare still scans.
 */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: 4 }).data
}

/** An SVG path drawing the dark modules, one rectangle per horizontal run, in a viewBox of the matrix's size. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const parts: string[] = []
  modules.forEach((row, y) => {
    let x = 0
    while (x < row.length) {
      if (!row[x]) {
        x++
        continue
      }
      const from = x
      while (x < row.length && row[x]) x++
      parts.push(`M${from} ${y}h${x - from}v1h${from - x}z`)
    }
  })
  return parts.join('')
}
