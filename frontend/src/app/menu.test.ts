import { describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import type { Role } from '@/shared/api/types'
import type { Permission } from '@/shared/api/types'
import { capabilitiesFor } from '@/shared/testing/capabilities'
import { menuOf } from './menu'
import { createAppRouter, guard, shellRoutes } from './router'

const canOf = (role: Role, wholePlatform = false) => {
  const granted = capabilitiesFor([role], wholePlatform)
  return (p: Permission) => granted.includes(p)
}
const testids = (role: Role) => {
  const { main, volunteers, settings } = menuOf(shellRoutes, canOf(role))
  return {
    main: main.map((i) => i.testid),
    volunteers: volunteers.map((i) => i.testid),
    settings: settings.map((i) => i.testid),
  }
}

describe('the side menu, from the routes’ meta', () => {
  it('groups pairings under 结对走访 for those who read them', () => {
    expect(menuOf(shellRoutes, canOf('community-staff')).visits.map((i) => i.testid)).toContain('menu-pairings')
    expect(menuOf(shellRoutes, canOf('viewer')).visits.map((i) => i.testid)).toContain('menu-pairings')
    expect(menuOf(shellRoutes, canOf('volunteer')).visits.map((i) => i.testid)).not.toContain('menu-pairings')
  })

  it('puts party-member reports first under 党建共建 for those who read them', () => {
    expect(menuOf(shellRoutes, canOf('community-staff')).partyBuilding.map((i) => i.testid)[0]).toBe(
      'menu-party-reports',
    )
    expect(menuOf(shellRoutes, canOf('viewer')).partyBuilding.map((i) => i.testid)).toContain('menu-party-reports')
    // a volunteer reads the posts (its community's, to claim on the phone) and nothing else of the group
    expect(menuOf(shellRoutes, canOf('volunteer')).partyBuilding.map((i) => i.testid)).toEqual(['menu-party-posts'])
  })

  it('puts the feedback forms under 党建共建 for those who read them', () => {
    const party = (role: Role) => menuOf(shellRoutes, canOf(role)).partyBuilding.map((i) => i.testid)
    expect(party('community-staff')).toContain('menu-party-feedback')
    expect(party('viewer')).toContain('menu-party-feedback')
    expect(party('grid-worker')).not.toContain('menu-party-feedback')
    expect(party('unit-liaison')).not.toContain('menu-party-feedback')
  })

  it('shows a street-admin every page, in order, with the settings apart', () => {
    expect(testids('street-admin')).toEqual({
      main: [
        'menu-workbench',
        'menu-areas',
        'menu-households',
        'menu-residents',
        'menu-talk-days',
        'menu-issues',
        'menu-issue-stats',
        'menu-audit',
        'menu-staff',
        'menu-api-clients',
      ],
      volunteers: [
        'menu-volunteers',
        'menu-volunteer-teams',
        'menu-activities',
        'menu-hours-queue',
        'menu-hours-export',
        'menu-volunteer-stats',
      ],
      settings: ['menu-issue-categories', 'menu-dictionary', 'menu-working-calendar', 'menu-hours-settings'],
    })
    const [home, areas] = menuOf(shellRoutes, canOf('street-admin')).main
    expect(home).toMatchObject({ index: '/workbench', title: 'workbench' })
    expect(areas).toMatchObject({ index: '/areas', title: 'areas' })
    expect(areas!.icon).toBeDefined()
  })

  it('shows each role what it may open', () => {
    expect(testids('community-staff').main).toEqual([
      'menu-workbench',
      'menu-areas',
      'menu-households',
      'menu-residents',
      'menu-talk-days',
      'menu-issues',
      'menu-issue-stats',
      'menu-audit',
    ])
    expect(testids('viewer')).toEqual({
      main: [
        'menu-workbench',
        'menu-areas',
        'menu-households',
        'menu-residents',
        'menu-talk-days',
        'menu-issues',
        'menu-issue-stats',
        'menu-audit',
      ],
      volunteers: ['menu-volunteers', 'menu-volunteer-teams', 'menu-activities', 'menu-volunteer-stats'],
      settings: ['menu-working-calendar', 'menu-hours-settings'],
    })
    expect(testids('volunteer')).toEqual({
      main: ['menu-workbench', 'menu-areas', 'menu-talk-days'],
      volunteers: ['menu-activities'],
      settings: ['menu-working-calendar'],
    })
  })
})

describe('the route guard, from the same meta', () => {
  const router = createAppRouter(() => true, createMemoryHistory())
  /** The page a navigation ends on (the guard's answer; the pages themselves are not loaded). */
  function visit(role: Role, path: string) {
    const to = router.resolve(path)
    const answer = guard(to, canOf(role))
    return answer === true ? to : router.resolve(answer)
  }

  it('shows the forbidden page for a page the user may not open, and the page otherwise', () => {
    expect(visit('volunteer', '/audit').name).toBe('forbidden')
    expect(visit('volunteer', '/audit').query.from).toBe('/audit')
    expect(visit('viewer', '/audit').name).toBe('audit')
    expect(visit('volunteer', '/issues/7').name).toBe('forbidden')
    expect(visit('viewer', '/m/issues').name).toBe('forbidden')
    expect(visit('grid-worker', '/m/issues/7').name).toBe('mobile-issue')
    // a page that asks for any one of two: the phone issue page, for a volunteer team's leader too (ISSUES_HANDLE_AS_TEAM)
    expect(visit('volunteer', '/m/issues/7').name).toBe('mobile-issue')
    expect(visit('volunteer', '/m/issues').name).toBe('forbidden')
    expect(visit('viewer', '/m/issues/7').name).toBe('forbidden')
    expect(visit('community-staff', '/households/import').name).toBe('registry-import')
    expect(visit('viewer', '/households/import').name).toBe('forbidden')
  })
})
