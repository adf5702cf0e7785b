import type zhCN from './zh-CN'

const enUS: typeof zhCN = {
  nav: {},
  offline: {
    outbox: {},
    app: {
      status: 'App status',
      offlineMode: 'Offline mode',
      offlineModeHint: 'Showing what this phone keeps; records are sent once online',
      backOnline: 'Back online',
      signInAgain: 'Sign in again',
      noNetwork: 'No network',
      noNetworkHint: 'Records are kept on this phone and sent once online',
      onlineOnly: 'This browser works online only: nothing can be saved without a network',
      updateReady: 'A new version is available',
      updateNextStart: 'At next start',
      updateNow: 'Update now',
      unsent: '{n} not sent',
      signOutUnsent: '{n} records are not sent yet and will be lost if you sign out. Sign out anyway?',
      signOutAnyway: 'Sign out anyway',
    },
    sync: {},
  },
}

export default enUS
