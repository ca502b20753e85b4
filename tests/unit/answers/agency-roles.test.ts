import { describe, expect, it } from 'vitest'
import { testAssistant } from '../../helpers/test-assistant.js'

const first = (text: string) => text.split('\n')[0]!

describe('agencies named as those reported to or through are not who acts', () => {
  it('"thông qua cơ quan nào" is answered by the body after "qua" in the plan', async () => {
    const a = await testAssistant()
    for (const q of ['ở An Giang UBND cấp huyện gửi báo cáo kết quả lên tỉnh thông qua cơ quan nào', 'an giang: ubnd huyen bao cao ubnd tinh qua so nao']) {
      const r = a.ask(q)
      expect(first(r.text)).toMatch(/^Sở Lao động - Thương binh và Xã hội: /)
      expect(r.citations[0]).toMatchObject({ province: 'An Giang' })
    }
  })

  it('"gửi UBND tỉnh qua Sở LĐTBXH" chooses the deadline of what is sent that way', async () => {
    const r = (await testAssistant()).ask('Huế: báo cáo năm gửi UBND tỉnh qua Sở LĐTBXH hạn chót ngày nào?')
    expect(first(r.text)).toContain('10/12/2020')
  })

  it('merger words before a province go with it ("An Giang sau khi nhập Kiên Giang")', async () => {
    const r = (await testAssistant()).ask('An Giang sau khi nhập Kiên Giang thì ai vận động các tầng lớp nhân dân thực hiện mục tiêu BĐG')
    expect(first(r.text)).toMatch(/^Ủy ban Mặt trận Tổ quốc/)
  })
})
