import { describe, expect, it } from 'vitest'
import { PlanIndex } from '../../../src/core/search/plan-index.js'
import { VietnameseAnalyzer } from '../../../src/core/text/analyze-vietnamese.js'
import { parsePlanDocument } from '../../../src/core/knowledge-base/parse-plan-document.js'
import { testGlossary, testKnowledgeBase } from '../../helpers/load-test-content.js'

async function seedIndex() {
  const kb = await testKnowledgeBase()
  const analyzer = new VietnameseAnalyzer(kb.glossary.abbreviations)
  return { index: PlanIndex.build(kb.documents, analyzer), analyzer }
}

async function tinyIndex(paragraphs: string[]) {
  const glossary = await testGlossary()
  const text = `An Giang, ngày 1 tháng 1 năm 2024\nKẾ HOẠCH\nThử nghiệm\nI. NỘI DUNG\n${paragraphs.map((p, i) => `${i + 1}. ${p}`).join('\n')}\n`
  const doc = parsePlanDocument(text, { file: 'tiny.txt', glossary })
  const analyzer = new VietnameseAnalyzer(glossary.abbreviations)
  return PlanIndex.build([doc], analyzer)
}

describe('plan index', () => {
  it('finds "báo cáo" when the user types "bao cao"', async () => {
    const { index } = await seedIndex()
    const hits = index.search('bao cao 6 thang', { kinds: ['deadline'], provinces: new Set(['An Giang']) })
    expect(hits[0]?.entry).toMatchObject({ province: 'An Giang', section: 'V.1' })
    expect(hits[0]?.coverage).toBe(1)
  })

  it('ranks the exact diacritics first when the user typed them ("bản" over "ban"/"bàn")', async () => {
    const index = await tinyIndex(['Ban chỉ đạo họp định kỳ.', 'Bàn giao hồ sơ cho đơn vị.', 'Bản cam kết của cán bộ.'])
    expect(index.search('bản', { kinds: ['section'] })[0]!.entry.section).toBe('I.3')
    expect(index.search('bàn', { kinds: ['section'] })[0]!.entry.section).toBe('I.2')
  })

  it('ranks the whole phrase above its syllables scattered', async () => {
    const index = await tinyIndex(['Sở Tư pháp chủ trì tuyên truyền pháp luật.', 'Sở Y tế và tư vấn pháp lý cho người dân.'])
    expect(index.search('Sở Tư pháp', { kinds: ['section'] })[0]!.entry.section).toBe('I.1')
  })

  it('tolerates typos on long words but not on document numbers', async () => {
    const { index } = await seedIndex()
    expect(index.search('truyeenf thong', { kinds: ['section'] }).length).toBeGreaterThan(0)
    const exact = index.search('191/2009/TT-BTC', { kinds: ['reference'] })
    expect(exact[0]?.entry.province).toBe('An Giang')
    expect(index.search('191/2008/TT-BTC', { kinds: ['reference'] }).every((h) => h.coverage < 0.5)).toBe(true)
  })

  it('filters by province, document and agency', async () => {
    const { index } = await seedIndex()
    const hue = index.search('báo cáo', { provinces: new Set(['Thừa Thiên Huế']) }, 50)
    expect(hue.length).toBeGreaterThan(0)
    expect(hue.every((h) => h.entry.province === 'Thừa Thiên Huế')).toBe(true)
    const of2020 = index.search('báo cáo', { years: new Set([2020]) }, 50)
    expect(new Set(of2020.map((h) => h.entry.province))).toEqual(new Set(['Thừa Thiên Huế', 'Sóc Trăng', 'Thanh Hóa']))
    const tuPhap = index.search('tuyên truyền', { kinds: ['duty'], agencyId: 'so-tu-phap' }, 50)
    expect(tuPhap.length).toBeGreaterThan(0)
    expect(tuPhap.every((h) => h.entry.agencyIds.includes('so-tu-phap'))).toBe(true)
  })

  it('reports low coverage for off-topic questions', async () => {
    const { index } = await seedIndex()
    expect(index.search('giá vàng hôm nay')[0]?.coverage ?? 0).toBeLessThan(0.3)
  })

  it('saves to JSON and loads back with the same results', async () => {
    const { index, analyzer } = await seedIndex()
    const loaded = PlanIndex.load(JSON.stringify(index), analyzer)
    const q = 'Sở Giáo dục và Đào tạo trẻ em gái'
    expect(loaded.search(q).map((h) => h.entry.id)).toEqual(index.search(q).map((h) => h.entry.id))
    expect(loaded.size).toBe(index.size)
  })
})

