// Records to look at, made through the real API as the street-admin: a household with its head, a talk day and an
// issue in the world's grid (the accessibility sweep and the printed pages need one of each, not their screens).
import { test } from '@playwright/test'
import type { AdminApi, World } from './admin-api'
import { beijingToday, type Run } from './run'
import { idCard } from './xlsx'

export interface Records {
  householdId: number
  residentId: number
  talkDayId: number
  issueId: number
  issueNumber: string
  categoryName: string
  description: string
}

export async function makeRecords(api: AdminApi, world: World, run: Run): Promise<Records> {
  return test.step('set up a household, a resident, a talk day and an issue through the API', async () => {
    const { body: household } = await api.call<{ household: { id: number } }>('POST', '/api/households', {
      gridId: world.grid.id,
      housingType: 'OWNED',
      address: run.address,
    })
    const householdId = household.household.id
    const seq = Number.parseInt(run.stamp.slice(-3), 36) % 900
    const { body: resident } = await api.call<{ resident: { id: number } }>('POST', '/api/residents', {
      householdId,
      name: run.head,
      idCard: idCard('110105', '19700312', seq - (seq % 2) + 1),
      ethnicity: '01',
      relation: 'HEAD',
      registrationType: 'LOCAL',
    })
    const { body: talkDay } = await api.call<{ talkDay: { id: number } }>('POST', '/api/talk-days', {
      communityId: world.community.id,
      date: beijingToday(),
      startTime: '09:00',
      endTime: '11:00',
      place: `${run.community}议事厅`,
      topic: '楼道照明',
      hosts: run.workerName,
    })
    const { body: categories } = await api.call<{ id: number; name: string; active: boolean }[]>(
      'GET',
      '/api/issue-categories',
    )
    const category = categories.find((c) => c.active)!
    const description = `${run.address}楼道灯不亮，晚上回家看不见台阶，已经一个星期了`
    const { body: issue } = await api.call<{ issue: { id: number; number: string } }>('POST', '/api/issues', {
      categoryId: category.id,
      description,
      urgency: 'NORMAL',
      channel: 'OFFICE',
      location: { householdId },
      reporter: { residentId: resident.resident.id },
    })
    return {
      householdId,
      residentId: resident.resident.id,
      talkDayId: talkDay.talkDay.id,
      issueId: issue.issue.id,
      issueNumber: issue.issue.number,
      categoryName: category.name,
      description,
    }
  })
}
