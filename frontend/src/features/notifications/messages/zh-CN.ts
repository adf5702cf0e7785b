export default {
  nav: {
    notifications: '通知',
    mobileNotifications: '通知',
  },
  notifications: {
    title: '通知',
    bell: '通知，{n} 条未读',
    unreadCount: '{n} 条未读',
    filter: '显示哪些通知',
    unread: '未读',
    all: '全部',
    unreadMark: '（未读）',
    markAllRead: '全部标为已读',
    viewAll: '查看全部通知',
    empty: '暂无通知',
    emptyUnread: '没有未读通知',
    noMore: '没有更多了',
    loadFailed: '加载失败，点击重试',
  },
}
