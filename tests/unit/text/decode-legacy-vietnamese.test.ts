import { describe, expect, it } from 'vitest'
import { decodeLegacyVietnamese } from '../../../src/core/text/decode-legacy-vietnamese.js'

/** Strings as the legacy fonts store them (TCVN3 ".VnTime", VNI-Times), read as Latin-1. */
describe('legacy Vietnamese encodings', () => {
  it('converts TCVN3, capitals-font lines included', () => {
    expect(decodeLegacyVietnamese('Céng hßa x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nKÕ HO¹CH thùc hiÖn c«ng t¸c n¨m 2021')).toEqual({
      text: 'Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nKế HOạCH thực hiện công tác năm 2021',
      encoding: 'tcvn3',
    })
    expect(decodeLegacyVietnamese('KÕ HO¹CH\nc¸c së, ngµnh cña tØnh').text).toBe('KẾ HOẠCH\ncác sở, ngành của tỉnh')
  })

  it('converts VNI', () => {
    expect(decodeLegacyVietnamese('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\nKEÁ HOAÏCH cuûa tænh, ngöôøi daân')).toEqual({
      text: 'Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH của tỉnh, người dân',
      encoding: 'vni',
    })
  })

  it('leaves Unicode text alone', () => {
    const text = 'Kế hoạch của tỉnh về công tác bình đẳng giới năm 2025'
    expect(decodeLegacyVietnamese(text)).toEqual({ text, encoding: 'unicode' })
  })
})
