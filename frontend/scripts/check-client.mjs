// Fails when src/api/schema.d.ts is not what openapi-typescript makes of ../openapi.yaml (run `npm run gen:client`).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, dirname } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const committed = join(root, 'src/api/schema.d.ts')
const dir = mkdtempSync(join(tmpdir(), 'gridwork-client-'))
const fresh = join(dir, 'schema.d.ts')
try {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/openapi-typescript/bin/cli.js'), join(root, '../openapi.yaml'), '-o', fresh],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      'src/api/schema.d.ts is stale: it differs from what ../openapi.yaml generates. Run `npm run gen:client`.',
    )
    process.exit(1)
  }
  console.log('src/api/schema.d.ts is up to date with ../openapi.yaml')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
