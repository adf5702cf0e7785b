// Names unique per spec file and run, so that the tests can run again against the same database.
let last = 0

export type Run = ReturnType<typeof newRun>

export function newRun() {
  // strictly increasing, also for two files loaded in the same millisecond
  const now = Math.max(Date.now(), last + 1)
  last = now
  const stamp = now.toString(36)
  return {
    stamp,
    subDistrict: `E2E街道${stamp}`,
    community: `E2E社区${stamp}`,
    grid: `E2E网格${stamp}`,
    workerName: `网格员${stamp.slice(-4)}`,
    workerUsername: `gw${stamp}`,
    workerPhone: `139${String(now).slice(-8)}`,
    workerPassword: `Gw-${stamp}-Pass1`,
    address: `E2E平房${stamp}号`,
    head: `李${stamp.slice(-2)}华`,
    spouse: `王${stamp.slice(-2)}芳`,
  }
}

/** Today in China Standard Time (the days talk days and statistics are counted in). */
export function beijingToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date())
}
