import { describe, expect, it } from 'vitest'
import { testAssistant, vietnamDay } from '../../helpers/test-assistant.js'

describe('assistant answers (questions beyond the eval set)', () => {
  it('puts the due date first, with the time left relative to now', async () => {
    const a = await testAssistant()
    const past = a.ask('Hạn xây dựng kế hoạch BĐG ở An Giang?', { now: vietnamDay('2026-11-24') })
    expect(past.text.split('\n')[0]).toBe('Trước ngày 25/3/2021 (đã qua).')
    const before = a.ask('Hạn xây dựng kế hoạch BĐG ở An Giang?', { now: vietnamDay('2021-03-20') })
    expect(before.text.split('\n')[0]).toBe('Trước ngày 25/3/2021 (còn 5 ngày).')
    expect(before.citations[0]).toMatchObject({ province: 'An Giang', number: '67/KH-UBND', date: '2021-02-08', section: 'V.1', issuer: 'UBND tỉnh' })
    expect(before.text).toContain('Nguồn: Kế hoạch 67/KH-UBND ngày 08/02/2021 của UBND tỉnh An Giang, mục V.1')
  })

  it('understands abbreviations and agency spelling variants', async () => {
    const a = await testAssistant()
    const r = a.ask('Sở LĐ-TB&XH An Giang báo cáo UBND tỉnh trước ngày nào?')
    expect(r.text).toContain('25/11/2021')
    expect(r.text).toContain('Sở Nội vụ') // successor note
  })

  it('uses the province remembered for the chat when the question names none', async () => {
    const a = await testAssistant()
    const r = a.ask('hạn báo cáo 6 tháng', { province: 'Thừa Thiên Huế' })
    expect(r.text).toContain('10/6/2020')
    expect(r.citations[0]?.province).toBe('Thừa Thiên Huế')
  })

  it('offers province buttons when several plans answer and none was named', async () => {
    const a = await testAssistant()
    const r = a.ask('Sở Tư pháp có nhiệm vụ gì?')
    expect(r.found).toBe(true)
    expect(r.buttons?.map((b) => b.label)).toEqual(expect.arrayContaining(['An Giang', 'Thừa Thiên Huế']))
    expect(r.text).toMatch(/tỉnh nào/)
  })

  it('asks which province when several plans set such a deadline and none was named', async () => {
    const r = (await testAssistant()).ask('Hạn báo cáo 6 tháng là ngày nào?')
    expect(r.text).toBe('Hạn này có trong kế hoạch của: An Giang (10/6/2021), Thừa Thiên Huế (10/6/2020). Bạn muốn hỏi tỉnh nào?')
    expect(r.buttons?.map((b) => b.label)).toEqual(['An Giang', 'Thừa Thiên Huế'])
    expect(r.citations.map((c) => [c.province, c.section])).toEqual([
      ['An Giang', 'V.1'],
      ['Thừa Thiên Huế', 'V.1'],
    ])
  })

  it('maps a new province name to the old plans it now covers, saying so', async () => {
    const a = await testAssistant()
    const r = a.ask('Văn phòng Sở Tài chính Cần Thơ có nhiệm vụ gì?')
    expect(r.citations[0]?.province).toBe('Sóc Trăng')
    expect(r.text).toContain('nay thuộc thành phố Cần Thơ')
    const hue = a.ask('Hạn báo cáo năm ở Huế?')
    expect(hue.text).toContain('nay là thành phố Huế')
  })

  it('is honest about provinces and years that are not loaded', async () => {
    const a = await testAssistant()
    const hanoi = a.ask('Hạn báo cáo bình đẳng giới của Đà Nẵng?')
    expect(hanoi).toMatchObject({ found: false, citations: [] })
    expect(hanoi.text).toContain('Đà Nẵng')
    // A year no plan covers is answered from the closest plan, saying so (issue 10).
    const year = a.ask('Kế hoạch bình đẳng giới năm 2024 của An Giang có hạn báo cáo nào?')
    expect(year.citations[0]?.province).toBe('An Giang')
    expect(year.text).toContain('năm 2024')
    expect(year.text).toContain('năm 2021')
    expect(a.ask('Công thức nấu phở bò ngon nhất?').found).toBe(false)
  })

  it("never presents another province's plan as the one asked about", async () => {
    const a = await testAssistant()
    const r = a.ask('Sở Tư pháp Bình Định có nhiệm vụ gì?')
    if (r.found) expect(r.citations.every((c) => c.province === 'Bình Định')).toBe(true)
  })

  it("says so when a province's plans give a named agency no tasks", async () => {
    const a = await testAssistant()
    const r = a.ask('Sở Tư pháp Bình Định có nhiệm vụ gì?')
    expect(r).toMatchObject({ found: false, citations: [] })
    expect(r.text).toContain('không giao nhiệm vụ riêng cho Sở Tư pháp')
    expect(a.ask('Sở Y tế Huế phải làm gì?').citations[0]).toMatchObject({ province: 'Thừa Thiên Huế', section: 'IV.7' })
  })

  it('finds a legal document by its number alone and shows its fullest citation', async () => {
    const r = (await testAssistant()).ask('Quyết định 1696 nói về gì?')
    expect(r.text.split('\n')[0]).toMatch(/^Quyết định số 1696\/QĐ-TTg ngày 2\/10\/2015 của Thủ tướng Chính phủ phê duyệt Chương trình hành động quốc gia/)
  })

  it("reads a target year as a target, not as the plan's year", async () => {
    const r = (await testAssistant()).ask('Bình Định đặt mục tiêu bao nhiêu phần trăm cán bộ nữ trong quy hoạch năm 2030?')
    expect(r.found).toBe(true)
    expect(r.text).toContain('40%')
  })

  it("outlines a province's plan when asked what it contains", async () => {
    const r = (await testAssistant()).ask('Kế hoạch bình đẳng giới của An Giang có những nội dung gì?')
    const [title, first, second] = r.text.split('\n')
    expect(title).toBe('Kế hoạch “Hoạt động Vì sự tiến bộ của phụ nữ và bình đẳng giới năm 2021” gồm 5 phần:')
    expect(first).toMatch(/^• I\. Mục đích, yêu cầu: Tăng cường sự lãnh đạo/)
    expect(second).toMatch(/^• II\. Nội dung thực hiện: Tuyên truyền, phổ biến/)
    expect(r.citations[0]).toMatchObject({ province: 'An Giang', number: '67/KH-UBND' })
  })

  it('does not take "tiến bộ" for money', async () => {
    expect((await testAssistant()).ask('Ban vì sự tiến bộ của phụ nữ Huế cần làm gì?').intent).not.toBe('budget')
  })

  it('answers budget figures per level', async () => {
    const a = await testAssistant()
    const r = a.ask('kinh phi binh dang gioi cap huyen o an giang')
    expect(r.intent).toBe('budget')
    expect(r.text.split('\n')[0]).toContain('150 triệu')
  })

  it('routes danger to hotlines first, never silence', async () => {
    const a = await testAssistant()
    const r = a.ask('cứu tôi, chồng tôi đang đánh tôi')
    expect(r.intent).toBe('shelter')
    expect(r.text.split('\n').slice(0, 3).join(' ')).toMatch(/113/)
    expect(r.text).toContain('111')
  })

  it('greets and helps with example buttons', async () => {
    const a = await testAssistant()
    expect(a.ask('xin chào').intent).toBe('greeting')
    expect(a.ask('/help').buttons?.length).toBeGreaterThan(0)
  })
})

