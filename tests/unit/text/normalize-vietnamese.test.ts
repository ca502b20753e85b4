import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalize, foldDiacritics, hasDiacritics } from '../../../src/core/text/normalize-vietnamese.js'

describe('Vietnamese folding', () => {
  it.each([
    ['hoà', 'hòa'],
    ['uỷ ban', 'ủy ban'],
    ['thuỷ', 'thủy'],
    ['khoẻ', 'khỏe'],
    ['Thanh Hoá', 'thanh hóa'],
    ['QUẢ', 'quả'],
  ])('treats old and new tone placement as one word: %s → %s', (input, expected) => {
    expect(canonicalize(input)).toBe(expected)
    expect(canonicalize(expected)).toBe(expected)
  })

  it('keeps diacritics apart in canonical form but folds them away on request', () => {
    expect(canonicalize('bản')).not.toBe(canonicalize('ban'))
    expect(foldDiacritics('Bình Đẳng Giới')).toBe('binh dang gioi')
    expect(foldDiacritics('đ Đ')).toBe('d d')
  })

  it('treats decomposed (NFD) input like composed input', () => {
    expect(canonicalize('Hòa'.normalize('NFD'))).toBe('hòa')
    expect(foldDiacritics('Hòa'.normalize('NFD'))).toBe('hoa')
  })

  it('removes zero-width and control characters', () => {
    expect(foldDiacritics('b\u200bá\u0007o c\ufeffáo')).toBe('bao cao')
  })

  it('knows when the user typed diacritics', () => {
    expect(hasDiacritics('báo cáo')).toBe(true)
    expect(hasDiacritics('bao cao')).toBe(false)
  })

  it('is idempotent and never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const once = canonicalize(s)
        expect(canonicalize(once)).toBe(once)
        expect(foldDiacritics(foldDiacritics(s))).toBe(foldDiacritics(s))
      }),
    )
  })
})
