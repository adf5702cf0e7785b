import { describe, expect, it } from 'vitest'
import { emptyReport, reportBody, reportLabel, reportOutbox } from './report'

describe('a phone report in the outbox', () => {
  const form = {
    ...emptyReport(),
    categoryId: 1,
    description: '楼道灯不亮',
    location: { kind: 'area' as const, areaId: 5, level: 'GRID' as const, label: '', gridId: 5, gridName: '' },
    reporterMode: 'other' as const,
    reporterName: '张大爷',
  }

  it('queues POST /api/issues with the form body and its photos for photoUploadIds', () => {
    const body = reportBody(form)
    const photo = { blob: new Blob(['x'], { type: 'image/jpeg' }), fileName: 'lamp.jpg' }
    expect(reportOutbox('wangwu', body, '上报：楼道灯不亮', [photo])).toEqual({
      owner: 'wangwu',
      kind: 'issue.create',
      path: '/api/issues',
      body: {
        categoryId: 1,
        description: '楼道灯不亮',
        urgency: 'NORMAL',
        channel: 'VISIT',
        location: { areaId: 5 },
        reporter: { name: '张大爷' },
      },
      label: '上报：楼道灯不亮',
      link: '/m/issues',
      photos: [photo],
      photoField: 'photoUploadIds',
    })
  })

  it('names the report by the start of its description', () => {
    expect(reportLabel(' 楼道灯\n不亮 ')).toBe('楼道灯 不亮')
    expect(reportLabel('一二三四五六七八九十', 4)).toBe('一二三四…')
  })
})