describe('bad input returns a sensible reply fast and never throws', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['whitespace', '   \n\t  '],
    ['10,000 characters', 'báo cáo '.repeat(1250)],
    ['emoji only', '😀😡🙏🏽👨‍👩‍👧'],
    ['control characters', '\u0000\u0001\u0007hạn\u001b[31m báo cáo'],
    ['zero-width', 'h\u200bạ\u200cn b\u200dáo c\ufeffáo An Giang'],
    ['regex metacharacters', '.*+?^${}()|[]\\ (a+)+$'],
    ['SQL injection', "'; DROP TABLE chats; -- hạn báo cáo"],
    ['HTML injection', '<script>alert(1)</script><b>Sở Tư pháp</b>'],
    ['mixed scripts', 'Сở Тư pháp 你好 مرحبا báo cáo'],
    ['numbers only', '1234567890/////----'],
  ]
  it.each(cases)('%s', async (_name, input) => {
    const a = await testAssistant()
    const started = performance.now()
    const reply = a.ask(input)
    const elapsed = performance.now() - started
    expect(typeof reply.text).toBe('string')
    expect(reply.text.length).toBeGreaterThan(0)
    expect(Array.isArray(reply.citations)).toBe(true)
    expect(reply.text).not.toContain('<script>')
    expect(elapsed).toBeLessThan(500) // generous bound for CI noise; the benchmark measures latency properly
  })
})
