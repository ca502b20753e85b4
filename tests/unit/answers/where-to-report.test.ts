import { describe, expect, it } from 'vitest'
import { testAssistant } from '../../helpers/test-assistant.js'

const firstThree = (text: string) => text.split('\n').slice(0, 3).join('\n')

describe('where to report harm, asked in the plans’ words, carries the hotlines on top', () => {
  it('a bystander asking which agency to tell gets 111/113 first, then the plan', async () => {
    const a = await testAssistant()
    for (const q of ['Xin hỏi nếu phát hiện trẻ em bị xâm hại thì báo cho cơ quan nào?', 'thay hoc sinh bi danh thi to giac voi ai', 'Cho danh sách các cơ sở tiếp nhận nạn nhân bạo lực gia đình ở An Giang']) {
      const r = a.ask(q)
      expect(firstThree(r.text), q).toMatch(/11[13]/)
    }
  })

  it('an official asking which agency receives reports keeps the plan answer alone', async () => {
    const r = (await testAssistant()).ask('Kế hoạch An Giang giao cơ quan nào tiếp nhận báo cáo về bạo lực gia đình?')
    expect(firstThree(r.text)).not.toMatch(/☎/)
    expect(r.found).toBe(true)
  })
})
