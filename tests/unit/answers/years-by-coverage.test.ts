import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { Assistant } from '../../../src/core/answers/assistant.js'
import { parsePlanDocument } from '../../../src/core/knowledge-base/parse-plan-document.js'
import { CONTENT_DIR, testGlossary } from '../../helpers/load-test-content.js'
import { vietnamDay } from '../../helpers/test-assistant.js'

/** An Giang's 2021 plan and the same plan a year later (as a province re-issues it), both loaded. */
async function twoYears(): Promise<Assistant> {
  const glossary = await testGlossary()
  const text = await readFile(path.join(CONTENT_DIR, 'plans/an-giang-2021-67-kh-ubnd.txt'), 'utf8')
  const next = text.replace(/2021/g, '2022').replace('67/KH-UBND', '99/KH-UBND')
  return Assistant.create([parsePlanDocument(text, { file: 'an-giang-2021-67-kh-ubnd.txt', glossary }), parsePlanDocument(next, { file: 'an-giang-2022-99-kh-ubnd.txt', glossary })], glossary)
}

describe('several years of one province', () => {
  it('leads a deadline answer with the latest plan and says which year', async () => {
    const r = (await twoYears()).ask('Hạn báo cáo 6 tháng ở An Giang?', { now: vietnamDay('2026-11-24') })
    expect(r.text.split('\n')[0]).toBe('Trước ngày 10/6/2022 (đã qua) — kế hoạch năm 2022.')
    expect(r.citations[0]?.number).toBe('99/KH-UBND')
  })

  it('answers the year asked from the plan that covers it', async () => {
    const r = (await twoYears()).ask('Hạn báo cáo 6 tháng ở An Giang năm 2021?', { now: vietnamDay('2026-11-24') })
    expect(r.text.split('\n')[0]).toBe('Trước ngày 10/6/2021 (đã qua).')
    expect(r.citations[0]?.number).toBe('67/KH-UBND')
  })

  it('answers a year no plan covers from the closest one, with a note', async () => {
    const r = (await twoYears()).ask('Kinh phí cấp xã ở An Giang năm 2024?')
    expect(r.found).toBe(true)
    expect(r.citations[0]?.number).toBe('99/KH-UBND')
    expect(r.text).toContain('Mình chưa có văn bản của An Giang về năm 2024; câu trả lời trên theo văn bản về năm 2022.')
  })
})
