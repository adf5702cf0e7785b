// Accessibility: axe-core over the page as it is shown; a serious or critical violation fails the test.
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type TestInfo } from '@playwright/test'

/**
 * Parts of the page drawn by a component library that our code cannot change, each with the reason. Only exact
 * selectors; no rule is switched off.
 */
const LIBRARY_EXCLUDES: string[] = [
  // Vant's Uploader renders its <input type=file> without a name and has no prop to give it one; the visible tile and
  // the field's label name it for the eye
  '.van-uploader__input',
  // Vant's toast is a role=dialog without a name, and showToast() takes none; it says its text and goes after 2 s
  '.van-toast',
  // Element Plus's pagination draws its page-size select without a name, and el-pagination has no prop for one; the
  // select shows its value ("20条/页"), which says what it is
  '.el-pagination__sizes .el-select__input',
]

export async function expectNoSeriousViolations(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // the page at rest: not the hover look of whatever the last click left the pointer on
  await page.mouse.move(0, 0)
  let builder = new AxeBuilder({ page })
  for (const selector of LIBRARY_EXCLUDES) builder = builder.exclude(selector)
  const results = await builder.analyze()
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: 'application/json',
  })
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
  expect(serious, `axe on ${name} (${page.url()})`).toEqual([])
}
