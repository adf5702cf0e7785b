// A volunteer team handling an issue (issue 14): its leaders as the screens name them.
import type { IssueTeamLeader } from '@/shared/api/types'

type Translate = (key: string, named?: Record<string, unknown>) => string

/** "张伟（队长）、李娜（副队长）": the team's current leaders and deputies, leaders first (the server's order). */
export function leadersText(leaders: readonly IssueTeamLeader[], t: Translate): string {
  return leaders
    .map((l) => t('issue.team.leader', { name: l.name, role: t(`volunteerEnum.teamRole.${l.role}`) }))
    .join(t('issue.team.separator'))
}
