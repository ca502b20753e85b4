import { describe, expect, it } from 'vitest'
import { listDeadlines } from '../../../src/core/knowledge-base/list-deadlines.js'
import type { BudgetFact, DutyFact, ReferenceFact } from '../../../src/core/knowledge-base/plan-document.js'
import { seedDocument, testKnowledgeBase } from '../../helpers/load-test-content.js'

async function deadlines() {
  return listDeadlines((await testKnowledgeBase()).documents)
}

describe('deadline facts', () => {
  it('finds every dated deadline of the five plans with its section', async () => {
    const dated = (await deadlines())
      .filter((d) => d.kind === 'due' || d.kind === 'period')
      .map((d) => `${d.province}|${d.section}|${d.kind}|${d.date}${d.end ? `..${d.end}` : ''}`)
      .sort()
    expect(dated).toEqual(
      [
        'An Giang|II.5|period|2021-11-15..2021-12-15',
        'An Giang|IV.1|period|2021-11-15..2021-12-15',
        'An Giang|V.1|due|2021-03-25',
        'An Giang|V.1|due|2021-06-10',
        'An Giang|V.1|due|2021-11-15',
        'An Giang|V.2|due|2021-11-25',
        'Sóc Trăng|II.1|period|2020-11-15..2020-12-15',
        'Thanh Hóa|2|period|2020-11-15..2020-12-15',
        'Thừa Thiên Huế|II.5|period|2020-11-15..2020-12-15',
        'Thừa Thiên Huế|V.1|due|2020-03-25',
        'Thừa Thiên Huế|V.1|due|2020-06-10',
        'Thừa Thiên Huế|V.1|due|2020-12-10',
        'Thừa Thiên Huế|V.2|due|2020-12-15',
      ].sort(),
    )
  })

  it('names who reports, to whom, and how often', async () => {
    const june = (await deadlines()).find((d) => d.province === 'An Giang' && d.date === '2021-06-10')!
    expect(june.actors).toEqual(['UBND cấp huyện', 'các sở, ban, ngành, đoàn thể có liên quan'])
    expect(june.recipient).toBe('UBND tỉnh, thông qua Sở Lao động - Thương binh và Xã hội')
    expect(june.recurrence).toBe('semiannual')
    expect(june.action).toMatch(/^báo cáo UBND tỉnh kết quả thực hiện/)
    const v2 = (await deadlines()).find((d) => d.province === 'An Giang' && d.section === 'V.2')!
    expect(v2.actors).toEqual(['Sở Lao động - Thương binh và Xã hội'])
    expect(v2.recipient).toBe('UBND tỉnh')
    const hue = (await deadlines()).find((d) => d.province === 'Thừa Thiên Huế' && d.date === '2020-03-25')!
    expect(hue.actors).toContain('UBND thành phố Huế')
    expect(hue.action).toMatch(/^chủ động xây dựng Kế hoạch/)
  })

  it('never reports the date of a cited legal document as a deadline', async () => {
    const dates = new Set((await deadlines()).map((d) => d.date))
    for (const referenceDate of ['2015-10-02', '2019-01-15', '2020-02-04', '2016-03-22', '2009-10-01', '2019-07-12', '2016-07-22', '2021-03-03', '2021-07-08', '2020-08-08', '2016-06-01']) {
      expect(dates.has(referenceDate), referenceDate).toBe(false)
    }
  })

  it('takes the year of a period written without one from the document', async () => {
    const thanhHoa = (await deadlines()).find((d) => d.province === 'Thanh Hóa' && d.kind === 'period')!
    expect(thanhHoa).toMatchObject({ date: '2020-11-15', end: '2020-12-15', recurrence: 'yearly' })
  })

  it('reads commemorations, recurring duties and target years', async () => {
    const all = await deadlines()
    expect(all.filter((d) => d.province === 'An Giang' && d.kind === 'event').map((d) => d.date)).toEqual(expect.arrayContaining(['2021-03-08', '2021-10-20']))
    const monthly = all.find((d) => d.province === 'Bình Định' && d.recurrence === 'monthly')!
    expect(monthly).toMatchObject({ section: 'II.4', kind: 'recurring' })
    const targets = all.filter((d) => d.province === 'Bình Định' && d.kind === 'target' && d.section === 'II.1').map((d) => d.date)
    expect(targets).toEqual(['2025-12-31', '2030-12-31', '2025-12-31', '2030-12-31'])
    const semi = all.filter((d) => d.province === 'Sóc Trăng' && d.section === 'II.3' && d.kind === 'recurring').map((d) => d.recurrence)
    expect(semi).toEqual(expect.arrayContaining(['semiannual', 'yearly']))
  })
})

