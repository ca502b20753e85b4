import { describe, expect, it } from 'vitest'
import { parsePlanFile } from '../../../src/content/load-content.js'
import { DocumentError } from '../../../src/core/errors.js'
import { parsePlanDocument } from '../../../src/core/knowledge-base/parse-plan-document.js'
import { flattenSections } from '../../../src/core/knowledge-base/plan-document.js'
import { listDeadlines } from '../../../src/core/knowledge-base/list-deadlines.js'
import { testGlossary } from '../../helpers/load-test-content.js'

const windowsLineEndings = [
  'UBND TỈNH KIÊN GIANG',
  'SỞ TƯ PHÁP',
  'Số: 12/KH-STP',
  'Kiên Giang, ngày 5 tháng 3 năm 2024',
  'KẾ HOẠCH',
  'Tuyên truyền pháp luật về bình đẳng giới năm 2024',
  'I. MỤC ĐÍCH',
  '1) Nâng cao nhận thức về bình đẳng giới.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Phòng Phổ biến giáo dục pháp luật: chủ trì tổ chức tọa đàm nhân ngày 8/3 và gửi báo cáo về Văn phòng Sở chậm nhất ngày 20/12/2024.',
  '2. Đề nghị Hội Liên hiệp Phụ nữ tỉnh: phối hợp tuyên truyền từ ngày 15/11 đến ngày 15/12/2024.',
  'Nơi nhận:',
  '- Như trên;',
  'GIÁM ĐỐC',
  'Nguyễn Văn An',
].join('\r\n')

describe('documents in other formats', () => {
  it('reads CRLF text, "1)" numbering, "chậm nhất ngày" and a period with the year only at its end', async () => {
    const doc = parsePlanDocument(windowsLineEndings, { file: 'kien-giang.txt', glossary: await testGlossary() })
    expect(doc.meta).toMatchObject({ province: 'Kiên Giang', provinceNow: 'An Giang', issuer: 'Sở Tư pháp', number: '12/KH-STP', issued: { year: 2024, month: 3, day: 5 }, signer: 'Nguyễn Văn An' })
    expect(flattenSections(doc.sections).map((s) => s.path)).toEqual(['I', 'I.1', 'II', 'II.1', 'II.2'])
    const deadlines = listDeadlines([doc]).map((d) => [d.section, d.kind, d.date, d.end])
    expect(deadlines).toEqual([
      ['II.1', 'event', '2024-03-08', null],
      ['II.1', 'due', '2024-12-20', null],
      ['II.2', 'period', '2024-11-15', '2024-12-15'],
    ])
  })

  it('reads markdown headings, wrapped lines and sub-numbering "1.1."', async () => {
    const text = [
      '# KẾ HOẠCH',
      '## Phòng, chống bạo lực gia đình năm 2023 của tỉnh Long An',
      '### I. NHIỆM VỤ',
      '**1. Truyền thông**',
      '1.1. Tổ chức truyền thông tại cộng đồng, lồng ghép',
      'vào sinh hoạt của các đoàn thể.',
      '1.2. Báo cáo kết quả trước ngày 30/11/2023.',
      '### II. KINH PHÍ',
      'Mỗi xã được hỗ trợ 5 triệu đồng/năm.',
    ].join('\n')
    const doc = parsePlanDocument(text, { file: 'long-an.md', glossary: await testGlossary() })
    expect(doc.meta.province).toBe('Long An')
    expect(flattenSections(doc.sections).map((s) => s.path)).toEqual(['I', 'I.1', 'I.1.1', 'I.1.2', 'II'])
    const wrapped = flattenSections(doc.sections).find((s) => s.path === 'I.1.1')!
    expect(wrapped.heading).toBe('Tổ chức truyền thông tại cộng đồng, lồng ghép vào sinh hoạt của các đoàn thể.')
    expect(listDeadlines([doc]).map((d) => [d.section, d.date])).toEqual([['I.1.2', '2023-11-30']])
    expect(doc.facts.find((f) => f.type === 'budget')).toMatchObject({ minMillion: 5, maxMillion: 5, period: 'năm' })
  })

  it('keeps a document without numbering as one section of paragraphs, with a warning', async () => {
    const text = 'Thông báo về Tháng hành động tại tỉnh Cà Mau.\n\nTháng hành động diễn ra từ ngày 15/11/2025 đến ngày 15/12/2025 trên toàn tỉnh.\n\nCác cơ quan báo cáo trước ngày 20/12/2025.'
    const doc = parsePlanDocument(text, { file: 'ca-mau.txt', glossary: await testGlossary() })
    expect(doc.sections).toHaveLength(1)
    expect(doc.warnings).toContain('no numbered sections; the body is kept as paragraphs')
    expect(listDeadlines([doc]).map((d) => [d.kind, d.date])).toEqual([
      ['period', '2025-11-15'],
      ['due', '2025-12-20'],
    ])
    expect(doc.meta.province).toBe('Cà Mau')
  })

  it('lets front matter add a source link and a province the text does not name, never override the text', async () => {
    const glossary = await testGlossary()
    const withProvince = new TextEncoder().encode('---\nsource_url: https://example.gov.vn/kh\nprovince: Hậu Giang\n---\nKẾ HOẠCH\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức về bình đẳng giới cho cán bộ.\n')
    const doc = parsePlanFile(withProvince, 'hau-giang.txt', glossary)
    expect(doc.meta).toMatchObject({ sourceUrl: 'https://example.gov.vn/kh', province: 'Hậu Giang', provinceNow: 'Cần Thơ' })
    const contradicting = new TextEncoder().encode('---\nprovince: Hà Nội\n---\nAn Giang, ngày 1 tháng 2 năm 2021\nKẾ HOẠCH\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức về bình đẳng giới.\n')
    expect(parsePlanFile(contradicting, 'x.txt', glossary).meta.province).toBe('An Giang')
  })
})

