// The offline layer's words. Sub-trees by part: outbox (the outbox page and badge), app (install, update, online
// only, opening offline), sync (worklist refresh). Keep each part's keys in its own block.
const zhCN = {
  nav: {},
  offline: {
    outbox: {},
    app: {},
    sync: {},
  },
}

export default zhCN