describe('duty facts', () => {
  it.each([
    ['an-giang', 'so-tu-phap', 'IV.5', 'trợ giúp pháp lý'],
    ['an-giang', 'so-giao-duc-dao-tao', 'IV.6', 'trẻ em gái'],
    ['an-giang', 'lien-doan-lao-dong', 'IV.11', 'Giỏi việc nước, đảm việc nhà'],
    ['thua-thien-hue', 'so-tai-chinh', 'IV.4', 'kinh phí'],
    ['thua-thien-hue', 'so-noi-vu', 'IV.2.a', '84/KH-UBND'],
    ['binh-dinh', 'phong-cong-chuc-vien-chuc', 'IV.2.a', 'theo dõi, đôn đốc, kiểm tra'],
    ['soc-trang', 'phong-quan-ly-ngan-sach', 'III.2', 'bố trí nguồn kinh phí'],
    ['soc-trang', 'van-phong-so', 'III.3', 'công chức nữ'],
  ])('%s: %s in %s (%s)', async (doc, agencyId, section, task) => {
    const duties = (await seedDocument(doc)).facts.filter((f): f is DutyFact => f.type === 'duty' && f.agencyId === agencyId)
    expect(duties.some((d) => d.section === section && d.task.includes(task))).toBe(true)
  })

  it('gives each department listed under "Các Sở, ngành" the group\'s tasks', async () => {
    const hue = (await seedDocument('thua-thien-hue')).facts.filter((f): f is DutyFact => f.type === 'duty' && f.agencySection === 'IV.7')
    expect(new Set(hue.map((d) => d.agencyId))).toEqual(new Set(['cac-so-nganh', 'so-y-te', 'so-giao-duc-dao-tao', 'so-van-hoa-the-thao', 'so-khoa-hoc-cong-nghe', 'so-nong-nghiep', 'ban-dan-toc', 'cong-an-tinh', 'cuc-thong-ke']))
    expect(hue.every((d) => !d.task.startsWith('Y tế;'))).toBe(true)
    const ag = (await seedDocument('an-giang')).facts.filter((f): f is DutyFact => f.type === 'duty' && f.agencySection === 'IV.8')
    expect(new Set(ag.map((d) => d.agencyId))).toEqual(new Set(['cac-so-nganh', 'so-y-te', 'so-van-hoa-the-thao', 'so-nong-nghiep', 'cong-an-tinh']))
  })

  it('records the role the plan gives', async () => {
    const duties = (await seedDocument('thua-thien-hue')).facts.filter((f): f is DutyFact => f.type === 'duty')
    expect(duties.find((d) => d.section === 'IV.1.a')?.role).toBe('chủ trì')
    expect(duties.find((d) => d.section === 'IV.10')?.role).toBe('đề nghị')
    expect(duties.find((d) => d.section === 'IV.6.b')?.role).toBe('phối hợp')
  })
})

describe('budget and reference facts', () => {
  it('reads the An Giang budget figures per level', async () => {
    const budgets = (await seedDocument('an-giang')).facts.filter((f): f is BudgetFact => f.type === 'budget')
    expect(budgets.map((b) => [b.level, b.minMillion, b.maxMillion, b.period])).toEqual([
      ['cơ quan, đơn vị cấp tỉnh', 20, 30, 'năm'],
      ['UBND cấp huyện', 150, null, 'năm'],
      ['UBND cấp xã', 30, null, 'năm'],
    ])
    expect(budgets.every((b) => b.section === 'III')).toBe(true)
  })

  it('reads cited legal documents with number, date and issuer', async () => {
    const refs = (await seedDocument('soc-trang')).facts.filter((f): f is ReferenceFact => f.type === 'reference')
    expect(refs.find((r) => r.number === '1696/QĐ-TTg')).toMatchObject({ docType: 'Quyết định', date: '2015-10-02', issuer: 'Thủ tướng Chính phủ', section: 'preamble' })
    const ag = (await seedDocument('an-giang')).facts.filter((f): f is ReferenceFact => f.type === 'reference')
    expect(ag.find((r) => r.number === '191/2009/TT-BTC')).toMatchObject({ docType: 'Thông tư', date: '2009-10-01', issuer: 'Bộ Tài chính', section: 'III' })
  })
})