describe('malformed documents give a clear error naming the file', () => {
  it.each([
    ['empty.txt', 'DOCUMENT_EMPTY', new Uint8Array()],
    ['blank.txt', 'DOCUMENT_EMPTY', new TextEncoder().encode('  \n\n\t \n')],
    ['scan.pdf.txt', 'DOCUMENT_BINARY', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])],
    ['cp1258.txt', 'DOCUMENT_ENCODING', new Uint8Array([0x4b, 0xea, 0x20, 0x68, 0x6f, 0xb9, 0x63, 0x68])],
    ['noise.txt', 'DOCUMENT_NO_STRUCTURE', new TextEncoder().encode('12345 67890 !!!')],
    ['bad-front-matter.txt', 'DOCUMENT_FRONT_MATTER', new TextEncoder().encode('---\nsource_url: [unclosed\n---\nKẾ HOẠCH\n')],
    ['unknown-field.txt', 'DOCUMENT_FRONT_MATTER', new TextEncoder().encode('---\nnumber: 99/KH\n---\nKẾ HOẠCH\nI. MỤC ĐÍCH\n1. Nâng cao nhận thức.\n')],
  ])('%s → %s', async (file, code, bytes) => {
    const glossary = await testGlossary()
    let error: unknown
    try {
      parsePlanFile(bytes, file, glossary)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DocumentError)
    expect((error as DocumentError).code).toBe(code)
    expect((error as DocumentError).message).toContain(file)
  })
})

describe('other structures', () => {
  it('reads "Phần I", "Chương II" and the articles of a decision ("Điều 1.")', async () => {
    const text = [
      'UBND TỈNH CÀ MAU',
      'Số: 15/QĐ-UBND',
      'Cà Mau, ngày 3 tháng 3 năm 2025',
      'QUYẾT ĐỊNH',
      'Ban hành Kế hoạch truyền thông về bình đẳng giới',
      'Căn cứ Luật Bình đẳng giới;',
      'PHẦN I',
      'QUY ĐỊNH CHUNG',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch truyền thông.',
      'Điều 2. Sở Nội vụ báo cáo UBND tỉnh trước ngày 15/12/2025.',
      'Chương II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Văn hóa, Thể thao và Du lịch: phối hợp tuyên truyền.',
    ].join('\n')
    const doc = parsePlanDocument(text, { file: 'ca-mau-2025-15-qd-ubnd.txt', glossary: await testGlossary() })
    expect(doc.meta).toMatchObject({ type: 'quyết định', number: '15/QĐ-UBND', province: 'Cà Mau', issuer: 'UBND tỉnh Cà Mau' })
    expect(flattenSections(doc.sections).map((s) => [s.path, s.heading.slice(0, 20)])).toEqual([
      ['I', 'QUY ĐỊNH CHUNG'],
      ['I.1', 'Ban hành kèm theo Qu'],
      ['I.2', 'Sở Nội vụ báo cáo UB'],
      ['II', 'TỔ CHỨC THỰC HIỆN'],
      ['II.1', 'Sở Văn hóa, Thể thao'],
    ])
    expect(listDeadlines([doc]).map((d) => [d.section, d.date, d.actors])).toEqual([['I.2', '2025-12-15', ['Sở Nội vụ']]])
  })
})
