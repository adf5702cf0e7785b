import type zhCN from './zh-CN'

const enUS: typeof zhCN = {
  nav: {
    staff: 'Staff accounts',
  },
  staff: {
    title: 'Staff accounts',
    filterQ: 'Name / username / phone',
    filterRole: 'Role',
    filterEnabled: 'Status',
    enabled: 'Enabled',
    disabled: 'Disabled',
    create: 'New account',
    editTitle: 'Edit account',
    createTitle: 'New account',
    username: 'Username',
    usernameHint: 'Lower-case letters, digits, dots, hyphens or underscores; cannot be changed later',
    displayName: 'Name',
    phone: 'Phone',
    role: 'Role',
    areas: 'Area scope',
    areasPlaceholder: 'Pick from the area hierarchy',
    areasHintAll: 'Leave empty for the whole platform',
    areasHintLevel: 'Allowed: {levels}',
    status: 'Status',
    createdAt: 'Created',
    resetPassword: 'Reset password',
    confirmReset: 'Reset the password of “{name}”? The current password stops working at once.',
    confirmDisable: 'Disable the account of “{name}”? It will no longer be able to sign in.',
    confirmEnable: 'Enable the account of “{name}”?',
    enabledOk: 'Account enabled',
    disabledOk: 'Account disabled',
    empty: 'No matching accounts',
    wholePlatform: 'Whole platform',
    tempPasswordTitle: 'Temporary password',
    tempPasswordIntro: 'The temporary password of “{username}” is:',
    tempPasswordWarn:
      'It is shown only this once; hand it over to the person. They must change it at their first sign-in.',
    required: '{field} is required',
    phonePattern: 'Enter an 11-digit mobile number or a landline with area code',
    usernamePattern: 'Starts with a lower-case letter; 3-64 lower-case letters, digits, dots, hyphens or underscores',
    areasRequired: 'Pick at least one area',
  },
}

export default enUS
