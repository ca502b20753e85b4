import { describe, expect, it } from 'vitest'
import { formatSignerRole } from '../../../src/core/answers/answer-document-details.js'
import { findDocumentNumbers } from '../../../src/core/answers/find-document-numbers.js'
import { coverageYears, yearDistance } from '../../../src/core/knowledge-base/coverage-years.js'
import { extractDocumentDetails } from '../../../src/core/knowledge-base/extract-document-details.js'
import { testKnowledgeBase } from '../../helpers/load-test-content.js'
import { testAssistant } from '../../helpers/test-assistant.js'

const doc = async (id: string) => (await testKnowledgeBase()).documents.find((d) => d.id.startsWith(id))!

describe('document details as facts', () => {
  it('reads legal bases clause by clause, without the closing clause', async () => {
    const bases = extractDocumentDetails(await doc('soc-trang')).legalBases.map((b) => b.text)
    expect(bases).toHaveLength(3)
    expect(bases[0]).toMatch(/^Căn cứ Quyết định số 1696\/QĐ-TTg/)
    expect(bases.join(' ')).not.toMatch(/Sở Tài chính xây dựng/)
    expect(extractDocumentDetails(await doc('an-giang')).legalBases.map((b) => b.text)).toEqual([expect.stringMatching(/^Căn cứ Quyết định số 789\/QĐ-UBND.*tình hình mới”$/)])
  })

  it("reads a letter's addressees and contact phone with its owner", async () => {
    const d = extractDocumentDetails(await doc('thanh-hoa'))
    expect(d.addressees).toEqual(['Thủ trưởng các sở, ban, ngành, đoàn thể cấp tỉnh', 'Chủ tịch UBND các huyện, thị xã, thành phố'])
    expect(d.contacts).toEqual([expect.objectContaining({ phone: '0373.725.604', context: 'qua Phòng Trẻ em và BĐG' })])
  })

  it('covers the years a title names, not periods cited in the body', async () => {
    expect(coverageYears(await doc('thanh-hoa'))).toEqual([
      { from: 2020, to: 2020 },
      { from: 2021, to: 2021 },
      { from: 2021, to: 2023 },
    ])
    expect(coverageYears(await doc('soc-trang'))).toEqual([{ from: 2020, to: 2020 }])
    expect(yearDistance(coverageYears(await doc('binh-dinh')), 2027)).toBe(0)
    expect(yearDistance(coverageYears(await doc('an-giang')), 2024)).toBe(3)
  })

  it("formats the signer's authority and position", () => {
    expect(formatSignerRole('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH')).toBe('Phó Chủ tịch (KT. Chủ tịch, TM. Ủy ban nhân dân)')
    expect(formatSignerRole('KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC')).toBe('Phó Giám đốc (KT. Giám đốc)')
    expect(formatSignerRole('GIÁM ĐỐC')).toBe('Giám đốc')
  })

  it('finds document numbers written every way, never a date or a year', () => {
    const n = (q: string) => findDocumentNumbers(q).map((x) => `${x.kind}:${x.number}${x.symbol ? `:${x.symbol}` : ''}`)
    expect(n('Ai ký 67/KH-UBND?')).toEqual(['ke hoach:67:kh-ubnd'])
    expect(n('KH 67 và kế hoạch số 461')).toEqual(['ke hoach:67', 'ke hoach:461'])
    expect(n('Quyết định 2873, công văn 11343, Thông tư 191/2009/TT-BTC')).toEqual(['quyet dinh:2873', 'cong van:11343', 'thong tu:191:tt-btc'])
    expect(n('kế hoạch 2020 trước ngày 25/3/2021')).toEqual([])
  })
})

describe('answers about documents', () => {
  it('names the signer with position, and says so when a document is not signed', async () => {
    const a = await testAssistant()
    const signed = a.ask('Ai ký kế hoạch 461?')
    expect(signed.text.split('\n')[0]).toBe('Người ký: Trần Quốc Sở, Phó Giám đốc (KT. Giám đốc).')
    expect(signed.citations[0]).toMatchObject({ province: 'Sóc Trăng', section: 'signature' })
    const unsigned = a.ask('Kế hoạch bình đẳng giới của Huế do ai ký?')
    expect(unsigned.text.split('\n')[0]).toBe('Văn bản không ghi người ký.')
    expect(unsigned.citations[0]?.province).toBe('Thừa Thiên Huế')
  })

  it('a document number chooses the document; the answer never cites another one', async () => {
    const a = await testAssistant()
    for (const q of ['KH 67 giao Sở Tư pháp làm gì?', 'Theo kế hoạch 67, Sở Nội vụ làm gì?', 'Kế hoạch 67 hạn báo cáo 6 tháng?']) {
      const r = a.ask(q)
      expect(r.found).toBe(true)
      expect(new Set(r.citations.map((c) => c.number))).toEqual(new Set(['67/KH-UBND']))
    }
  })

  it('answers a document only cited by a plan from the citing plan', async () => {
    const r = (await testAssistant()).ask('Quyết định 2873 ban hành ngày nào?')
    expect(r.text.split('\n')[0]).toMatch(/^Quyết định số 2873\/QĐ-UBND ngày 8\/7\/2021/)
    expect(r.citations[0]).toMatchObject({ province: 'Bình Định', section: 'preamble' })
  })

  it('says what a citation cannot tell about a document only cited', async () => {
    const r = (await testAssistant()).ask('Ai ký công văn 11343?')
    expect(r.found).toBe(false)
    expect(r.text.split('\n')[0]).toContain('không biết người ký')
    expect(r.text).toContain('11343/UBND-KTTC')
  })

  it('is honest about a document number nothing loaded names or cites', async () => {
    const r = (await testAssistant()).ask('Kế hoạch 999/KH-UBND giao ai làm gì?')
    expect(r.found).toBe(false)
    expect(r.text).toContain('999/KH-UBND')
  })

  it('starts a yes/no answer with Có or Không', async () => {
    const a = await testAssistant()
    expect(a.ask('Công văn Thanh Hóa có số hiệu không?').text).toMatch(/^Không\. Văn bản không ghi số, chỉ có ký hiệu \/SLĐTBXH-TEBDG\./)
    expect(a.ask('Kế hoạch 461 có phải do Sở Tài chính ban hành không?').text).toMatch(/^Có\. /)
    expect(a.ask('Kế hoạch 461 có phải do Sở Nội vụ ban hành không?').text).toMatch(/^Không\. /)
    expect(a.ask('An Giang có giao kinh phí cho cấp xã không?').text).toMatch(/^Có\. .*30 triệu/)
  })
})

describe('years by coverage', () => {
  it('scopes a year by what a document covers, not only its issue year', async () => {
    const r = (await testAssistant()).ask('Thanh Hóa bố trí kinh phí bình đẳng giới năm 2021 từ nguồn nào?')
    expect(r.found).toBe(true)
    expect(r.citations[0]?.province).toBe('Thanh Hóa')
    expect(r.text).not.toContain('Mình chưa có')
  })
})
