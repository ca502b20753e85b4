import { describe, expect, it } from 'vitest'
import { scoreReply } from '../../../src/channels/cli/score-eval.js'
import { replyHasType } from '../../../src/core/answers/answer-type.js'
import { answersDistinctively, queryTerms, rankClauses } from '../../../src/core/answers/choose-clauses.js'
import { firstRule } from '../../../src/core/answers/intent-table.js'
import { understandQuestion } from '../../../src/core/answers/understand-question.js'
import { indexDocumentNumbers } from '../../../src/core/answers/find-document-numbers.js'
import { testKnowledgeBase } from '../../helpers/load-test-content.js'
import { testAssistant } from '../../helpers/test-assistant.js'

const NOW = new Date('2026-11-24T12:00:00+07:00')

describe('not-found confidence: plan words shared by chance do not answer', () => {
  it.each(['Cách tính thuế thu nhập cá nhân cho người làm tự do?', 'Thủ tục làm hộ chiếu phổ thông ở An Giang?', 'Sở Nội vụ Gia Lai có bao nhiêu câu lạc bộ bóng đá?'])('%s', async (q) => {
    const r = (await testAssistant()).ask(q, { now: NOW })
    expect(r.found).toBe(false)
    expect(r.citations).toEqual([])
  })

  it('a clause sharing syllables but no phrase with the question does not answer it', async () => {
    const a = await testAssistant()
    const { analyzer, index } = a.knowledge
    const terms = queryTerms('làm hộ chiếu phổ thông', analyzer, index)
    const scattered = rankClauses(['hộ gia đình được phổ biến thông tin'], terms, analyzer)
    const phrased = rankClauses(['giáo dục phổ thông cho học sinh'], terms, analyzer)
    expect(answersDistinctively(scattered, terms, 0.9)).toBe(false)
    expect(answersDistinctively(phrased, terms, 0.9)).toBe(true)
  })

  it('a marked word the plans never use weighs in the question, an unmarked unknown one does not', async () => {
    const { analyzer, index } = (await testAssistant()).knowledge
    expect(queryTerms('định luật Ôm', analyzer, index).weights.get('om')).toBeGreaterThan(0)
    expect(queryTerms('dinh luat om', analyzer, index).weights.get('om')).toBe(0)
  })
})

describe("the plan's own author scopes the question instead of asking for its tasks", () => {
  it('answers from the whole plan a department issued', async () => {
    const r = (await testAssistant()).ask('Mỗi năm Công đoàn Sở Nội vụ Bình Định phải tổ chức tối thiểu bao nhiêu hoạt động tuyên truyền?', { now: NOW })
    expect(r.found).toBe(true)
    expect(r.text).toContain('ít nhất một hoạt động')
    expect(r.citations[0]).toMatchObject({ province: 'Bình Định', section: 'II.2' })
  })

  it('reaches the author by its 2025 name too, and never says the plan gives its author no task', async () => {
    const a = await testAssistant()
    const r = a.ask('Sở Nội vụ Bình Định muốn bao nhiêu phần trăm cán bộ nữ trong quy hoạch lãnh đạo đến năm 2030?', { now: NOW })
    expect(r.text).toContain('40%')
    const none = a.ask('Sở Nội vụ Gia Lai có bao nhiêu câu lạc bộ bóng đá?', { now: NOW })
    expect(none.text).not.toContain('không giao nhiệm vụ riêng')
  })
})

describe('deadlines of the agency asked about, under its old name', () => {
  it('"Sở Nội vụ" finds the deadline the plan gives "Sở LĐ-TB&XH"', async () => {
    const r = (await testAssistant()).ask('Sở Nội vụ Huế tổng hợp báo cáo cả năm gửi UBND tỉnh trước ngày nào?', { now: NOW })
    expect(r.text.split('\n')[0]).toContain('15/12/2020')
    expect(r.citations[0]).toMatchObject({ province: 'Thừa Thiên Huế', section: 'V.2' })
  })
})

describe('a period the plans do not set', () => {
  it('is not answered with a date of another period', async () => {
    const r = (await testAssistant()).ask('Sở Nội vụ Gia Lai nộp báo cáo sáu tháng trước ngày nào?', { now: NOW })
    expect(r.found).toBe(false)
    expect(r.text).not.toMatch(/hằng năm|hàng năm/iu)
  })
})

describe('which plans there are', () => {
  it('lists every loaded province when none is named', async () => {
    const r = (await testAssistant()).ask('Hiện bạn có tài liệu của tỉnh nào?', { now: NOW })
    expect(r.found).toBe(true)
    for (const p of ['An Giang', 'Bình Định', 'Sóc Trăng', 'Thanh Hóa', 'Thừa Thiên Huế']) expect(r.text).toContain(`• ${p}:`)
  })

  it('lists only the plans covering the year asked', async () => {
    const r = (await testAssistant()).ask('Tỉnh nào có kế hoạch cho năm 2021?', { now: NOW })
    expect(r.text).toContain('• An Giang:')
    expect(r.text).not.toContain('• Sóc Trăng:')
    expect(r.text).not.toContain('• Thừa Thiên Huế:')
  })

  it('is not taken for an off-topic list question without a plan word', async () => {
    const kb = await testKnowledgeBase()
    const u = understandQuestion('Hồ sơ xin học bổng du học gồm những gì?', kb.glossary, indexDocumentNumbers(kb.documents))
    expect(firstRule(u)).not.toBe('catalog')
  })
})

describe('answer types and details in other words', () => {
  it('an amount may be written in words', () => {
    expect(replyHasType('Tổ chức ít nhất một hoạt động tuyên truyền.', 'amount')).toBe(true)
    expect(replyHasType('Tổ chức hoạt động tuyên truyền.', 'amount')).toBe(false)
  })

  it('"được gửi tới những đơn vị nào" asks for the recipients', async () => {
    const r = (await testAssistant()).ask('Kế hoạch 461 được gửi tới những đơn vị nào?', { now: NOW })
    expect(r.text).toContain('Ban Giám đốc')
    expect(r.citations[0]?.section).toBe('recipients')
  })
})

describe('scorer: a blank detail answered honestly', () => {
  const q = { id: 'x', q: 'Ai ký?', kind: 'not-found', found: false }
  it('passes "Văn bản không ghi …" as an honest not-found, fails a substituted fact', () => {
    expect(scoreReply(q, { found: true, text: 'Văn bản không ghi người ký.\nNguồn: …', citations: [] }).pass).toBe(true)
    expect(scoreReply(q, { found: true, text: 'Giám đốc Sở: Nguyễn Văn A.', citations: [] }).pass).toBe(false)
  })
})
