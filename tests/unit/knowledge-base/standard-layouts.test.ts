import { describe, expect, it } from 'vitest'
import { parsePlanDocument } from '../../../src/core/knowledge-base/parse-plan-document.js'
import type { DeadlineFact } from '../../../src/core/knowledge-base/plan-document.js'
import { testGlossary } from '../../helpers/load-test-content.js'

/** One case per layout variant of Nghị định 30/2020 (Phụ lục I) and per kind of web-copy damage. */
const parse = async (lines: string[]) => parsePlanDocument(lines.join('\n'), { file: 'case.txt', glossary: await testGlossary() })
const dated = (facts: readonly unknown[]) => (facts as DeadlineFact[]).filter((f) => f.type === 'deadline' && f.date).map((f) => [f.kind, f.date, f.end])
const BODY = ['I. NỘI DUNG', '1. Tổ chức tập huấn cho cán bộ cơ sở.', '2. Báo cáo kết quả về Sở Nội vụ trước ngày 20/11/2025.']

describe('header by the national standard', () => {
  it('issuer on two lines, "Số:" and the number on two lines, a date cut after "ngày"', async () => {
    const doc = await parse(['ỦY BAN NHÂN DÂN', 'TỈNH GIA LAI', 'Số:', '77/KH-UBND', 'Gia Lai, ngày', '02 tháng 6 năm 2025', 'KẾ HOẠCH', 'Phòng ngừa bạo lực trên cơ sở giới', ...BODY])
    expect(doc.meta).toMatchObject({ issuer: 'UBND tỉnh Gia Lai', number: '77/KH-UBND', issued: { year: 2025, month: 6, day: 2 }, type: 'kế hoạch' })
  })

  it('kind printed over two lines ("QUYẾT" / "ĐỊNH"), and a title over two lines', async () => {
    const doc = await parse(['UBND TỈNH QUẢNG NINH', 'Số: 9/QĐ-UBND', 'Quảng Ninh, ngày 3 tháng 1 năm 2025', 'QUYẾT', 'ĐỊNH', 'Về việc thành lập Ban chỉ đạo', 'công tác bình đẳng giới tỉnh', 'Điều 1. Thành lập Ban chỉ đạo.', 'Điều 2. Quyết định có hiệu lực từ ngày ký.'])
    expect(doc.meta).toMatchObject({ type: 'quyết định', title: 'Về việc thành lập Ban chỉ đạo công tác bình đẳng giới tỉnh' })
  })

  it('a title in capitals wrapped over two lines, before the decision’s authority line', async () => {
    const doc = await parse([
      'UBND TỈNH PHÚ THỌ',
      'Số: 18/QĐ-UBND',
      'Phú Thọ, ngày 6 tháng 1 năm 2025',
      'QUYẾT ĐỊNH',
      'VỀ VIỆC BAN HÀNH KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH',
      'PHÒNG NGỪA BẠO LỰC TRÊN CƠ SỞ GIỚI NĂM 2025',
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ',
      'Căn cứ Luật Bình đẳng giới;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kế hoạch.',
      'Điều 2. Quyết định có hiệu lực từ ngày ký.',
    ])
    expect(doc.meta.title).toBe('Về việc ban hành kế hoạch thực hiện chương trình phòng ngừa bạo lực trên cơ sở giới năm 2025')
  })

  it('kind read from the symbol when the kind line is missing, the title from the lines after the date', async () => {
    const doc = await parse(['UBND TỈNH LẠNG SƠN', 'Số: 31/HD-UBND', 'Lạng Sơn, ngày 9 tháng 9 năm 2025', 'Lồng ghép giới trong xây dựng văn bản', 'Căn cứ Luật Bình đẳng giới;', ...BODY])
    expect(doc.meta).toMatchObject({ type: 'hướng dẫn', title: 'Lồng ghép giới trong xây dựng văn bản', province: 'Lạng Sơn' })
  })

  it('pipe-table header of a web copy and the signer on one line', async () => {
    const doc = await parse(['| UBND TỈNH TRÀ VINH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |', '|---|---|', '| Số: 15/KH-UBND | Trà Vinh, ngày 03 tháng 3 năm 2025 |', 'KẾ HOẠCH', 'Truyền thông về bình đẳng giới', ...BODY, 'Nơi nhận:', '- Lưu: VT.', '| | KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Văn Hẳn |'])
    expect(doc.meta).toMatchObject({ number: '15/KH-UBND', issuer: 'UBND tỉnh Trà Vinh', issued: { year: 2025, month: 3, day: 3 }, signer: 'Lê Văn Hẳn', signerRole: 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH' })
  })

  it('a letter: subject on the "V/v" line, place and date after it, body from "Kính gửi"', async () => {
    const doc = await parse(['SỞ Y TẾ TỈNH KHÁNH HÒA', 'Số: 88/SYT-NV', 'V/v hỗ trợ nạn nhân bạo lực gia đình', 'Khánh Hòa, ngày 4 tháng 8 năm 2025', 'Kính gửi: Các bệnh viện.', 'Đề nghị các đơn vị báo cáo trước ngày 30/9/2025.', 'Trân trọng.'])
    expect(doc.meta).toMatchObject({ type: 'công văn', issuer: 'Sở Y tế tỉnh Khánh Hòa', issued: { year: 2025, month: 8, day: 4 }, title: 'Hỗ trợ nạn nhân bạo lực gia đình' })
    expect(dated(doc.facts)).toEqual([['due', '2025-09-30', null]])
  })

  it('a news page: number, date and issuer from the announcing sentence', async () => {
    const doc = await parse(['Trang chủ | Tin tức | Liên hệ', 'Thứ Hai, 06/10/2025 09:12', 'Ngày 02/10/2025, UBND tỉnh Tuyên Quang ban hành Kế hoạch số 250/KH-UBND về phòng, chống bạo lực gia đình.', 'Các huyện báo cáo trước ngày 15/12/2025.', 'Tin cùng chuyên mục', 'Hội nghị tổng kết (05/10/2025)'])
    expect(doc.meta).toMatchObject({ type: 'kế hoạch', number: '250/KH-UBND', issuer: 'UBND tỉnh Tuyên Quang', issued: { year: 2025, month: 10, day: 2 } })
    expect(dated(doc.facts)).toEqual([['due', '2025-12-15', null]])
  })

  it('a news page that names the number before the date', async () => {
    const doc = await parse(['Báo Điện tử tỉnh', 'Chủ nhật, 05/10/2025, 07:30', 'Sở Tư pháp tỉnh Đồng Tháp vừa ban hành Kế hoạch số 61/KH-STP ngày 01/10/2025 về trợ giúp pháp lý cho nạn nhân bạo lực gia đình.', 'Các phòng chuyên môn báo cáo trước ngày 10/12/2025.'])
    expect(doc.meta).toMatchObject({ type: 'kế hoạch', number: '61/KH-STP', issuer: 'Sở Tư pháp tỉnh Đồng Tháp', province: 'Đồng Tháp', issued: { year: 2025, month: 10, day: 1 } })
    expect(dated(doc.facts)).toEqual([['due', '2025-12-10', null]])
  })
})

describe('dated facts', () => {
  const header = ['UBND TỈNH BẮC NINH', 'Số: 5/KH-UBND', 'Bắc Ninh, ngày 10 tháng 3 năm 2025', 'KẾ HOẠCH', 'Bình đẳng giới năm 2025', 'I. NỘI DUNG']
  it('a period opening with a capital "Từ", a day range, and dates without a year take the plan’s year', async () => {
    const doc = await parse([...header, '1. Từ ngày 15/11 đến ngày 15/12, tổ chức Tháng hành động.', '2. Tập huấn từ 01-03/7/2025 tại tỉnh.'])
    expect(dated(doc.facts)).toEqual([
      ['period', '2025-11-15', '2025-12-15'],
      ['period', '2025-07-01', '2025-07-03'],
    ])
  })

  it('dates without a year take the year the plan is about, not the year it was signed', async () => {
    const doc = await parse(['UBND TỈNH BẮC NINH', 'Số: 301/KH-UBND', 'Bắc Ninh, ngày 26 tháng 12 năm 2025', 'KẾ HOẠCH', 'Công tác bình đẳng giới năm 2026', 'I. NỘI DUNG', '1. Từ ngày 15/11 đến ngày 15/12, tổ chức Tháng hành động.', '2. Báo cáo 6 tháng trước ngày 15/6.'])
    expect(dated(doc.facts)).toEqual([
      ['period', '2026-11-15', '2026-12-15'],
      ['due', '2026-06-15', null],
    ])
  })

  it('dates of cited laws, issue dates and results already reported are not facts', async () => {
    const doc = await parse([...header, '1. Thực hiện theo Luật Bình đẳng giới ngày 29/11/2006.', '2. Năm 2024, tỉnh đã tổ chức lễ phát động ngày 25/11/2024.', '3. Ngày 10/3/2025, UBND tỉnh ký ban hành kế hoạch này.', '4. Gửi báo cáo trước ngày 05/12/2025.'])
    expect(dated(doc.facts)).toEqual([['due', '2025-12-05', null]])
  })
})
