import type { AreaLevel, AreaNode } from '@/shared/api/types'

export function findNode(nodes: readonly AreaNode[], id: number): AreaNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node
    const found = findNode(node.children, id)
    if (found) return found
  }
  return undefined
}

/** The nodes from a root down to the node with `id` (inclusive), or [] when it is not in the tree. */
export function pathTo(nodes: readonly AreaNode[], id: number): AreaNode[] {
  for (const node of nodes) {
    if (node.id === id) return [node]
    const below = pathTo(node.children, id)
    if (below.length) return [node, ...below]
  }
  return []
}

export function* walk(nodes: readonly AreaNode[]): Generator<AreaNode> {
  for (const node of nodes) {
    yield node
    yield* walk(node.children)
  }
}

/** How many in-scope nodes of each level the tree holds. */
export function countByLevel(nodes: readonly AreaNode[]): Record<AreaLevel, number> {
  const counts: Record<AreaLevel, number> = { SUB_DISTRICT: 0, COMMUNITY: 0, GRID: 0, BUILDING: 0 }
  for (const node of walk(nodes)) if (node.inScope) counts[node.level]++
  return counts
}

/** The phone home's title for the caller's own areas: "my grids" when they are all grids. */
export function myAreasTitleKey(areas: readonly { level: AreaLevel }[]): 'mobile.myGrids' | 'mobile.myAreas' {
  return areas.length > 0 && areas.every((a) => a.level === 'GRID') ? 'mobile.myGrids' : 'mobile.myAreas'
}
