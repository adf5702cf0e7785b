import { describe, expect, it } from 'vitest'
import { API_CLIENT_ROLES } from './model'

describe('API clients', () => {
  it('are registered as community staff, grid workers or viewers only', () => {
    expect(API_CLIENT_ROLES).toEqual(['community-staff', 'grid-worker', 'viewer'])
  })
})
