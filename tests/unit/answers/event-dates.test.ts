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
