import { describe, expect, it } from 'vitest'
import { namesPerson } from '../../../src/core/text/find-person-name.js'

describe('namesPerson', () => {
  it.each(['KT. CHỦ TỊCH, PHÓ CHỦ TỊCH Lê Văn Phước', 'gửi đồng chí Nguyễn Dung', 'ông Lò Văn Pâng ký'])('finds the name in "%s"', (text) => {
    expect(namesPerson(text)).toBe(true)
  })

  it.each(['Giao Phòng Quản lý Ngân sách tham mưu', 'Ban Giám đốc Sở Lao động', 'Hội Liên hiệp Phụ nữ Tỉnh'])('a title-cased unit is not a person: "%s"', (text) => {
    expect(namesPerson(text)).toBe(false)
  })
})
