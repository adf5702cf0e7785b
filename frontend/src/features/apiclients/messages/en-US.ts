import type zhCN from './zh-CN'

const enUS: typeof zhCN = {
  nav: {
    apiClients: 'API clients',
  },
  apiClient: {
    title: 'API clients',
    intro:
      'Third-party systems (a 12345 hotline, a property management system) call the Gridwork API as themselves: once registered they get a client id and a secret, fetch access tokens from Keycloak with the client-credentials grant, and read and act with the role and area scope registered here.',
    filterQ: 'Name / client id / contact',
    create: 'Register a system',
    createTitle: 'Register a third-party system',
    editTitle: 'Edit third-party system',
    name: 'System name',
    clientId: 'Client id',
    contact: 'Contact',
    contactName: 'Contact person',
    contactEmail: 'Contact e-mail',
    role: 'Role',
    roleHint:
      'An API client can be community staff, a grid worker or a viewer; its scope follows the same rule as staff',
    areas: 'Area scope',
    status: 'Status',
    secretIssuedAt: 'Secret issued',
    createdAt: 'Registered',
    rotate: 'Rotate secret',
    confirmRotate:
      'Issue a new secret for “{name}”? The current one stops working at once; the system must switch to the new one.',
    confirmDisable: 'Disable “{name}”? The tokens it holds are refused at once, and it cannot get new ones.',
    confirmEnable: 'Enable “{name}”?',
    enabledOk: 'Enabled',
    disabledOk: 'Disabled',
    empty: 'No systems registered',
    secretTitle: 'Client secret',
    secretIntro: 'Hand these to the people who connect “{name}”:',
    secret: 'Client secret',
    tokenUrl: 'Token URL',
    example: 'Example',
    secretWarn:
      'The secret is shown only this once: you will not see it again after closing. Copy it now and keep it safe; if it is lost, rotate it.',
    secretClose: 'I have saved it, close',
    required: '{field} is required',
    emailPattern: 'Enter a valid e-mail address',
    areasRequired: 'Pick at least one area',
  },
}

export default enUS
