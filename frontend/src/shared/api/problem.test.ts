import { describe, expect, it } from 'vitest'
import { ApiError, fieldErrors, fieldOf, unwrap } from '@/shared/api/problem'

describe('fieldOf', () => {
  it.each([
    ['name', 'name'],
    ['create.body.name', 'name'],
    ['update.arg1.code', 'code'],
    ['areaIds[0]', 'areaIds'],
    ['create.body.areaIds[]', 'areaIds'],
  ])('maps %s to %s', (path, field) => {
    expect(fieldOf(path)).toBe(field)
  })
})

describe('fieldErrors', () => {
  it('puts each violation on its field and joins several on one field', () => {
    const { fields, other } = fieldErrors([
      { field: 'create.body.code', message: '编码格式不正确' },
      { field: 'create.body.name', message: '名称不能为空' },
      { field: 'create.body.name', message: '名称过长' },
    ])
    expect(fields).toEqual({ code: '编码格式不正确', name: '名称不能为空; 名称过长' })
    expect(other).toEqual([])
  })

  it('returns violations of unknown fields separately', () => {
    const { fields, other } = fieldErrors(
      [
        { field: 'phone', message: 'bad phone' },
        { field: 'body', message: 'body is missing' },
      ],
      ['phone', 'displayName'],
    )
    expect(fields).toEqual({ phone: 'bad phone' })
    expect(other).toEqual(['body is missing'])
  })

  it('maps by path when a form names its fields otherwise (the phone report form)', () => {
    const byPath = (path: string, last: string) =>
      path.includes('reporter') ? 'reporterPhone' : last === 'categoryId' ? 'category' : undefined
    const { fields, other } = fieldErrors(
      [
        { field: 'create.body.reporter.phone', message: '电话格式不正确' },
        { field: 'create.body.categoryId', message: '请选择类别' },
        { field: 'create.body.location.phone', message: '位置不正确' },
      ],
      byPath,
    )
    expect(fields).toEqual({ reporterPhone: '电话格式不正确', category: '请选择类别' })
    expect(other).toEqual(['位置不正确'])
  })
})

describe('unwrap', () => {
  it('returns the data of a successful call', () => {
    expect(unwrap({ data: { id: 1 }, response: new Response(null, { status: 200 }) })).toEqual({ id: 1 })
  })

  it('throws an ApiError with the problem and its violations', () => {
    const problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: '请求参数不合法',
      violations: [{ field: 'name', message: '名称不能为空' }],
    }
    const call = () => unwrap({ error: problem, response: new Response(null, { status: 400 }) })
    expect(call).toThrow(ApiError)
    try {
      call()
    } catch (e) {
      const err = e as ApiError
      expect(err.status).toBe(400)
      expect(err.message).toBe('请求参数不合法')
      expect(err.violations).toEqual([{ field: 'name', message: '名称不能为空' }])
    }
  })

  it('synthesises a problem when the error body is not one', () => {
    try {
      unwrap({ error: 'upstream timed out', response: new Response(null, { status: 502, statusText: 'Bad Gateway' }) })
      expect.unreachable()
    } catch (e) {
      const err = e as ApiError
      expect(err.status).toBe(502)
      expect(err.problem).toMatchObject({ status: 502, title: 'Bad Gateway', detail: 'upstream timed out' })
      expect(err.violations).toEqual([])
    }
  })
})
