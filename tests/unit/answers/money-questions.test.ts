import { describe, expect, it } from 'vitest'
import { testAssistant } from '../../helpers/test-assistant.js'

const body = (text: string) => text.split('\n').filter((l) => !l.startsWith('Nếu bạn'))

describe('money asked about an agency that acts', () => {
  it('"có phải tự bố trí kinh phí không" is answered by that agency’s own money task', async () => {
    const r = (await testAssistant()).ask('Ở Huế UBND các huyện có phải tự lo kinh phí cho công tác bình đẳng giới không')
    expect(r.text).toContain('bố trí kinh phí')
    expect(r.citations[0]).toMatchObject({ province: 'Thừa Thiên Huế', section: 'IV.9' })
  })

  it('an agency with no money task leaves the question to the funding clause', async () => {
    const r = (await testAssistant()).ask('Sở Tư pháp An Giang có phải tự lập dự toán kinh phí BĐG hằng năm không')
    expect(r.citations[0]).toMatchObject({ section: 'III' })
  })

  it('an amount for an agency is still a figure ("kinh phí cho UBND cấp huyện")', async () => {
    expect(body((await testAssistant()).ask('Kinh phí BĐG dành cho UBND cấp huyện ở An Giang là bao nhiêu?').text)[0]).toContain('150 triệu')
  })
})

describe('money for a cited plan is said by the plan citing it', () => {
  it('"kinh phí triển khai KH 13 bố trí theo nguyên tắc nào" is the Sóc Trăng plan’s funding part, not the cited plan', async () => {
    const r = (await testAssistant()).ask('Sóc Trăng bố trí tiền để thực hiện KH 13/KH-UBND dựa vào nguyên tắc gì')
    expect(r.text).toContain('khả năng cân đối của ngân sách địa phương')
    expect(r.citations[0]).toMatchObject({ province: 'Sóc Trăng', section: 'III.2' })
  })
})

describe('"mấy triệu", "chi cho … tối thiểu" ask for money', () => {
  it('the floor for a commune is a figure', async () => {
    expect(body((await testAssistant()).ask('xã ở An Giang tối thiểu được mấy triệu cho BĐG').text)[0]).toContain('30 triệu')
  })
})
