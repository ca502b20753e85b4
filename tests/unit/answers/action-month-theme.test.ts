import { describe, expect, it } from 'vitest'
import { testAssistant } from '../../helpers/test-assistant.js'

describe('the Action Month’s theme, slogan or message', () => {
  it('is not stated by the plans: said so, never answered with the dates', async () => {
    const r = (await testAssistant()).ask('Thông điệp Tháng hành động năm 2020 của Huế là gì vậy')
    expect(r.found).toBe(false)
    expect(r.text).toMatch(/^Các kế hoạch không nêu thông điệp cụ thể của Tháng hành động\./)
    expect(r.text).not.toMatch(/15\/11\/2020/)
    // What the plan does say about it is quoted, with its source.
    expect(r.text).toContain('theo hướng dẫn của Bộ Lao động - Thương binh và Xã hội')
  })

  it('whose guidance the theme follows is asked about a body, not the theme', async () => {
    const r = (await testAssistant()).ask('An Giang xây dựng chủ đề Tháng hành động theo hướng dẫn của cơ quan nào')
    expect(r.found).toBe(true)
    expect(r.text).not.toMatch(/không nêu/)
  })
})

describe('the Action Month by another name', () => {
  it('"đợt cao điểm", "tháng cao điểm" are the Action Month', async () => {
    const r = (await testAssistant()).ask('An Giang năm 2021: tháng cao điểm về bình đẳng giới bắt đầu và kết thúc ngày nào')
    expect(r.text).toContain('15/11/2021')
  })
})
