import { describe, expect, it } from 'vitest'
import { eventDetailText } from '@/features/registry/model/eventDetail'

const t = (key: string) => `<${key}>`

describe('eventDetailText', () => {
  it('names the fields an import changed', () => {
    expect(eventDetailText('IMPORTED', 'housingType,phone', t)).toBe('<registry.housingType>、<registry.phone>')
    expect(eventDetailText('MEMBER_UPDATED', 'relation,tags', t)).toBe('<resident.relation>、<resident.careGroups>')
  })

  it('keeps free text and unknown fields as they are', () => {
    expect(eventDetailText('MOVED', '整户搬迁', t)).toBe('整户搬迁')
    expect(eventDetailText('MOVED_OUT', 'moving', t)).toBe('moving')
    expect(eventDetailText('IMPORTED', 'housingType,newThing', t)).toBe('<registry.housingType>、newThing')
    expect(eventDetailText('IMPORTED', null, t)).toBeNull()
  })
})
