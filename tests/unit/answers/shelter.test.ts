import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDirectory } from '../../../src/content/load-directory.js'
import { Assistant } from '../../../src/core/answers/assistant.js'
import { testKnowledgeBase } from '../../helpers/load-test-content.js'

async function assistantWith(dir: string) {
  const kb = await testKnowledgeBase()
  const { directory } = await loadDirectory(dir, kb.glossary)
  return Assistant.create(kb.documents, kb.glossary, directory)
}
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/directory')
const CONTENT = path.resolve(import.meta.dirname, '../../../content')

describe('shelter and danger answers', () => {
  it.each(['toi bi chong danh, cuu toi', 'Tôi bị chồng đánh, cứu tôi', 'chồng tôi dọa giết tôi, tôi sợ lắm', 'em bi xam hai'])('"%s" puts the police hotline in the first lines', async (q) => {
    const a = await assistantWith(CONTENT)
    const r = a.ask(q)
    expect(r.intent).toBe('shelter')
    expect(r.found).toBe(true)
    expect(r.text.split('\n').slice(0, 2).join('\n')).toMatch(/113/)
  })

  it('lists the trusted address of the place named, without diacritics', async () => {
    const r = (await assistantWith(CONTENT)).ask('toi bi chong danh, o phu loc co cho nao tam lanh khong')
    const lines = r.text.split('\n')
    expect(lines.findIndex((l) => l.includes('113'))).toBeLessThan(lines.findIndex((l) => l.includes('Lộc Điền')))
    expect(r.text).toContain('chưa được xác minh')
  })

  it('answers an unknown place with hotlines and how to share a location', async () => {
    const r = (await assistantWith(CONTENT)).ask('nhà tạm lánh ở chỗ tôi')
    expect(r.text).toContain('113')
    expect(r.text).toContain('gửi vị trí')
  })

  it('gives the nearest places with distance and a venue for a shared location', async () => {
    const a = await assistantWith(FIXTURE)
    const r = a.nearby(16.4637, 107.5909)
    expect(r.found).toBe(true)
    const first = r.text.split('\n').findIndex((l) => l.includes('Hương Văn'))
    expect(first).toBeGreaterThan(0)
    expect(r.text).toMatch(/cách bạn \d+(\.\d)? km/)
    expect(r.location).toMatchObject({ title: 'Địa chỉ tin cậy Hương Văn' })
    // The shared coordinates themselves are not echoed back.
    expect(r.text).not.toContain('16.4637')
  })

  it('never goes silent on a location when there is no directory data nearby', async () => {
    const r = (await assistantWith(CONTENT)).nearby(10.77, 106.7)
    expect(r.found).toBe(false)
    expect(r.text).toContain('113')
    expect((await assistantWith(CONTENT)).nearby(999, 0).text).toContain('113')
  })
})
