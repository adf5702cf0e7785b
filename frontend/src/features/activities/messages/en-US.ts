import type zhCN from './zh-CN'
import signUp from './signup.en-US'

const enUS: typeof zhCN = signUp

export default enUS
