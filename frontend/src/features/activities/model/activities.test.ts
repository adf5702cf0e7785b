import { describe, expect, it } from 'vitest'
import type { ActivityCalendarEntry, ActivityDetail } from '@/shared/api/types'
import {
  actionButtons,
  beijingTime,
  blankForm,
  byDay,
  firstStart,
  formOf,
  inputOf,
  newPost,
  newSession,
  rowProblems,
  shiftMonth,
} from '@/features/activities/model/activities'

const at = (iso: string) => new Date(iso)

describe('activity form', () => {
  it('offers only the allowed steps, in lifecycle order', () => {
    expect(actionButtons(['CANCEL', 'PUBLISH', 'EDIT'])).toEqual(['EDIT', 'PUBLISH', 'CANCEL'])
    expect(actionButtons([])).toEqual([])
  })

  it('sends sessions and posts as rows, keeping the ids of those that exist', () => {
    const form = blankForm()
    Object.assign(form, {
      teamId: 3,
      communityId: 2,
      title: ' 关爱老人 ',
      categoryCode: 'ELDER_VISIT',
      place: '活动室',
    })
    form.sessions = [
      { id: 7, range: [at('2026-12-12T01:00:00Z'), at('2026-12-12T03:00:00Z')], signUps: 0, posts: [] },
      newSession([at('2026-12-13T01:00:00Z'), at('2026-12-13T03:00:00Z')]),
    ]
    form.sessions[0]!.posts = [{ id: 70, name: '引导员 ', capacity: 5, accepted: 2, signUps: 3 }]
    form.sessions[1]!.posts[0]!.name = '陪护'
    const body = inputOf(form)
    expect(body.title).toBe('关爱老人')
    expect(body.description).toBeUndefined()
    expect(body.sessions).toEqual([
      {
        id: 7,
        startsAt: '2026-12-12T01:00:00.000Z',
        endsAt: '2026-12-12T03:00:00.000Z',
        posts: [{ id: 70, name: '引导员', capacity: 5 }],
      },
      {
        id: undefined,
        startsAt: '2026-12-13T01:00:00.000Z',
        endsAt: '2026-12-13T03:00:00.000Z',
        posts: [{ id: undefined, name: '陪护', capacity: 10 }],
      },
    ])
    expect(firstStart(form)).toEqual(at('2026-12-12T01:00:00Z'))
  })

  it('reads an activity back into the same rows', () => {
    const detail = {
      activity: { teamId: 3, communityId: 2, gridId: null, title: 'T', categoryCode: 'OTHER', place: 'P' },
      description: null,
      signUpMode: 'APPROVAL',
      minAge: 18,
      maxAge: null,
      skillCodes: ['MEDICAL'],
      membersOnly: true,
      signUpDeadline: '2026-12-11T01:00:00Z',
      withdrawDeadline: null,
      beneficiaries: [{ householdId: 9, address: '1-101' }],
      sessions: [
        {
          id: 7,
          startsAt: '2026-12-12T01:00:00Z',
          endsAt: '2026-12-12T03:00:00Z',
          signUps: 1,
          posts: [{ id: 70, name: '引导员', capacity: 5, accepted: 1, signUps: 1 }],
        },
      ],
    } as unknown as ActivityDetail
    const form = formOf(detail)
    expect(form.gridId).toBeUndefined()
    expect(form.beneficiaryHouseholdIds).toEqual([9])
    expect(form.signUpDeadline).toEqual(at('2026-12-11T01:00:00Z'))
    const body = inputOf(form)
    expect(body.sessions[0]).toEqual({
      id: 7,
      startsAt: '2026-12-12T01:00:00.000Z',
      endsAt: '2026-12-12T03:00:00.000Z',
      posts: [{ id: 70, name: '引导员', capacity: 5 }],
    })
  })

  it('names what is wrong with the rows before sending', () => {
    const form = blankForm()
    expect(rowProblems(form)).toEqual(['sessionTimeRequired', 'postNameRequired'])
    form.sessions = [newSession([at('2026-12-12T03:00:00Z'), at('2026-12-12T01:00:00Z')])]
    form.sessions[0]!.posts = [{ ...newPost(), name: '岗', capacity: 1, accepted: 2 }]
    form.signUpDeadline = at('2026-12-12T04:00:00Z')
    expect(rowProblems(form)).toEqual(['endBeforeStart', 'capacityBelowTaken', 'deadlineAfterStart'])
    form.sessions = []
    expect(rowProblems(form)).toEqual(['noSessions'])
  })
})

describe('activity calendar', () => {
  const entry = (sessionId: number, startsAt: string, endsAt: string): ActivityCalendarEntry =>
    ({ activityId: 1, sessionId, title: 'T', status: 'PUBLISHED', startsAt, endsAt }) as ActivityCalendarEntry

  it('puts each session on its Beijing days, in start order', () => {
    const days = byDay([
      entry(2, '2026-12-12T06:00:00Z', '2026-12-12T08:00:00Z'),
      // 23:00 on the 11th in Beijing to 01:00 on the 12th
      entry(1, '2026-12-11T15:00:00Z', '2026-12-11T17:00:00Z'),
      // ends at midnight: not on the 14th
      entry(3, '2026-12-13T08:00:00Z', '2026-12-13T16:00:00Z'),
    ])
    expect(Object.keys(days).sort()).toEqual(['2026-12-11', '2026-12-12', '2026-12-13'])
    expect(days['2026-12-12']!.map((e) => e.sessionId)).toEqual([1, 2])
    expect(days['2026-12-13']!.map((e) => e.sessionId)).toEqual([3])
    expect(beijingTime('2026-12-11T15:00:00Z')).toBe('23:00')
  })

  it('moves between months across the year', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2026-01', -1)).toBe('2025-12')
  })
})
