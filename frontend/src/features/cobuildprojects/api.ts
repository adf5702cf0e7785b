// Every call to the co-building project endpoints (/api/cobuild-projects…, /api/cobuild-milestones…).
import type { components, paths } from '@/api/schema'
import { api } from '@/shared/api/client'
import { unwrap } from '@/shared/api/problem'

type Schemas = components['schemas']
export type ProjectSummary = Schemas['CoBuildProjectSummary']
export type ProjectDetail = Schemas['CoBuildProjectDetail']
export type ProjectPage = Schemas['PageResultCoBuildProjectSummary']
export type ProjectCounts = Schemas['CoBuildProjectCounts']
export type ProjectInput = Schemas['CoBuildProjectInput']
export type ProjectStatus = Schemas['CoBuildProjectStatus']
export type ProjectAction = Schemas['CoBuildProjectAction']
export type ProjectSatisfaction = Schemas['CoBuildProjectSatisfaction']
export type ProjectCandidates = Schemas['CoBuildProjectCandidates']
export type MilestoneView = Schemas['CoBuildMilestoneView']

export type ProjectQuery = NonNullable<paths['/api/cobuild-projects']['get']['parameters']['query']>
export type ProjectCountQuery = NonNullable<paths['/api/cobuild-projects/counts']['get']['parameters']['query']>

type Versioned = Pick<ProjectDetail, 'id' | 'version'>
const match = (p: Versioned) => ({ path: { id: p.id }, header: { 'If-Match': `"${p.version}"` } })

export async function listProjects(query: ProjectQuery): Promise<ProjectPage> {
  return unwrap(await api.GET('/api/cobuild-projects', { params: { query } }))
}

export async function countProjects(query: ProjectCountQuery): Promise<ProjectCounts> {
  return unwrap(await api.GET('/api/cobuild-projects/counts', { params: { query } }))
}

export async function getProject(id: number): Promise<ProjectDetail> {
  return unwrap(await api.GET('/api/cobuild-projects/{id}', { params: { path: { id } } }))
}

export async function projectCandidates(communityId: number): Promise<ProjectCandidates> {
  return unwrap(await api.GET('/api/cobuild-projects/candidates', { params: { query: { communityId } } }))
}

export async function createProject(body: ProjectInput): Promise<ProjectDetail> {
  return unwrap(await api.POST('/api/cobuild-projects', { body }))
}

export async function updateProject(p: Versioned, body: ProjectInput): Promise<ProjectDetail> {
  return unwrap(await api.PUT('/api/cobuild-projects/{id}', { params: match(p), body }))
}

export async function approveProject(p: Versioned, claimWorkingDays?: number): Promise<ProjectDetail> {
  return unwrap(await api.POST('/api/cobuild-projects/{id}/approve', { params: match(p), body: { claimWorkingDays } }))
}

/** The actions that take a reason: reject, rework, cancel. */
export async function projectWithReason(
  p: Versioned,
  action: 'reject' | 'rework' | 'cancel',
  reason: string,
): Promise<ProjectDetail> {
  const init = { params: match(p), body: { reason } }
  if (action === 'reject') return unwrap(await api.POST('/api/cobuild-projects/{id}/reject', init))
  if (action === 'rework') return unwrap(await api.POST('/api/cobuild-projects/{id}/rework', init))
  return unwrap(await api.POST('/api/cobuild-projects/{id}/cancel', init))
}

export async function acceptProject(
  p: Versioned,
  satisfaction: ProjectSatisfaction,
  note?: string,
): Promise<ProjectDetail> {
  return unwrap(await api.POST('/api/cobuild-projects/{id}/accept', { params: match(p), body: { satisfaction, note } }))
}

export async function claimProject(id: number): Promise<ProjectDetail> {
  return unwrap(await api.POST('/api/cobuild-projects/{id}/claim', { params: { path: { id } } }))
}

export async function submitProject(p: Versioned): Promise<ProjectDetail> {
  return unwrap(await api.POST('/api/cobuild-projects/{id}/submit', { params: match(p) }))
}

export async function addMilestone(projectId: number, title: string, dueOn: string): Promise<ProjectDetail> {
  return unwrap(
    await api.POST('/api/cobuild-projects/{id}/milestones', {
      params: { path: { id: projectId } },
      body: { title, dueOn },
    }),
  )
}

/** Reports a milestone done with its first evidence photo (a multipart form). */
export async function reportMilestone(
  milestoneId: number,
  doneOn: string,
  report: string,
  file: Blob,
  fileName: string,
): Promise<ProjectDetail> {
  const form = new FormData()
  form.append('doneOn', doneOn)
  form.append('report', report)
  form.append('file', file, fileName)
  return unwrap(
    await api.POST('/api/cobuild-milestones/{id}/report', {
      params: { path: { id: milestoneId } },
      body: { doneOn, report, file: file as unknown as string },
      bodySerializer: () => form,
    }),
  )
}

/** A milestone photo as an object URL (fetched with the access token; revoke it when done). */
export async function milestonePhotoUrl(milestoneId: number, photoId: number): Promise<string> {
  const result = await api.GET('/api/cobuild-milestones/{id}/photos/{photoId}', {
    params: { path: { id: milestoneId, photoId } },
    parseAs: 'blob',
  })
  return URL.createObjectURL(unwrap(result) as unknown as Blob)
}
