import { describe, expect, it } from 'vitest'
import { findSectionReference } from '../../../src/core/answers/find-section-reference.js'
import { testAssistant } from '../../helpers/test-assistant.js'

const NOW = new Date('2026-11-24T12:00:00+07:00')
const ask = async (q: string) => (await testAssistant()).ask(q, { now: NOW })

describe('a part named by its title alone', () => {
  it.each([
    ['Mục đích KH 461?', 'muc dich'],
    ['yeu cau dat ra trong ke hoach la gi', 'yeu cau'],
    ['Chế độ báo cáo của kế hoạch thế nào?', 'che do bao cao'],
    ['có đặt mục tiêu cho năm 2025 không', 'muc tieu'],
  ])('%s', (q, heading) => expect(findSectionReference(q)).toEqual({ heading, path: [] }))

  it('a title word followed by a topic is searched, not a part ("mục tiêu về giáo dục", "yêu cầu lồng ghép")', () => {
    expect(findSectionReference('mục tiêu về giáo dục là gì')).toBeNull()
    expect(findSectionReference('Thanh Hóa yêu cầu lồng ghép BĐG vào những gì?')).toBeNull()
  })

  it('"mục đích" of a numbered plan lists its part I instead of refusing', async () => {
    const r = await ask('KH 461 Sở Tài chính Sóc Trăng có mục đích gì')
    expect(r.found).toBe(true)
    expect(r.text).toContain('người đứng đầu')
    expect(r.text).toContain('giảm khoảng cách giới')
    expect(r.citations[0]?.section).toMatch(/^I(\.|$)/)
  })

  it('"yêu cầu" is answered from its own subsection ("2. Yêu cầu"), not a task that uses the word', async () => {
    const r = await ask('Yêu cầu của kế hoạch BĐG Sở Nội vụ Bình Định năm 2022?')
    expect(r.text).toContain('Phân công rõ trách nhiệm')
    expect(r.citations[0]?.section).toBe('I.2')
  })

  it('"tổ chức thực hiện … ra sao" quotes the part of that title', async () => {
    const r = await ask('Tổ chức thực hiện kế hoạch 461 của Sở Tài chính Sóc Trăng ra sao?')
    expect(r.text).toContain('Công đoàn cơ sở')
    expect(r.citations[0]?.section).toMatch(/^III(\.|$)/)
  })

  it('a yes/no about a target year is Có with the sentence stating it', async () => {
    const r = await ask('Sở Nội vụ Bình Định có đặt mục tiêu cho năm 2030 không?')
    expect(r.text).toMatch(/^Có\. /u)
    expect(r.text).toContain('2030')
    expect(r.citations[0]?.section).toBe('II')
  })

  it('a yes/no about a year the part never states is Không, not the plan’s own year', async () => {
    const r = await ask('KH của SNV Bình Định năm 2022 có mục tiêu đến năm 2040 không?')
    expect(r.text).toMatch(/^Không\. /u)
    expect(r.text).toContain('2040')
    expect(r.text).not.toContain('2022,')
  })

  it('a title asked with more words answers the clause those words choose', async () => {
    const r = await ask('Chế độ báo cáo trong KH Huế 2020: vướng mắc thì báo cáo ai?')
    expect(r.text).toContain('UBND tỉnh')
    expect(r.citations[0]?.section).toBe('V.3')
  })

  it('"nhiệm vụ trọng tâm" is a topic, not the part titled "nhiệm vụ"', () => {
    expect(findSectionReference('tập trung vào những nhiệm vụ trọng tâm nào?')).toBeNull()
  })

  it('"nhiệm vụ" with an agency named stays that agency’s tasks', async () => {
    const r = await ask('Sở Tư pháp Huế có nhiệm vụ gì năm 2020?')
    expect(r.text).toContain('Nhiệm vụ của Sở Tư pháp')
  })
})

describe('units a plan prints but the glossary does not know', () => {
  it('a unit the glossary knows keeps its extracted duties (a department named inside it is not the unit)', async () => {
    const r = await ask('Văn phòng Sở Nội vụ Bình Định có nhiệm vụ gì?')
    expect(r.text).toContain('kế hoạch công tác hằng năm')
    expect(r.citations[0]?.section).toBe('IV.3')
  })

  it('"Báo TT Huế làm gì" answers from the section the unit heads', async () => {
    const r = await ask('Báo TT Huế làm gì?')
    expect(r.found).toBe(true)
    expect(r.text).toContain('gương điển hình')
    expect(r.citations[0]?.section).toBe('IV.8')
  })

  it('a question naming a unit but not asking its tasks is searched, not answered by a sentence that names the unit', async () => {
    const r = await ask('Ban VSTBPN các cấp ở An Giang có phải kiện toàn khi thay đổi nhân sự không?')
    expect(r.text).toContain('kiện toàn nhân sự Ban VSTBPN')
  })

  it('a unit printed inside a sentence ("Ban nữ công") is answered by that sentence, not its department’s tasks', async () => {
    const r = await ask('ban nu cong cua so tai chinh soc trang co nhiem vu gi')
    expect(r.text).toContain('Kiện toàn, củng cố')
    expect(r.citations[0]?.section).toBe('II.2')
  })
})
