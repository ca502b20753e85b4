import { describe, expect, it } from 'vitest'
import { VietnameseAnalyzer } from '../../../src/core/text/analyze-vietnamese.js'
import { testGlossary } from '../../helpers/load-test-content.js'

const analyzer = async () => new VietnameseAnalyzer((await testGlossary()).abbreviations)

describe('Vietnamese analyzer', () => {
  it('folds diacritics, keeps the marked form, and treats tone placement alike', async () => {
    const a = await analyzer()
    expect(a.analyze('Ủy ban hoà giải').exact).toEqual(a.analyze('Uỷ ban hòa giải').exact)
    const r = a.analyze('báo cáo')
    expect(r.exact).toEqual(['báo', 'cáo'])
    expect(r.folded).toEqual(['bao', 'cao'])
  })

  it('expands abbreviations so both forms meet', async () => {
    const a = await analyzer()
    expect(a.analyze('Kế hoạch BĐG').folded).toEqual(expect.arrayContaining(['binh', 'dang', 'gioi']))
    expect(a.analyze('Ban VSTBCPN').bigrams).toContain('tien_bo')
    expect(a.analyze('Sở LĐ-TB&XH').folded).toEqual(expect.arrayContaining(['lao', 'dong', 'thuong', 'binh']))
  })

  it('drops function words but keeps content words that fold like them ("cơ quan" is not "có")', async () => {
    const a = await analyzer()
    expect(a.analyze('nhiệm vụ của các cơ quan').folded).toEqual(['nhiem', 'vu', 'co', 'quan'])
    expect(a.analyze('nhiem vu cua cac co quan').folded).toEqual(['nhiem', 'vu', 'co', 'quan'])
  })

  it('keeps document numbers and dates whole and unpads dates', async () => {
    const a = await analyzer()
    const r = a.analyze('Kế hoạch 67/KH-UBND ngày 08/02/2021, ĐT 0373.725.604')
    expect(r.exact).toEqual(expect.arrayContaining(['67/kh-ubnd', '8/2/2021', '0373.725.604']))
  })

  it('builds syllable bigrams for phrase matching', async () => {
    const a = await analyzer()
    expect(a.analyze('Sở Tư pháp').bigrams).toEqual(['so_tu', 'tu_phap'])
  })
})
