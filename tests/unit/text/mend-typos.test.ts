import { describe, expect, it } from 'vitest'
import { isVietnameseSyllable, mendTypos, type Vocabulary } from '../../../src/core/text/mend-typos.js'
import { testAssistant } from '../../helpers/test-assistant.js'

const WORDS: Record<string, number> = { hoach: 40, ngay: 90, hop: 20, ghep: 5, giang: 30, gia: 60, thay: 8, tien: 12, nhiem: 15, lam: 25, cua: 80, the: 50 }
const vocabulary: Vocabulary = { knows: (w) => w in WORDS, frequency: (w) => WORDS[w] ?? 0 }

describe('mendTypos', () => {
  it('mends swapped, dropped and doubled letters and Telex keys left in, into words the plans know', () => {
    expect(mendTypos('ke hoahc 461 ky ngya nao', vocabulary)).toBe('ke hoach 461 ky ngay nao')
    expect(mendTypos('so nao huong dan long gehp, tong hpo', vocabulary)).toBe('so nao huong dan long ghep, tong hop')
    expect(mendTypos('An Giag', vocabulary)).toBe('An Giang')
    expect(mendTypos('nhiemm vu, lamf gi, cuar ai', vocabulary)).toBe('nhiem vu, lam gi, cua ai')
  })

  it('never touches a word that can be a Vietnamese syllable, a loanword, an abbreviation or a chat spelling', () => {
    for (const text of ['theo khong trai mua phai', 'help sos alo', 'SNV LĐTBXH KPI', 'ko dc ck', 'sex les trans', 'hoạt đông']) expect(mendTypos(text, vocabulary)).toBe(text)
  })

  it('reads syllables by their onset and rhyme', () => {
    for (const w of ['nghieng', 'khong', 'quyen', 'giuong', 'thuong', 'oanh', 'uong']) expect(isVietnameseSyllable(w)).toBe(true)
    for (const w of ['hoahc', 'ngya', 'tein', 'gehp', 'help', 'dnag']) expect(isVietnameseSyllable(w)).toBe(false)
  })
})

describe('a question with a phone slip is answered as if typed right', () => {
  it('"ke hoahc 461/KH-STC ky ngay nao" gets the plan’s issue date', async () => {
    const r = (await testAssistant()).ask('ke hoahc 461/KH-STC ky ngay nao')
    expect(r.text).toContain('14/02/2020')
    expect(r.citations[0]).toMatchObject({ province: 'Sóc Trăng' })
  })

  it('"bao nhieu tein" asks for an amount', async () => {
    const r = (await testAssistant()).ask('xa o An Giang moi nam duoc bo tri bao nhieu tein cho BDG')
    expect(r.text).toContain('30 triệu đồng/năm')
  })
})

describe('"i" and "y" spellings of one syllable', () => {
  it('"kí/ký", "tỉ/tỷ" find each other', async () => {
    const { unifyIYText } = await import('../../../src/core/text/normalize-vietnamese.js')
    expect(unifyIYText('ai ki ke hoach, ti le, dinh ki')).toBe('ai ky ke hoach, ty le, dinh ky')
    const r = (await testAssistant()).ask('ai kí kế hoạch 461 của Sở Tài chính Sóc Trăng')
    expect(r.text).toContain('Trần Quốc Sở')
  })
})
