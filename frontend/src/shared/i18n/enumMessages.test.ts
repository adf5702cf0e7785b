// Every enum value the API can send to a screen has a name in both languages, so that no raw code
// (ROADS_LIGHTING, IN_PROGRESS, street-admin) is ever what a person reads. The enums are read from the generated
// client (src/api/schema.d.ts): a value added to the contract fails here until it has its messages.
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/shared/i18n'

const schema = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../api/schema.d.ts'), 'utf8')

/** The enum schemas of the contract: name → values. */
function contractEnums(): Map<string, string[]> {
  const enums = new Map<string, string[]>()
  for (const m of schema.matchAll(/^ {8}(\w+): ((?:"[^"]+"(?: \| )?)+);$/gm)) {
    enums.set(
      m[1],
      [...m[2].matchAll(/"([^"]+)"/g)].map((v) => v[1]),
    )
  }
  return enums
}

/** How each enum shown on a screen is named: the message key of a value. */
const SHOWN: Record<string, (value: string) => string> = {
  ActivityAction: (v) => `activity.action.${v}`,
  AreaLevel: (v) => `level.${v}`,
  AuditAction: (v) => `audit.action_${v}`,
  CalendarDayKind: (v) => `workCalendar.kind.${v}`,
  DictionaryCategory: (v) => `dictionaryAdmin.categories.${v}`,
  HouseholdEventKind: (v) => `registry.eventKind.${v}`,
  IssueAction: (v) => `issue.action.${v}`,
  IssueChannel: (v) => `issue.channel.${v}`,
  IssueEventType: (v) => `issue.event.${v}`,
  IssueExtensionStatus: (v) => `issue.extension.status_${v}`,
  IssueSatisfaction: (v) => `issue.satisfaction.${v}`,
  IssueStatus: (v) => `issue.status.${v}`,
  IssueUrgency: (v) => `issue.urgency.${v}`,
  IssueWarning: (v) => `issue.warning.${v}`,
  RecordStatus: (v) => `registry.status_${v}`,
  StaffRole: (v) => `role.${v}`,
  TalkDayStatus: (v) => `talkDay.status.${v}`,
  WorkbenchTodoKind: (v) => `workbench.todo.${v}`,
  VolunteerStatus: (v) => `volunteerEnum.volunteerStatus.${v}`,
  VolunteerTeamStatus: (v) => `volunteerEnum.teamStatus.${v}`,
  VolunteerTeamRole: (v) => `volunteerEnum.teamRole.${v}`,
  ActivityStatus: (v) => `volunteerEnum.activityStatus.${v}`,
  ActivitySignUpMode: (v) => `volunteerEnum.signUpMode.${v}`,
  ActivitySignUpStatus: (v) => `volunteerEnum.signUpStatus.${v}`,
  ActivityAttendanceMark: (v) => `volunteerEnum.attendance.${v}`,
  VolunteerHoursSource: (v) => `volunteerEnum.hoursSource.${v}`,
  VolunteerHoursStatus: (v) => `volunteerEnum.hoursStatus.${v}`,
  VolunteerHoursSkipReason: (v) => `hours.skipReason.${v}`,
  PairingStatus: (v) => `visitEnum.pairingStatus.${v}`,
  PairingHelperKind: (v) => `visitEnum.helperKind.${v}`,
  PairingEndReason: (v) => `visitEnum.pairingEndReason.${v}`,
  VisitMode: (v) => `visitEnum.mode.${v}`,
  VisitOutcome: (v) => `visitEnum.outcome.${v}`,
  VisitLocationMissingReason: (v) => `visitEnum.locationMissing.${v}`,
  VisitLivingConditions: (v) => `visitEnum.livingConditions.${v}`,
  VisitQuestionKind: (v) => `visitEnum.questionKind.${v}`,
  VisitTarget: (v) => `visitEnum.target.${v}`,
  VisitResponsible: (v) => `visitEnum.responsible.${v}`,
  VisitPeriodKind: (v) => `visitEnum.periodKind.${v}`,
  DefaultVisitRule: (v) => `visitEnum.defaultRule.${v}`,
  VisitObligationState: (v) => `visitEnum.obligationState.${v}`,
  VisitNotApplicableReason: (v) => `visitEnum.notApplicableReason.${v}`,
  OrganisationType: (v) => `partyEnum.organisationType.${v}`,
  PartyReportStatus: (v) => `partyEnum.reportStatus.${v}`,
  PartyPostStatus: (v) => `partyPostEnum.postStatus.${v}`,
  PartyPostClaimStatus: (v) => `partyPostEnum.claimStatus.${v}`,
  PartyServiceLogStatus: (v) => `partyPostEnum.logStatus.${v}`,
  CoBuildUnitStatus: (v) => `partyEnum.unitStatus.${v}`,
  CoBuildAgreementStatus: (v) => `partyEnum.agreementStatus.${v}`,
  CoBuildPointsKind: (v) => `partyEnum.pointsKind.${v}`,
  CoBuildAgreementAction: (v) => `cobuildEnum.agreementAction.${v}`,
  CoBuildNeedSource: (v) => `cobuildEnum.needSource.${v}`,
  CoBuildNeedStatus: (v) => `cobuildEnum.needStatus.${v}`,
  CoBuildResourceStatus: (v) => `cobuildEnum.resourceStatus.${v}`,
  MicroWishStatus: (v) => `wish.enum.status.${v}`,
  MicroWishClaimStatus: (v) => `wish.enum.claimStatus.${v}`,
  MicroWishClaimantKind: (v) => `wish.enum.kind.${v}`,
  CoBuildProjectStatus: (v) => `cobuildProject.status_.${v}`,
  CoBuildProjectSatisfaction: (v) => `cobuildProject.satisfaction_.${v}`,
  CoBuildProjectAction: (v) => `cobuildProject.action.${v}`,
  PairingReassignmentRowKind: (v) => `reassign.rowKind.${v}`,
  VisitCoverageGroupBy: (v) => `visitCoverage.group.${v}`,
  PartyFeedbackRating: (v) => `partyFeedback.ratingName.${v}`,
}

/**
 * Enums no screen prints: request parameters, what the session checks (capabilities), and a notification's kind (the
 * server renders its title and text in the caller's language).
 */
const NOT_SHOWN = new Set([
  'Permission',
  'RevealField',
  'NotificationKind',
  'ActivitySignUpWhen',
  'VolunteerHoursDecision',
  // a drill-down's request parameter: the screen names the figure it opens (visitCoverage.figure.*)
  'VisitCoverageFigure',
])

describe('names of enum values', () => {
  const enums = contractEnums()

  it('reads the enums of the generated client', () => {
    expect(enums.get('IssueStatus')).toContain('IN_PROGRESS')
    expect(enums.size).toBeGreaterThan(10)
  })

  it('classifies every enum of the contract as shown (with its messages) or not shown', () => {
    const unclassified = [...enums.keys()].filter((name) => !(name in SHOWN) && !NOT_SHOWN.has(name))
    expect(unclassified).toEqual([])
  })

  for (const locale of ['zh-CN', 'en-US'] as const) {
    it(`names every value of every shown enum in ${locale}`, () => {
      const { te } = createAppI18n(locale).global
      const missing: string[] = []
      for (const [name, keyOf] of Object.entries(SHOWN)) {
        const values = enums.get(name)
        if (!values) {
          missing.push(`${name} (no longer in the contract)`)
          continue
        }
        for (const v of values) if (!te(keyOf(v), locale)) missing.push(keyOf(v))
      }
      expect(missing).toEqual([])
    })
  }
})
