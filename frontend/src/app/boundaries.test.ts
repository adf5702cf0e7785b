// The shape of src/, checked: a feature uses another only through its index.ts; shared code does not reach into
// features (the i18n setup reads their messages, the app their routes); a feature's model is plain TypeScript.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sources(path)
    return /\.(ts|vue)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [relative(SRC, path).split('\\').join('/')] : []
  })
}

/** Every module a file imports, as a path under src/ (aliases and relative paths resolved; packages as they are). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8')
  const specs = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!)
  return specs.map((s) =>
    s.startsWith('@/') ? s.slice(2) : s.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), s)) : s,
  )
}

const files = sources(SRC)
const featureOf = (path: string) => (path.startsWith('features/') ? path.split('/')[1] : undefined)

describe('the shape of src/', () => {
  it('has the features the README lists', () => {
    const features = new Set(files.map(featureOf).filter(Boolean))
    expect([...features].sort()).toEqual([
      'activities',
      'apiclients',
      'areas',
      'attendance',
      'calendar',
      'certificates',
      'cobuildlists',
      'cobuildprojects',
      'cobuildunits',
      'hours',
      'issues',
      'notifications',
      'obligations',
      'offline',
      'pairings',
      'partybuildingstats',
      'partyfeedback',
      'partyposts',
      'partyreports',
      'reassignments',
      'registry',
      'staff',
      'talkdays',
      'visitcoverage',
      'visitphone',
      'visitrules',
      'visits',
      'volunteers',
      'volunteerstats',
      'wishes',
      'workbench',
    ])
  })

  it('lets a feature use another only through its index.ts', () => {
    const wrong = files.flatMap((file) => {
      const own = featureOf(file)
      if (!own) return []
      return importsOf(file)
        .filter(
          (target) => featureOf(target) && featureOf(target) !== own && target !== `features/${featureOf(target)}`,
        )
        .map((target) => `${file} -> ${target}`)
    })
    expect(wrong).toEqual([])
  })

  it('keeps shared code out of the features (but for the messages the i18n setup merges) and the app on their indexes and routes', () => {
    const wrong = files.flatMap((file) => {
      if (featureOf(file)) return []
      return importsOf(file)
        .filter((target) => featureOf(target))
        .filter((target) => {
          if (file === 'shared/i18n/messages.ts') return !/^features\/\w+\/messages\/(zh-CN|en-US)$/.test(target)
          if (file.startsWith('shared/')) return true
          return !/^features\/\w+(\/routes)?$/.test(target)
        })
        .map((target) => `${file} -> ${target}`)
    })
    expect(wrong).toEqual([])
  })

  it('keeps each feature’s model plain TypeScript: no Vue, Element Plus or Vant', () => {
    const models = files.filter((f) => /^features\/\w+\/model(\/|\.ts$)/.test(f) && !f.endsWith('.test.ts'))
    expect(models.length).toBeGreaterThan(10)
    const wrong = models.flatMap((file) =>
      importsOf(file)
        .filter((t) => /^(vue|vue-i18n|vue-router|pinia|element-plus|vant)(\/|$)/.test(t) || t.endsWith('.vue'))
        .map((t) => `${file} -> ${t}`),
    )
    expect(wrong).toEqual([])
  })
})