describe('plan index snapshot', () => {
  it('loads a binary snapshot back with the same results, and refuses a damaged one', async () => {
    const { index, analyzer } = await seedIndex()
    const bytes = index.toSnapshot()
    const loaded = PlanIndex.fromSnapshot(bytes, analyzer)
    for (const q of ['Sở Giáo dục và Đào tạo trẻ em gái', 'hạn báo cáo 6 tháng', 'truyeenf thong']) {
      expect(loaded.search(q)).toEqual(index.search(q))
    }
    expect(() => PlanIndex.fromSnapshot(bytes.subarray(0, bytes.length - 100), analyzer)).toThrow(/truncated/)
    expect(() => PlanIndex.fromSnapshot(new TextEncoder().encode('{"version":3}'), analyzer)).toThrow(/snapshot/)
  })

  it('loads a snapshot whose arrays are not aligned in memory (a Buffer from a shared pool)', async () => {
    const { index, analyzer } = await seedIndex()
    const bytes = index.toSnapshot()
    const shifted = new Uint8Array(bytes.length + 3)
    shifted.set(bytes, 3)
    expect(PlanIndex.fromSnapshot(shifted.subarray(3), analyzer).search('kinh phí cấp xã')).toEqual(index.search('kinh phí cấp xã'))
  })
})

describe('plan index scoring', () => {
  // The index replaced one MiniSearch per province-year and kind; within a partition it must rank
  // and score exactly as MiniSearch did with the shared options, or answers would change.
  it('scores as a MiniSearch index of the same partition, typos and completions included', async () => {
    const { default: MiniSearch } = await import('minisearch')
    const { searchIndexOptions, FIELD_BOOST, TERM_BOOST } = await import('../../../src/core/search/search-index-options.js')
    const { entriesOfPlan } = await import('../../../src/core/search/entries-of-plan.js')
    const kb = await testKnowledgeBase()
    const analyzer = new VietnameseAnalyzer(kb.glossary.abbreviations)
    const doc = kb.documents.find((d) => d.meta.province === 'An Giang')!
    const index = PlanIndex.build([doc], analyzer)
    const mini = new MiniSearch(searchIndexOptions(analyzer))
    mini.addAll(entriesOfPlan(doc).filter((e) => e.kind === 'section' || e.kind === 'reference'))
    // [query, its words found in over a quarter of this plan's entries: only their bigrams are searched]
    for (const [q, common] of [
      ['truyen thong', []],
      ['truyeenf', []],
      ['phong chong bao luc gioi', ['gioi']],
      ['tuyen truyenx', []],
    ] as const) {
      const analyzed = analyzer.analyze(q)
      const folded = analyzed.folded.filter((w) => !(common as readonly string[]).includes(w))
      const bigrams = analyzed.bigrams
      const expected = mini.search(
        {
          combineWith: 'OR',
          queries: [
            { queries: [...folded], fields: ['text', 'heading'], fuzzy: (t: string) => (['truyeenf', 'truyenx'].includes(t) ? 0.2 : false), prefix: (t: string) => ['truyeenf', 'truyenx'].includes(t) },
            { queries: [...bigrams], fields: ['text', 'heading'], boostTerm: () => TERM_BOOST.bigram },
          ],
        },
        { tokenize: (t) => [t], processTerm: (t) => t, boost: FIELD_BOOST },
      )
      const hits = index.search(q, { kinds: ['section', 'reference'] }, 1000)
      expect(hits.map((h) => h.entry.id)).toEqual(expected.map((r) => r.id))
      hits.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i]!.score, 6))
    }
  })
})
