import type { RouteRecordRaw } from 'vue-router'
import { ChatDotSquare, DataAnalysis } from '@element-plus/icons-vue'

/** Office pages (under the app shell). */
export const officeRoutes: RouteRecordRaw[] = [
  {
    path: 'issues',
    name: 'issues',
    component: () => import('./office/IssuesView.vue'),
    meta: { title: 'issues', can: 'ISSUES_READ', menu: { icon: ChatDotSquare, order: 50 } },
  },
  {
    path: 'issues/stats',
    name: 'issue-stats',
    component: () => import('./office/IssueStatsView.vue'),
    meta: { title: 'issueStats', can: 'ISSUES_READ', menu: { icon: DataAnalysis, order: 60 } },
  },
  {
    path: 'issues/:id(\\d+)',
    name: 'issue',
    component: () => import('./office/IssueDetailView.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    meta: { title: 'issue', can: 'ISSUES_READ', parent: ['issues', 'talk-days'] },
  },
  {
    path: 'settings/issue-categories',
    name: 'issue-categories',
    component: () => import('./office/IssueCategoriesView.vue'),
    meta: { title: 'issueCategories', can: 'ISSUE_CATEGORIES_MANAGE', menu: { group: 'settings', order: 10 } },
  },
]

/**
 * Phone pages (/m): for those who work on issues in the field (grid workers, community staff, street-admins; viewers
 * use the office screens).
 */
export const mobileRoutes: RouteRecordRaw[] = [
  {
    path: '/m/issues',
    name: 'mobile-issues',
    component: () => import('./mobile/MobileIssues.vue'),
    meta: { title: 'mobileIssues', can: 'ISSUES_WRITE' },
  },
  {
    path: '/m/issues/new',
    name: 'mobile-issue-new',
    component: () => import('./mobile/MobileIssueNew.vue'),
    meta: { title: 'mobileIssueNew', can: 'ISSUES_WRITE' },
  },
  {
    path: '/m/issues/:id(\\d+)',
    name: 'mobile-issue',
    component: () => import('./mobile/MobileIssueDetail.vue'),
    props: (route) => ({ id: Number(route.params.id) }),
    // a volunteer team's leader, and a co-building unit's liaison, start and resolve the issues given to them here too
    meta: { title: 'mobileIssue', can: ['ISSUES_WRITE', 'ISSUES_HANDLE_AS_TEAM', 'ISSUES_HANDLE_AS_UNIT'] },
  },
]
