import { describe, expect, it } from 'vitest'
import { flattenSections, type PlanSection } from '../../../src/core/knowledge-base/plan-document.js'
import { fullText } from '../../../src/core/knowledge-base/build-section-tree.js'
import { seedDocument } from '../../helpers/load-test-content.js'

async function section(doc: string, path: string): Promise<PlanSection> {
  const found = flattenSections((await seedDocument(doc)).sections).find((s) => s.path === path)
  if (!found) throw new Error(`${doc} has no section ${path}`)
  return found
}

describe('section tree from the documents own numbering', () => {
  it.each([
    ['an-giang', 'IV.5', 'Sở Tư pháp', 'trợ giúp pháp lý'],
    ['an-giang', 'V.1', 'Căn cứ chức năng', 'trước ngày 10/6/2021'],
    ['an-giang', 'II.6', 'Tăng cường hoạt động của Ban vì sự tiến bộ của phụ nữ', 'Nha Trang'],
    ['thua-thien-hue', 'IV.5.b', 'Tăng cường công tác trợ giúp pháp lý', 'chỉ tiêu 1, 2 của mục tiêu 7'],
    ['thua-thien-hue', 'IV.1.a', 'Chủ trì, phối hợp', 'hướng dẫn các sở'],
    ['binh-dinh', 'IV.2', 'Phòng Công chức, viên chức', 'theo dõi, đôn đốc, kiểm tra'],
    ['binh-dinh', 'II.4', 'Trong công tác thông tin, truyền thông', 'Định kỳ hàng tháng'],
    ['soc-trang', 'III.2', 'Giao Phòng Quản lý Ngân sách', 'bố trí nguồn kinh phí'],
    ['thanh-hoa', '2', 'Nội dung kế hoạch tập trung', 'Tháng hành động'],
  ])('%s %s starts with "%s" and contains "%s"', async (doc, path, heading, contained) => {
    const s = await section(doc, path)
    expect(s.heading.startsWith(heading)).toBe(true)
    expect(fullText(s).join('\n')).toContain(contained)
  })

  it('keeps both sections when a number is repeated by mistake (Sóc Trăng I.3)', async () => {
    const first = await section('soc-trang', 'I.3')
    const second = await section('soc-trang', 'I.3#2')
    expect(first.heading).toMatch(/^Tạo sự chuyển biến mạnh mẽ/)
    expect(second.heading).toMatch(/^Đẩy mạnh công tác phổ biến, tuyên truyền/)
  })

  it('re-joins paragraphs broken by a page break in mid-sentence', async () => {
    const soc = fullText(await section('soc-trang', 'II.2')).join('\n')
    expect(soc).toContain('trình độ lý luận chính trị và tập huấn kiến thức')
    const ag = fullText(await section('an-giang', 'II.3')).join('\n')
    expect(ag).toContain('tăng cường sự tham gia của phụ nữ')
    expect(fullText(await section('an-giang', 'II.6')).join('\n')).toContain('kinh nghiệm về mô hình thực hiện')
  })

  it('attaches bullets to the enclosing section', async () => {
    const s = await section('an-giang', 'IV.1')
    expect(s.children).toHaveLength(0)
    expect(s.paragraphs.some((p) => p.startsWith('+ Tiếp tục duy trì và nhân rộng mô hình câu lạc bộ BĐG'))).toBe(true)
  })

  it('strips markdown bold and # marks around numbers', async () => {
    const s = await section('an-giang', 'V.2')
    expect(s.heading).toMatch(/^Sở Lao động - Thương binh và Xã hội chịu trách nhiệm/)
    expect(JSON.stringify((await seedDocument('an-giang')).sections)).not.toMatch(/\*\*|##/)
  })
})
