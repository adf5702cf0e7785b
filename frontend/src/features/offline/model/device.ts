// What the office calls a phone: a short label made from its browser's User-Agent ("Chrome on Android"), sent with
// each sync report. Plain TypeScript, no browser APIs, so that the table of user agents tests it.

/** Browsers in the order they must be tried: in-app browsers and Chromium forks name Chrome and Safari too. */
const BROWSERS: [RegExp, string][] = [
  [/MicroMessenger\//, 'WeChat'],
  [/DingTalk\//, 'DingTalk'],
  [/\bEdg(A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\//, 'Opera'],
  [/SamsungBrowser\//, 'Samsung Internet'],
  [/HuaweiBrowser\//, 'Huawei Browser'],
  [/UCBrowser\//, 'UC Browser'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bChrome\/|\bCriOS\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
]

/** Systems, likewise: HarmonyOS phones say Android, iPads may say Macintosh (with a touch screen, not seen here). */
const SYSTEMS: [RegExp, string][] = [
  [/HarmonyOS|OpenHarmony/, 'HarmonyOS'],
  [/Android/, 'Android'],
  [/iPhone|iPod/, 'iPhone'],
  [/iPad/, 'iPad'],
  [/Windows/, 'Windows'],
  [/Macintosh|Mac OS X/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
]

/** The longest label the server keeps. */
export const DEVICE_LABEL_MAX = 120

/** e.g. "Chrome on Android", "WeChat on iPhone"; what is not recognised stays general ("Browser on Linux"). */
export function deviceLabel(userAgent: string | undefined): string {
  const ua = userAgent ?? ''
  const browser = BROWSERS.find(([pattern]) => pattern.test(ua))?.[1] ?? 'Browser'
  const system = SYSTEMS.find(([pattern]) => pattern.test(ua))?.[1]
  const label = system ? `${browser} on ${system}` : browser
  return label.slice(0, DEVICE_LABEL_MAX)
}
