import { describe, expect, it } from 'vitest'
import { testKnowledgeBase, seedDocument } from '../../helpers/load-test-content.js'

describe('metadata of the five seed plans, read from their own text', () => {
  const cases = [
    { id: 'an-giang', province: 'An Giang', now: 'An Giang', issuer: 'UBND tỉnh', number: '67/KH-UBND', issued: { year: 2021, month: 2, day: 8 }, type: 'kế hoạch', signer: 'Lê Văn Phước', title: 'Hoạt động Vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2021' },
    { id: 'soc-trang', province: 'Sóc Trăng', now: 'Cần Thơ', issuer: 'Sở Tài chính', number: '461/KH-STC', issued: { year: 2020, month: 2, day: 14 }, type: 'kế hoạch', signer: 'Trần Quốc Sở', title: 'Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ năm 2020' },
    { id: 'binh-dinh', province: 'Bình Định', now: 'Gia Lai', issuer: 'Sở Nội vụ', number: null, issued: { year: 2022, month: null, day: null }, type: 'kế hoạch', signer: 'Lê Minh Tuấn', title: 'Thực hiện Chiến lược quốc gia về bình đẳng giới giai đoạn 2021-2030' },
    { id: 'thanh-hoa', province: 'Thanh Hóa', now: 'Thanh Hóa', issuer: 'Sở Lao động – Thương binh và Xã hội', number: null, issued: { year: 2020, month: 8, day: null }, type: 'công văn', signer: 'Lê Minh Hành', title: expect.stringMatching(/^Xây dựng kế hoạch và ưu tiên bố trí kinh phí/) },
    { id: 'thua-thien-hue', province: 'Thừa Thiên Huế', now: 'Huế', issuer: 'UBND tỉnh', number: null, issued: null, type: 'kế hoạch', signer: null, title: 'Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh năm 2020' },
  ]
  it.each(cases)('$id', async (c) => {
    const { meta } = await seedDocument(c.id)
    expect(meta).toMatchObject({ province: c.province, provinceNow: c.now, issuer: c.issuer, number: c.number, issued: c.issued, type: c.type, signer: c.signer, title: c.title })
  })

  it('keeps the symbol of a blank number and never turns it into a number', async () => {
    expect((await seedDocument('binh-dinh')).meta).toMatchObject({ number: null, symbol: 'KH-SNV' })
    expect((await seedDocument('thanh-hoa')).meta).toMatchObject({ number: null, symbol: 'SLĐTBXH-TEBDG' })
  })

  it('takes the issue date from the place-date line, not from a cited document in the preamble', async () => {
    // The Huế preamble cites documents dated 02/10/2015 and 12/7/2019 but the plan itself has no date line.
    expect((await seedDocument('thua-thien-hue')).meta.issued).toBeNull()
    expect((await seedDocument('thua-thien-hue')).meta.year).toBe(2020)
  })

  it('keeps recipients and signature out of the body', async () => {
    const doc = await seedDocument('soc-trang')
    expect(doc.meta.recipients).toEqual(['Các đơn vị thuộc Sở', 'Ban Giám đốc', 'Công đoàn cơ sở', 'Lưu: VP'])
    expect(doc.meta.signerRole).toMatch(/PHÓ GIÁM ĐỐC/)
    const body = JSON.stringify(doc.sections)
    expect(body).not.toContain('Nơi nhận')
    expect(body).not.toContain('Trần Quốc Sở')
  })

  it('loads all five seeds without errors', async () => {
    const kb = await testKnowledgeBase()
    expect(kb.errors).toEqual([])
    expect(kb.documents).toHaveLength(5)
  })
})
