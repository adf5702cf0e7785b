// The phone's first-load budget, checked on the build (run by `npm run build`, hence by `make test`).
//
// Before the sign-in a visitor of /m (or of any page) loads index.html's entry chunk and what it imports statically;
// the router, the pages and the component libraries come only after Keycloak has sent the user back. This script
// follows dist/.vite/manifest.json from the entry along static imports, sums the gzip sizes of those JavaScript files
// (gzip at zlib's default level, as Vite's report and the preview server) and fails when they pass BUDGET_KB, or when
// Element Plus, ECharts or Vant is among them. It also prints what the first page after the sign-in adds, on the
// phone (/m) and in the office (the shell with Element Plus), for the record. The Playwright phone project measures
// the same in a browser (e2e/14-phone-budget.spec.ts).
import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

export const BUDGET_KB = 150
/** Chunks of libraries that have no place before the sign-in (manualChunks in vite.config.ts names them). */
export const LIBRARY_CHUNKS = /(^|\/)(element-plus|echarts|vant)-[\w-]+\.js$/

// an optional argument: another build's dist directory (to compare builds)
const dist = resolve(process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../dist'))
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'))

/** The JavaScript files of manifest entry `key` and of everything it imports statically, transitively. */
function staticClosure(key, files = new Set()) {
  const chunk = manifest[key]
  if (!chunk) throw new Error(`${key} is not in the build manifest`)
  if (files.has(chunk.file)) return files
  files.add(chunk.file)
  for (const imported of chunk.imports ?? []) staticClosure(imported, files)
  return files
}

const gzipSizes = new Map()
function gzipSize(file) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(readFileSync(join(dist, file))).length)
  return gzipSizes.get(file)
}

const kb = (bytes) => (bytes / 1000).toFixed(1)
const total = (files) => [...files].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gzipSize(f), 0)

/** What a page loads: the entry's closure plus the closures of the modules it imports on the way (existing ones). */
function pageLoad(keys) {
  const files = new Set(staticClosure('index.html'))
  for (const key of keys.filter((k) => manifest[k])) staticClosure(key, files)
  return files
}

const beforeSignIn = staticClosure('index.html')
const firstLoad = total(beforeSignIn)
const allJs = Object.values(manifest)
  .map((c) => c.file)
  .filter((f, i, all) => f.endsWith('.js') && all.indexOf(f) === i)
const phone = pageLoad(['src/app/router.ts', 'src/app/mobile/MobileHome.vue'])
const office = pageLoad(['src/app/router.ts', 'src/app/officeLibrary.ts', 'src/app/layouts/AppShell.vue'])

console.log(`JavaScript, gzip (budget check, scripts/check-budget.mjs):`)
console.log(`  all chunks of the build            ${kb(total(allJs)).padStart(7)} kB (${allJs.length} files)`)
console.log(`  first load before the sign-in      ${kb(firstLoad).padStart(7)} kB  budget ${BUDGET_KB} kB:`)
for (const f of beforeSignIn) console.log(`    ${f}  ${kb(gzipSize(f))} kB`)
console.log(`  /m after the sign-in (phone home)  ${kb(total(phone)).padStart(7)} kB`)
console.log(`  / after the sign-in (office shell) ${kb(total(office)).padStart(7)} kB`)

const libraries = [...beforeSignIn].filter((f) => LIBRARY_CHUNKS.test(f))
let failed = false
if (libraries.length) {
  console.error(`FAIL: loaded before the sign-in, but only pages need them: ${libraries.join(', ')}`)
  failed = true
}
if (firstLoad > BUDGET_KB * 1000) {
  console.error(
    `FAIL: the first load before the sign-in is ${kb(firstLoad)} kB of gzipped JavaScript (budget ${BUDGET_KB} kB)`,
  )
  failed = true
}
if (failed) process.exit(1)
