// The UI's messages: the shared ones and each feature's (features/<feature>/messages), merged into one tree per
// language. The i18n setup is the one place that reads every feature's messages.
import sharedZh from '@/shared/messages/zh-CN'
import sharedEn from '@/shared/messages/en-US'
import areasZh from '@/features/areas/messages/zh-CN'
import areasEn from '@/features/areas/messages/en-US'
import staffZh from '@/features/staff/messages/zh-CN'
import staffEn from '@/features/staff/messages/en-US'
import apiClientsZh from '@/features/apiclients/messages/zh-CN'
import apiClientsEn from '@/features/apiclients/messages/en-US'
import registryZh from '@/features/registry/messages/zh-CN'
import registryEn from '@/features/registry/messages/en-US'
import talkDaysZh from '@/features/talkdays/messages/zh-CN'
import talkDaysEn from '@/features/talkdays/messages/en-US'
import issuesZh from '@/features/issues/messages/zh-CN'
import issuesEn from '@/features/issues/messages/en-US'
import calendarZh from '@/features/calendar/messages/zh-CN'
import calendarEn from '@/features/calendar/messages/en-US'
import workbenchZh from '@/features/workbench/messages/zh-CN'
import workbenchEn from '@/features/workbench/messages/en-US'
import notificationsZh from '@/features/notifications/messages/zh-CN'
import notificationsEn from '@/features/notifications/messages/en-US'
import volunteersZh from '@/features/volunteers/messages/zh-CN'
import volunteersEn from '@/features/volunteers/messages/en-US'
import activitiesZh from '@/features/activities/messages/zh-CN'
import activitiesEn from '@/features/activities/messages/en-US'
import volunteerStatsZh from '@/features/volunteerstats/messages/zh-CN'
import volunteerStatsEn from '@/features/volunteerstats/messages/en-US'
import visitCoverageZh from '@/features/visitcoverage/messages/zh-CN'
import visitCoverageEn from '@/features/visitcoverage/messages/en-US'
import attendanceZh from '@/features/attendance/messages/zh-CN'
import attendanceEn from '@/features/attendance/messages/en-US'
import hoursZh from '@/features/hours/messages/zh-CN'
import hoursEn from '@/features/hours/messages/en-US'
import certificatesZh from '@/features/certificates/messages/zh-CN'
import certificatesEn from '@/features/certificates/messages/en-US'
import visitRulesZh from '@/features/visitrules/messages/zh-CN'
import visitRulesEn from '@/features/visitrules/messages/en-US'
import visitPhoneZh from '@/features/visitphone/messages/zh-CN'
import visitPhoneEn from '@/features/visitphone/messages/en-US'
import obligationsZh from '@/features/obligations/messages/zh-CN'
import obligationsEn from '@/features/obligations/messages/en-US'
import visitsZh from '@/features/visits/messages/zh-CN'
import visitsEn from '@/features/visits/messages/en-US'
import pairingsZh from '@/features/pairings/messages/zh-CN'
import pairingsEn from '@/features/pairings/messages/en-US'
import partyReportsZh from '@/features/partyreports/messages/zh-CN'
import partyReportsEn from '@/features/partyreports/messages/en-US'
import coBuildListsZh from '@/features/cobuildlists/messages/zh-CN'
import coBuildListsEn from '@/features/cobuildlists/messages/en-US'
import cobuildProjectsZh from '@/features/cobuildprojects/messages/zh-CN'
import cobuildProjectsEn from '@/features/cobuildprojects/messages/en-US'
import reassignmentsZh from '@/features/reassignments/messages/zh-CN'
import reassignmentsEn from '@/features/reassignments/messages/en-US'
import partyBuildingStatsZh from '@/features/partybuildingstats/messages/zh-CN'
import partyBuildingStatsEn from '@/features/partybuildingstats/messages/en-US'
import cobuildUnitsZh from '@/features/cobuildunits/messages/zh-CN'
import cobuildUnitsEn from '@/features/cobuildunits/messages/en-US'
import partyPostsZh from '@/features/partyposts/messages/zh-CN'
import partyPostsEn from '@/features/partyposts/messages/en-US'
import partyFeedbackZh from '@/features/partyfeedback/messages/zh-CN'
import partyFeedbackEn from '@/features/partyfeedback/messages/en-US'
import wishesZh from '@/features/wishes/messages/zh-CN'
import wishesEn from '@/features/wishes/messages/en-US'
import offlineZh from '@/features/offline/messages/zh-CN'
import offlineEn from '@/features/offline/messages/en-US'

type Tree = { [key: string]: string | Tree }
type Intersect<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? H & Intersect<R>
  : unknown

function isTree(value: unknown): value is Tree {
  return typeof value === 'object' && value !== null
}

/** Deep-merges message trees; the same key defined twice (a leaf, or a leaf and a branch) is an error. */
export function mergeMessages<T extends readonly object[]>(...parts: T): Intersect<T> {
  const into = (target: Tree, source: Tree, path: string): void => {
    for (const [key, value] of Object.entries(source)) {
      const at = path ? `${path}.${key}` : key
      const existing = target[key]
      if (existing === undefined) target[key] = isTree(value) ? structuredClone(value) : value
      else if (isTree(existing) && isTree(value)) into(existing, value, at)
      else throw new Error(`Message key ${at} is defined twice`)
    }
  }
  const merged: Tree = {}
  for (const part of parts) into(merged, part as Tree, '')
  return merged as Intersect<T>
}

export const zhCN = mergeMessages(
  sharedZh,
  areasZh,
  staffZh,
  apiClientsZh,
  registryZh,
  talkDaysZh,
  issuesZh,
  calendarZh,
  workbenchZh,
  notificationsZh,
  volunteersZh,
  activitiesZh,
  volunteerStatsZh,
  visitCoverageZh,
  attendanceZh,
  hoursZh,
  visitsZh,
  certificatesZh,
  visitRulesZh,
  visitPhoneZh,
  obligationsZh,
  pairingsZh,
  cobuildProjectsZh,
  reassignmentsZh,
  partyBuildingStatsZh,
  cobuildUnitsZh,
  partyReportsZh,
  partyPostsZh,
  partyFeedbackZh,
  coBuildListsZh,
  wishesZh,
  offlineZh,
)
export const enUS = mergeMessages(
  sharedEn,
  areasEn,
  staffEn,
  apiClientsEn,
  registryEn,
  talkDaysEn,
  issuesEn,
  calendarEn,
  workbenchEn,
  notificationsEn,
  volunteersEn,
  activitiesEn,
  volunteerStatsEn,
  visitCoverageEn,
  attendanceEn,
  hoursEn,
  visitsEn,
  certificatesEn,
  visitRulesEn,
  visitPhoneEn,
  obligationsEn,
  pairingsEn,
  cobuildProjectsEn,
  reassignmentsEn,
  partyBuildingStatsEn,
  cobuildUnitsEn,
  partyReportsEn,
  partyPostsEn,
  partyFeedbackEn,
  coBuildListsEn,
  wishesEn,
  offlineEn,
)
