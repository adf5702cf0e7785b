// Every call to the attendance endpoints (/api/volunteer-sessions/{id}/check-in…, /api/volunteer-attendance/…).
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type {
  VolunteerAttendanceMarkInput,
  VolunteerAttendanceSheet,
  VolunteerCheckInCode,
  VolunteerMyAttendance,
  VolunteerSessionToRun,
} from '@/shared/api/types'

export interface Location {
  latitude: number
  longitude: number
}

/** The session's code now (organiser: staff in scope or the organising team's leader). */
export async function getCheckInCode(sessionId: number): Promise<VolunteerCheckInCode> {
  return unwrap(await api.GET('/api/volunteer-sessions/{id}/check-in-code', { params: { path: { id: sessionId } } }))
}

export async function checkIn(sessionId: number, code: string, at?: Location): Promise<VolunteerMyAttendance> {
  return unwrap(
    await api.POST('/api/volunteer-sessions/{id}/check-in', {
      params: { path: { id: sessionId } },
      body: { code, ...at },
    }),
  )
}

export async function checkOut(sessionId: number, code: string, at?: Location): Promise<VolunteerMyAttendance> {
  return unwrap(
    await api.POST('/api/volunteer-sessions/{id}/check-out', {
      params: { path: { id: sessionId } },
      body: { code, ...at },
    }),
  )
}

/** The caller's accepted sign-ups whose check-in or check-out is open now. */
export async function myOpenAttendance(): Promise<VolunteerMyAttendance[]> {
  return unwrap(await api.GET('/api/volunteer-attendance/mine'))
}

/** Sessions the caller organises whose check-in or check-out is open now. */
export async function sessionsToRun(): Promise<VolunteerSessionToRun[]> {
  return unwrap(await api.GET('/api/volunteer-attendance/sessions'))
}

export async function getAttendanceSheet(sessionId: number): Promise<VolunteerAttendanceSheet> {
  return unwrap(await api.GET('/api/volunteer-sessions/{id}/attendance', { params: { path: { id: sessionId } } }))
}

export async function markAttendance(
  sessionId: number,
  marks: VolunteerAttendanceMarkInput[],
): Promise<VolunteerAttendanceSheet> {
  return unwrap(
    await api.POST('/api/volunteer-sessions/{id}/attendance', {
      params: { path: { id: sessionId } },
      body: { marks },
    }),
  )
}
