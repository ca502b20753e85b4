import { describe, expect, it } from 'vitest'
import { testAssistant } from '../../helpers/test-assistant.js'

const first = (text: string) => text.split('\n')[0]!

describe('a chatty message is read from its question on', () => {
  it('the context before "cho em hỏi" does not steer the answer ("họp", "lãnh đạo")', async () => {
    const r = (await testAssistant()).ask('Mai em họp với lãnh đạo, cho em hỏi kế hoạch năm 2020 của Huế thì ai đứng ra lo việc tổ chức Tháng hành động ạ')
    expect(first(r.text)).toMatch(/^Sở Lao động - Thương binh và Xã hội: /)
  })

  it('when the question alone finds nothing, the whole message is read', async () => {
    const r = (await testAssistant()).ask('Về mô hình địa chỉ tin cậy ở Huế, cho em hỏi đặt ở những xã nào?')
    expect(r.found).toBe(true)
  })
})
