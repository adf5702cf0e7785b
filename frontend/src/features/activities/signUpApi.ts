// Every call to the sign-up endpoints (/api/sign-ups…): a volunteer's open activities and own sign-ups, and the
// organisers' list and steps.
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'
import type { components } from '@/api/schema'
import type { SignUpStatus, SignUpView } from './model/signUp'

type Schemas = components['schemas']
export type OpenActivityPage = Schemas['PageResultActivityOpenSummary']
export type OpenActivityDetail = Schemas['ActivityOpenDetail']
export type SignUpPage = Schemas['PageResultActivitySignUpView']
export type SignUpWhen = Schemas['ActivitySignUpWhen']

export async function listOpenActivities(page: number, size: number): Promise<OpenActivityPage> {
  return unwrap(await api.GET('/api/sign-ups/open-activities', { params: { query: { page, size } } }))
}

export async function getOpenActivity(activityId: number): Promise<OpenActivityDetail> {
  return unwrap(await api.GET('/api/sign-ups/open-activities/{activityId}', { params: { path: { activityId } } }))
}

export async function signUp(activityId: number, postId: number): Promise<SignUpView> {
  return unwrap(
    await api.POST('/api/sign-ups/open-activities/{activityId}', {
      params: { path: { activityId } },
      body: { postId },
    }),
  )
}

export async function listMySignUps(when: SignUpWhen, page: number, size: number): Promise<SignUpPage> {
  return unwrap(await api.GET('/api/sign-ups/mine', { params: { query: { when, page, size } } }))
}

export async function withdrawSignUp(id: number): Promise<SignUpView> {
  return unwrap(await api.POST('/api/sign-ups/{id}/withdraw', { params: { path: { id }, header: {} } }))
}

export interface SignUpFilter {
  activityId: number
  sessionId?: number
  postId?: number
  status?: SignUpStatus
  page?: number
  size?: number
}

export async function listActivitySignUps(filter: SignUpFilter): Promise<SignUpPage> {
  return unwrap(await api.GET('/api/sign-ups', { params: { query: filter } }))
}

export async function approveSignUp(id: number): Promise<SignUpView> {
  return unwrap(await api.POST('/api/sign-ups/{id}/approve', { params: { path: { id }, header: {} } }))
}

export async function rejectSignUp(id: number, reason: string): Promise<SignUpView> {
  return unwrap(await api.POST('/api/sign-ups/{id}/reject', { params: { path: { id }, header: {} }, body: { reason } }))
}

export async function removeSignUp(id: number, reason: string): Promise<SignUpView> {
  return unwrap(await api.POST('/api/sign-ups/{id}/remove', { params: { path: { id }, header: {} }, body: { reason } }))
}

/** A volunteer's sign-ups, latest session first (staff, the volunteer's page). */
export async function listVolunteerSignUps(id: number, page: number, size: number): Promise<SignUpPage> {
  return unwrap(await api.GET('/api/volunteers/{id}/sign-ups', { params: { path: { id }, query: { page, size } } }))
}
