import { describe, expect, it } from 'vitest'
import {
  isFull,
  logQuery,
  newPostForm,
  placesText,
  postBody,
  postFormOf,
  postQuery,
  serviceFormProblems,
  serviceMinutes,
  termInOrder,
} from './partyPosts'
import type { PartyPostView } from '../api'

const post: PartyPostView = {
  id: 7,
  area: { id: 3, level: 'GRID', code: 'A1', name: 'A1网格' },
  communityId: 2,
  communityName: '幸福里社区',
  categoryCode: 'BUILDING_WATCH',
  title: '3号楼楼栋守护',
  requirements: null,
  capacity: 3,
  claimCount: 2,
  termFrom: '2026-01-01',
  termTo: '2026-12-31',
  status: 'OPEN',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 4,
}

describe('the lists as API queries', () => {
  it('leaves out empty filters and trims the text', () => {
    expect(postQuery({ status: '', q: '  ' })).toEqual({
      areaId: undefined,
      categoryCode: undefined,
      status: undefined,
      q: undefined,
    })
    expect(postQuery({ area: 3, category: 'MEDIATION', status: 'OPEN', q: ' 楼栋 ' })).toEqual({
      areaId: 3,
      categoryCode: 'MEDIATION',
      status: 'OPEN',
      q: '楼栋',
    })
    expect(logQuery({ status: 'SUBMITTED', to: '2026-03-01' })).toEqual({
      status: 'SUBMITTED',
      areaId: undefined,
      from: undefined,
      to: '2026-03-01',
    })
  })
})

describe('the post form', () => {
  it('starts today and runs to the year’s end', () => {
    expect(newPostForm('2026-05-20')).toMatchObject({ termFrom: '2026-05-20', termTo: '2026-12-31', capacity: 1 })
  })

  it('round-trips a post into the body, optional text left out when blank', () => {
    expect(postBody(postFormOf(post))).toEqual({
      categoryCode: 'BUILDING_WATCH',
      title: '3号楼楼栋守护',
      requirements: undefined,
      capacity: 3,
      termFrom: '2026-01-01',
      termTo: '2026-12-31',
    })
    expect(postFormOf(post).areaId).toBe(3)
  })

  it.each([
    ['2026-01-01', '2026-01-01', true],
    ['2026-01-02', '2026-01-01', false],
    ['', '2026-01-01', true],
  ])('term %s – %s in order: %s', (from, to, ok) => {
    expect(termInOrder(from, to)).toBe(ok)
  })

  it('shows the places taken', () => {
    expect(placesText(post)).toBe('2/3')
    expect(isFull(post)).toBe(false)
    expect(isFull({ claimCount: 3, capacity: 3 })).toBe(true)
  })
})

describe('the phone’s service form', () => {
  it.each([
    [0.01, 1],
    [1.5, 90],
    [30, 1440],
  ])('%s hours are %s minutes', (hours, minutes) => {
    expect(serviceMinutes(hours)).toBe(minutes)
  })

  it('names every problem at once', () => {
    expect(serviceFormProblems({ serviceDate: '2026-05-21', hours: 0, description: ' ' }, '2026-05-20')).toEqual({
      serviceDate: 'dateFuture',
      hours: 'required',
      description: 'required',
    })
    expect(serviceFormProblems({ serviceDate: '', hours: 1, description: '巡楼' }, '2026-05-20')).toEqual({
      serviceDate: 'required',
    })
    expect(serviceFormProblems({ serviceDate: '2026-05-20', hours: 1, description: '巡楼' }, '2026-05-20')).toEqual({})
  })
})
