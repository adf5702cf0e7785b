// Pure helpers of the co-building lists' screens: statuses, their tag colours, periods and ranking text.
import type { AgreementStatus, NeedSource, NeedStatus, PointsRankingRow } from '../api'

export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['PROPOSED', 'SIGNED', 'ACTIVE', 'EXPIRED', 'TERMINATED']
export const NEED_STATUSES: readonly NeedStatus[] = ['OPEN', 'IN_PROJECT', 'MET', 'CLOSED']
export const NEED_SOURCES: readonly NeedSource[] = [
  'TALK_DAY_ISSUE',
  'RESIDENT_SURVEY',
  'GRID_VISIT',
  'PARTY_MEMBER',
  'UNIT',
  'SUB_DISTRICT',
  'OTHER',
]

type TagType = 'success' | 'warning' | 'info' | 'danger' | 'primary'

export function agreementTag(status: AgreementStatus): TagType {
  return (
    { PROPOSED: 'warning', SIGNED: 'primary', ACTIVE: 'success', EXPIRED: 'info', TERMINATED: 'danger' } as const
  )[status]
}

export function needTag(status: NeedStatus): TagType {
  return ({ OPEN: 'warning', IN_PROJECT: 'primary', MET: 'success', CLOSED: 'info' } as const)[status]
}

/** "YYYY-MM-DD" of a date, in local time. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** The default ranking period: this year up to today. */
export function yearToDate(today: Date): { from: string; to: string } {
  return { from: `${today.getFullYear()}-01-01`, to: isoDay(today) }
}

/** The months a lock may be put on: the twelve before the current one, newest first ("YYYY-MM"). */
export function lockableMonths(today: Date): string[] {
  const months: string[] = []
  for (let i = 1; i <= 12; i++) {
    const d = new Date(today.getFullYear(), today.getMonth() - i, 1)
    months.push(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`)
  }
  return months
}

/** Points with their sign, as the ledger shows them (+5, -3, 0). */
export function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points)
}

/** The podium of a ranking: the rows whose rank is 1 to 3 (ties share a rank, so more than three may stand). */
export function podium(rows: readonly PointsRankingRow[]): PointsRankingRow[] {
  return rows.filter((r) => r.rank <= 3 && r.points > 0)
}
