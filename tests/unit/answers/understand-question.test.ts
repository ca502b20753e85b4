import { describe, expect, it } from 'vitest'
import { firstRule } from '../../../src/core/answers/intent-table.js'
import { understandQuestion } from '../../../src/core/answers/understand-question.js'
import { indexDocumentNumbers } from '../../../src/core/answers/find-document-numbers.js'
import { testKnowledgeBase } from '../../helpers/load-test-content.js'

/** question → first rule of the intent table, answer type, province, agency, year, document named. */
const TABLE: { q: string; rule: string; type: string; province?: string; agency?: string; year?: number; document?: string; cited?: string }[] = [
  { q: 'Hạn báo cáo 6 tháng ở An Giang?', rule: 'deadline', type: 'date', province: 'An Giang' },
  { q: 'han bao cao 1 nam hue', rule: 'deadline', type: 'date', province: 'Thừa Thiên Huế' },
  // "định kỳ" in a who-question does not make it a deadline question (the question word comes last).
  { q: 'Đơn vị nào báo cáo định kỳ về bình đẳng giới ở An Giang?', rule: 'who', type: 'agency', province: 'An Giang' },
  // "sở nào" and "số nào" fold alike: read with their marks.
  { q: 'Sở nào tập huấn phóng viên ở An Giang?', rule: 'who', type: 'agency', province: 'An Giang' },
  { q: 'Kế hoạch của Sở Tài chính Sóc Trăng số nào?', rule: 'document-details', type: 'document', province: 'Sóc Trăng', agency: 'so-tai-chinh' },
  // "cơ quan nào" does not override a budget question that asks an amount.
  { q: 'Kinh phí cho cơ quan cấp tỉnh ở An Giang là bao nhiêu?', rule: 'budget', type: 'amount', province: 'An Giang' },
  { q: 'Sở Tư pháp An Giang có nhiệm vụ gì?', rule: 'agency-tasks', type: 'text', province: 'An Giang', agency: 'so-tu-phap' },
  { q: 'Ở Bình Định, Phòng Công chức, viên chức có nhiệm vụ gì?', rule: 'agency-tasks', type: 'text', province: 'Bình Định' },
  { q: 'Ai ký Kế hoạch 67/KH-UBND?', rule: 'document-details', type: 'person', document: 'an-giang-2021-67-kh-ubnd' },
  { q: 'KH 67 giao Sở Nội vụ làm gì?', rule: 'agency-tasks', type: 'text', agency: 'so-noi-vu', document: 'an-giang-2021-67-kh-ubnd' },
  { q: 'kế hoạch 461 ban hành ngày nào', rule: 'document-details', type: 'date', document: 'soc-trang-2020-461-kh-stc' },
  { q: 'Quyết định 2873 ban hành ngày nào?', rule: 'document-details', type: 'date', cited: '2873/QĐ-UBND' },
  { q: 'công văn 11343 về việc gì', rule: 'document-details', type: 'text', cited: '11343/UBND-KTTC' },
  { q: 'Kế hoạch Huế có ghi người ký không?', rule: 'document-details', type: 'yes-no', province: 'Thừa Thiên Huế' },
  { q: 'Kế hoạch BĐG Huế năm 2020 căn cứ những văn bản nào?', rule: 'document-details', type: 'document', province: 'Thừa Thiên Huế', year: 2020 },
  // A target year is not the plan's year.
  { q: 'Bình Định phấn đấu đến năm 2030 đạt bao nhiêu phần trăm?', rule: 'content', type: 'amount', province: 'Bình Định' },
  { q: 'Thanh Hóa bố trí kinh phí năm 2021 thế nào?', rule: 'budget', type: 'text', province: 'Thanh Hóa', year: 2021 },
  // "Tháng hành động" in a who-question is not the generic Action Month reply.
  { q: 'Ai tham mưu kế hoạch Tháng hành động ở Huế?', rule: 'who', type: 'agency', province: 'Thừa Thiên Huế' },
  { q: 'Tháng hành động diễn ra khi nào?', rule: 'action-month', type: 'date' },
  { q: 'Kế hoạch bình đẳng giới của Cần Thơ có những nội dung gì?', rule: 'overview', type: 'list', province: 'Cần Thơ' },
]

describe('understanding a question (computed once, read by every handler)', () => {
  it.each(TABLE)('$q', async ({ q, rule, type, province, agency, year, document, cited }) => {
    const kb = await testKnowledgeBase()
    const u = understandQuestion(q, kb.glossary, indexDocumentNumbers(kb.documents))
    expect(firstRule(u)).toBe(rule)
    expect(u.answerType).toBe(type)
    expect(u.province?.name).toBe(province)
    if (agency) expect(u.agency?.id).toBe(agency)
    expect(u.year ?? undefined).toBe(year)
    expect(u.named.loaded.map((d) => d.id)[0]).toBe(document)
    expect(u.named.cited[0]?.first.fact.number).toBe(cited)
  })
})
