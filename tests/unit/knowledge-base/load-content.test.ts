import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../../../src/content/load-content.js'
import { createGlossary } from '../../../src/core/knowledge-base/glossary.js'
import { AppError } from '../../../src/core/errors.js'
import { CONTENT_DIR } from '../../helpers/load-test-content.js'

describe('loading content/', () => {
  it('reports a broken plan by file name and still loads the others', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-content-'))
    await cp(CONTENT_DIR, dir, { recursive: true })
    await writeFile(path.join(dir, 'plans', 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]))
    const kb = await loadKnowledgeBase(dir)
    expect(kb.documents).toHaveLength(5)
    expect(kb.errors).toHaveLength(1)
    expect(kb.errors[0]!.message).toContain('broken.txt')
  })

  it('rejects an invalid glossary naming the path at fault', () => {
    expect(() => createGlossary({ abbreviations: {}, agencies: [{ id: 'Bad Id', name: 'Sở X', short: 'Sở X' }], provinces: [{ name: 'An Giang', now: 'An Giang' }] }, 'glossary.yaml')).toThrowError(/glossary\.yaml: agencies\.0\.id/)
    expect(() => createGlossary({ abbreviations: {}, agencies: [{ id: 'a', name: 'Sở A', short: 'A', successor: 'nope' }], provinces: [{ name: 'X Y', now: 'X Y' }] })).toThrowError(AppError)
  })
})

describe('search index cache', () => {
  it('loads the cached index when the plans are unchanged, and rebuilds when they change', async () => {
    const { loadAssistant } = await import('../../../src/content/load-assistant.js')
    const { writeFile: write, readFile: read } = await import('node:fs/promises')
    const content = await mkdtemp(path.join(os.tmpdir(), 'bdg-content-'))
    await cp(CONTENT_DIR, content, { recursive: true })
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'bdg-cache-'))
    const first = await loadAssistant(content, { cacheDir, cacheAfterMs: 0 })
    expect(first.indexFromCache).toBe(false)
    const second = await loadAssistant(content, { cacheDir, cacheAfterMs: 0 })
    expect(second.indexFromCache).toBe(true)
    const q = 'Hạn báo cáo 6 tháng ở An Giang?'
    expect(second.assistant.ask(q).text).toBe(first.assistant.ask(q).text)
    const plan = path.join(content, 'plans/an-giang-2021-67-kh-ubnd.txt')
    await write(plan, (await read(plan, 'utf8')).replace('10/6/2021', '11/6/2021'))
    const third = await loadAssistant(content, { cacheDir, cacheAfterMs: 0 })
    expect(third.indexFromCache).toBe(false)
    expect(third.assistant.ask(q).text).toContain('11/6/2021')
  })

  it('rebuilds from the plans when the cached index is damaged, and answers the same', async () => {
    const { loadAssistant } = await import('../../../src/content/load-assistant.js')
    const { INDEX_CACHE_FILE } = await import('../../../src/content/search-index-cache.js')
    const { readFile: read, writeFile: write } = await import('node:fs/promises')
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'bdg-cache-'))
    const first = await loadAssistant(CONTENT_DIR, { cacheDir, cacheAfterMs: 0 })
    const file = path.join(cacheDir, INDEX_CACHE_FILE)
    const bytes = await read(file)
    await write(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
    const second = await loadAssistant(CONTENT_DIR, { cacheDir, cacheAfterMs: 0 })
    expect(second.indexFromCache).toBe(false)
    const q = 'Sở Tư pháp An Giang có nhiệm vụ gì?'
    expect(second.assistant.ask(q).text).toBe(first.assistant.ask(q).text)
    expect((await read(file)).length).toBe(bytes.length)
  })

  it('serves unchanged plans parsed at the last start, and parses them again when the glossary changes', async () => {
    const { loadAssistant } = await import('../../../src/content/load-assistant.js')
    const { PARSE_CACHE_FILE } = await import('../../../src/content/plan-parse-cache.js')
    const { readFile: read, writeFile: write, appendFile } = await import('node:fs/promises')
    const { serialize, deserialize } = await import('node:v8')
    const content = await mkdtemp(path.join(os.tmpdir(), 'bdg-content-'))
    await cp(CONTENT_DIR, content, { recursive: true })
    const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'bdg-cache-'))
    const first = await loadAssistant(content, { cacheDir, cacheAfterMs: 0 })
    const second = await loadAssistant(content, { cacheDir, cacheAfterMs: 0 })
    expect(second.knowledgeBase.documents).toEqual(first.knowledgeBase.documents)
    expect(second.indexFromCache).toBe(true)
    // Marks the cached plans, to tell a cached plan from a freshly parsed one.
    const file = path.join(cacheDir, PARSE_CACHE_FILE)
    const saved = deserialize(await read(file)) as { version: string; plans: [string, { meta: { title: string } }][] }
    for (const [, doc] of saved.plans) doc.meta.title = 'from the cache'
    await write(file, serialize(saved))
    const third = await loadAssistant(content, { cacheDir, cacheAfterMs: 0 })
    expect(third.knowledgeBase.documents.every((d) => d.meta.title === 'from the cache')).toBe(true)
    await appendFile(path.join(content, 'glossary.yaml'), '\n# edited\n')
    const fourth = await loadAssistant(content, { cacheDir, cacheAfterMs: 0 })
    expect(fourth.knowledgeBase.documents).toEqual(first.knowledgeBase.documents)
    await write(file, 'not a v8 serialisation')
    const fifth = await loadAssistant(content, { cacheDir, cacheAfterMs: 0 })
    expect(fifth.knowledgeBase.documents).toEqual(first.knowledgeBase.documents)
  })
})
