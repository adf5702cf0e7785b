import type zhCN from './zh-CN'

const enUS: typeof zhCN = {
  nav: {
    notifications: 'Notifications',
    mobileNotifications: 'Notifications',
  },
  notifications: {
    title: 'Notifications',
    bell: 'Notifications, {n} unread',
    unreadCount: '{n} unread',
    filter: 'Which notifications to show',
    unread: 'Unread',
    all: 'All',
    unreadMark: ' (unread)',
    markAllRead: 'Mark all read',
    viewAll: 'See all notifications',
    empty: 'No notifications',
    emptyUnread: 'No unread notifications',
    noMore: 'No more',
    loadFailed: 'Loading failed, tap to retry',
  },
}

export default enUS
