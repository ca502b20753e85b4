import { describe, expect, it } from 'vitest'
import { testAssistant } from '../../helpers/test-assistant.js'

const first = (text: string) => text.split('\n')[0]!

describe('when an event happens', () => {
  it('"Ban … họp khi nào" is answered by the sentence about meetings, not a report’s due date', async () => {
    const a = await testAssistant()
    for (const q of ['Huế: Ban VSTBPN họp vào lúc nào vậy', 'ban vstbpn tinh hue hop luc nao']) {
      const r = a.ask(q)
      expect(first(r.text)).toMatch(/^Họp định kỳ hoặc đột xuất/)
      expect(r.citations[0]).toMatchObject({ province: 'Thừa Thiên Huế', section: 'II.6' })
    }
  })

  it('"phối hợp", "tổng hợp" are not meetings', async () => {
    const r = (await testAssistant()).ask('Huế: hạn tổng hợp báo cáo năm gửi UBND tỉnh là ngày nào?')
    expect(first(r.text)).toMatch(/^Trước ngày \d/)
  })
})

describe('content asked naming no agency', () => {
  it('is answered from the plan’s content before the same words in one agency’s duties', async () => {
    const r = (await testAssistant()).ask('Thừa Thiên Huế 2020: truyền thông bình đẳng giới trong lĩnh vực chính trị nhắm tới đại hội Đảng nhiệm kỳ nào')
    expect(r.text).toContain('2020-2025')
    expect(r.citations[0]).toMatchObject({ section: 'II.1' })
  })

  it('"ít nhất mấy hoạt động" asks for a count', async () => {
    const r = (await testAssistant()).ask('Công đoàn Sở Nội vụ Bình Định mỗi năm tổ chức ít nhất mấy hoạt động tuyên truyền')
    expect(r.text).toContain('ít nhất một hoạt động')
  })
})

describe('a list continued after ";"', () => {
  it('keeps its items together ("…, nạn nhân …; nạn nhân bị buôn bán, …")', async () => {
    const r = (await testAssistant()).ask('An Giang: dịch vụ bảo vệ khẩn cấp dành cho các trường hợp nào')
    expect(r.text).toContain('nạn nhân bị xâm hại tình dục')
    expect(r.text).toContain('nạn nhân bị buôn bán')
  })
})

describe('what the date phrase is about', () => {
  it('"báo cáo định kỳ … là ngày nào" asks the reports’ deadlines, not the plan’s issue date', async () => {
    const r = (await testAssistant()).ask('cho em hỏi báo cáo định kỳ 6 tháng theo kế hoạch BĐG 2021 của An Giang là ngày nào ạ')
    expect(r.text).toContain('10/6/2021')
  })

  it('a meeting told as context does not make the question about meetings', async () => {
    const r = (await testAssistant()).ask('Tuần sau họp giao ban ở huyện, An Giang 2021 hạn gửi báo cáo năm là khi nào?')
    expect(r.text).toContain('15/11/2021')
  })
})
