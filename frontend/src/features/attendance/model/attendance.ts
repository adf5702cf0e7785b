// Attendance marks as the leader and the office give them: which marks carry times, and the body of a bulk mark.

export const ATTENDANCE_MARKS = ['PRESENT', 'LATE', 'ON_LEAVE', 'ABSENT'] as const
export type AttendanceMarkValue = (typeof ATTENDANCE_MARKS)[number]

/** Present and late are worth hours: when nobody scanned, the marker gives the times in and out. */
export function carriesTimes(mark: AttendanceMarkValue): boolean {
  return mark === 'PRESENT' || mark === 'LATE'
}

export interface MarkRow {
  signUpId: number
  checkedInAt?: string | null
  checkedOutAt?: string | null
}

export interface MarkItem {
  signUpId: number
  attendance: AttendanceMarkValue
  checkedInAt?: string
  checkedOutAt?: string
}

/**
 * One mark for several sign-ups. A mark with times keeps each row's own scanned times and takes the given ones only
 * where the row has none; a mark without times sends none.
 */
export function bulkMarks(
  rows: readonly MarkRow[],
  mark: AttendanceMarkValue,
  times?: { checkedInAt?: string; checkedOutAt?: string },
): MarkItem[] {
  return rows.map((row) => {
    if (!carriesTimes(mark)) return { signUpId: row.signUpId, attendance: mark }
    const checkedInAt = row.checkedInAt ?? times?.checkedInAt
    const checkedOutAt = row.checkedOutAt ?? times?.checkedOutAt
    return {
      signUpId: row.signUpId,
      attendance: mark,
      ...(checkedInAt ? { checkedInAt } : {}),
      ...(checkedOutAt ? { checkedOutAt } : {}),
    }
  })
}

/** Minutes as hours and minutes, e.g. 95 → "1:35" (the ledger's unit is the minute). */
export function hoursAndMinutes(minutes: number): string {
  const sign = minutes < 0 ? '-' : ''
  const abs = Math.abs(minutes)
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`
}

/** An instant's time of day in Beijing, "HH:mm" (what a time field shows). */
export function beijingTime(iso: string): string {
  // Beijing keeps UTC+8 all year: no zone database needed
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(11, 16)
}

/** The instant at `time` ("HH:mm", Beijing) on the Beijing day of `dayOf` (a session's start). */
export function atBeijingTime(dayOf: string, time: string): string {
  const day = new Date(Date.parse(dayOf) + 8 * 3_600_000).toISOString().slice(0, 10)
  return new Date(`${day}T${time}:00+08:00`).toISOString()
}
