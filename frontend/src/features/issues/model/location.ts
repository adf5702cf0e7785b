// Where an issue happened, as the phone form picks it: one of the caller's grids or a building in it, or a household.
import type { AreaLevel, AreaNode } from '@/shared/api/types'

export type LocationChoice =
  | { kind: 'area'; areaId: number; level: AreaLevel; label: string; gridId: number; gridName: string }
  | { kind: 'household'; householdId: number; label: string; gridId: number; gridName: string }

/** An option of the grid/building cascader. Grids start with `children: []` and get their buildings when opened. */
export interface AreaOption {
  text: string
  value: string
  level: AreaLevel
  id: number
  /** the grid it is (or lies in), for grids and buildings */
  grid?: { id: number; name: string }
  /** "the whole grid" entry among a grid's buildings */
  whole?: boolean
  children?: AreaOption[]
}

function optionsOf(nodes: readonly AreaNode[], inheritedScope: boolean): AreaOption[] {
  const options: AreaOption[] = []
  for (const node of nodes) {
    const inScope = inheritedScope || node.inScope
    if (node.level === 'BUILDING') continue
    if (node.level === 'GRID') {
      if (inScope) {
        options.push({
          text: node.name,
          value: `area-${node.id}`,
          level: node.level,
          id: node.id,
          grid: { id: node.id, name: node.name },
          children: [],
        })
      }
      continue
    }
    const children = optionsOf(node.children, inScope)
    if (children.length)
      options.push({ text: node.name, value: `area-${node.id}`, level: node.level, id: node.id, children })
  }
  return options
}

/**
 * The cascader's first level: the caller's grids, grouped under their community (and sub-district) only when there
 * is more than one to choose from — a grid worker with one grid goes straight to it.
 */
export function locationOptions(tree: readonly AreaNode[]): AreaOption[] {
  let options = optionsOf(tree, false)
  while (options.length === 1 && options[0]!.level !== 'GRID') options = options[0]!.children ?? []
  return options
}

/**
 * The caller's own areas (Me.scope) as a tree without ancestors: the grids a worker may report from when neither the
 * server nor the device has the area tree (offline before the first refresh).
 */
export function scopeTree(areas: readonly { id: number; level: AreaLevel; code: string; name: string }[]): AreaNode[] {
  return areas.map((a) => ({ id: a.id, level: a.level, code: a.code, name: a.name, inScope: true, children: [] }))
}

/** Every grid in the options, in order. */
export function gridsOf(options: readonly AreaOption[]): AreaOption[] {
  return options.flatMap((o) => (o.level === 'GRID' ? [o] : gridsOf(o.children ?? [])))
}

/** What a finished cascader selection means: the building chosen, or the grid itself. */
export function choiceOf(selected: readonly AreaOption[]): LocationChoice | null {
  const last = selected[selected.length - 1]
  if (!last?.grid) return null
  const gridIndex = selected.findIndex((o) => o.level === 'GRID')
  const label = selected
    .slice(Math.max(0, gridIndex))
    .filter((o) => !o.whole)
    .map((o) => o.text)
    .join(' / ')
  if (last.whole || last.level === 'GRID') {
    return { kind: 'area', areaId: last.grid.id, level: 'GRID', label, gridId: last.grid.id, gridName: last.grid.name }
  }
  return { kind: 'area', areaId: last.id, level: last.level, label, gridId: last.grid.id, gridName: last.grid.name }
}
