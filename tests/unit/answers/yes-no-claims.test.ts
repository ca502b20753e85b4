import { describe, expect, it } from 'vitest'
import { contradictsClaim } from '../../../src/core/answers/check-claim.js'
import { testAssistant } from '../../helpers/test-assistant.js'

const first = (text: string) => text.split('\n')[0]!

describe('a yes/no question whose claim the fact contradicts is answered "Không"', () => {
  it('compares dates, months, periods, shares, amounts, terms of office and deputies', () => {
    expect(contradictsClaim('nộp trước 15/12/2020 phải không', 'Trước ngày 10/12/2020 (đã qua).')).toBe(true)
    expect(contradictsClaim('nộp trước 10/12 phải không', 'Trước ngày 10/12/2020 (đã qua).')).toBe(false)
    expect(contradictsClaim('ban hành tháng 9/2020 đúng không', 'Ngày ban hành: tháng 8 năm 2020')).toBe(true)
    expect(contradictsClaim('giai đoạn 2016-2020 phải không', 'giai đoạn 2015-2020')).toBe(true)
    expect(contradictsClaim('đạt 30% đúng không', 'đạt 30% trở lên')).toBe(false)
    expect(contradictsClaim('khoa XIV phai ko', 'Quốc hội Khóa XV')).toBe(true)
    expect(contradictsClaim('do Phó Giám đốc ký phải không', 'Người ký: Lê Minh Tuấn, Giám đốc.')).toBe(true)
    expect(contradictsClaim('do Phó Giám đốc ký phải không', 'Người ký: Trần Quốc Sở, Phó Giám đốc (KT. Giám đốc).')).toBe(false)
  })

  it('a claim the fact does not speak of decides nothing', () => {
    expect(contradictsClaim('nộp trước 15/12/2020 phải không', 'Báo cáo UBND tỉnh kết quả thực hiện.')).toBe(false)
  })

  it('replies "Không" then the fact, and "Có" when the fact agrees', async () => {
    const a = await testAssistant()
    const no = a.ask('Ở Huế các huyện gửi báo cáo năm trước ngày 20/12/2020 đúng không?')
    expect(first(no.text)).toMatch(/^Không\. .*10\/12\/2020/)
    const yes = a.ask('Ở Huế các huyện gửi báo cáo năm trước ngày 10/12/2020 đúng không?')
    expect(first(yes.text)).toMatch(/^Có\. /)
    expect(first(a.ask('So TTTT An Giang truyen thong huong toi bau cu Quoc hoi khoa XIV phai ko').text)).toMatch(/^Không\. /)
  })
})
