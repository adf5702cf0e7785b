// The activities feature's messages: the sign-up pages' (signup.zh-CN.ts); the activity pages' merge in here.
import signUp from './signup.zh-CN'

export default signUp
