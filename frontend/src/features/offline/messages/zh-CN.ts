// The offline layer's words. Sub-trees by part: outbox (the outbox page and badge), app (install, update, online
// only, opening offline), sync (worklist refresh). Keep each part's keys in its own block.
const zhCN = {
  nav: {},
  offline: {
    outbox: {},
    app: {
      status: '应用状态',
      offlineMode: '离线模式',
      offlineModeHint: '显示本机保存的数据，记录联网后发送',
      backOnline: '网络已恢复',
      signInAgain: '重新登录',
      noNetwork: '无网络连接',
      noNetworkHint: '记录先保存在本机，联网后发送',
      onlineOnly: '当前浏览器仅支持在线使用，离线时无法保存',
      updateReady: '有新版本可用',
      updateNextStart: '下次打开时生效',
      updateNow: '立即更新',
      unsent: '{n} 条未发送',
      signOutUnsent: '还有 {n} 条记录未发送，退出后将丢失。确定要退出吗？',
      signOutAnyway: '仍然退出',
    },
    sync: {},
  },
}

export default zhCN
