import type zhCN from './zh-CN'

const enUS: typeof zhCN = {
  nav: {},
  offline: {
    outbox: {},
    app: {},
    sync: {},
  },
}

export default enUS
