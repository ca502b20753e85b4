import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Stores } from '../../src/storage/create-stores.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

describe.each(DIALECTS)('document store on %s', (dialect) => {
  let stores: Stores
  beforeEach(async () => {
    stores = await freshStores(dialect)
  })
  afterEach(() => stores.close())

  const original = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80, 0x7f])
  const create = () => stores.documents.create({ fileName: 'kh.docx', original, text: 'KẾ HOẠCH …', format: 'docx', encoding: 'unicode', province: null, year: null, createdBy: 'admin@test', now: new Date('2026-11-25T01:00:00Z') })

  it('keeps the original bytes, the text and a draft status; publishing bumps the revision once per change', async () => {
    const doc = await create()
    expect(await stores.documents.original(doc.id)).toEqual({ fileName: 'kh.docx', bytes: original })
    expect(await stores.documents.get(doc.id)).toMatchObject({ status: 'draft', size: 8, text: 'KẾ HOẠCH …', province: null, year: null })
    expect(await stores.documents.revision()).toBe(0)
    expect(await stores.documents.setStatus(doc.id, 'published', new Date('2026-11-25T02:00:00Z'), { province: 'Gia Lai', year: 2025 })).toBe(true)
    expect(await stores.documents.get(doc.id)).toMatchObject({ status: 'published', province: 'Gia Lai', year: 2025, publishedAt: '2026-11-25T02:00:00.000Z' })
    expect(await stores.documents.revision()).toBe(1)
    expect(await stores.documents.setStatus('doc-missing', 'published', new Date())).toBe(false)
    expect(await stores.documents.revision()).toBe(1)
    expect((await stores.documents.list('published')).map((d) => d.id)).toEqual([doc.id])
    await stores.documents.setStatus(doc.id, 'unpublished', new Date())
    expect(await stores.documents.list('published')).toEqual([])
    expect(await stores.documents.revision()).toBe(2)
  })

  it('reports a new revision to a watcher', async () => {
    const doc = await create()
    const seen: number[] = []
    const watch = stores.documents.watch((r) => seen.push(r), { intervalMs: 50 })
    await new Promise((r) => setTimeout(r, 120))
    await stores.documents.setStatus(doc.id, 'published', new Date())
    const started = Date.now()
    while (!seen.length && Date.now() - started < 3000) await new Promise((r) => setTimeout(r, 20))
    await watch.stop()
    expect(seen[0]).toBe(1)
  })
})
