import MiniSearch, { type Query } from 'minisearch'
import { ownText } from '../knowledge-base/build-section-tree.js'
import type { Fact, PlanDocument, PlanSection } from '../knowledge-base/plan-document.js'
import type { AnalyzedText, VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { EXACT_PREFIX, FIELD_BOOST, searchIndexOptions, TERM_BOOST } from './search-index-options.js'
import type { SearchEntry, SearchEntryKind } from './search-entry.js'

export interface SearchFilter {
  kinds?: readonly SearchEntryKind[]
  /** Province names as documents write them (old names). */
  provinces?: ReadonlySet<string>
  documentIds?: ReadonlySet<string>
  /** Plans of these years only. */
  years?: ReadonlySet<number>
  agencyId?: string
}

export interface SearchHit {
  entry: SearchEntry
  score: number
  /** Share of the query's content words (weighted by rarity) found in this entry, 0–1. */
  coverage: number
}

interface SavedIndex {
  version: 3
  entries: SearchEntry[]
  documentFrequency: [string, number][]
  documentIds: string[]
  documentPostings: [string, number[]][]
  parts: [string, unknown][]
}

/** How many documents a search looks into when the question does not narrow them down. */
const MAX_DOCUMENTS_PER_SEARCH = 5
/** When the plans have to be ranked first (many in scope), only the best few are searched. */
const MAX_RANKED_DOCUMENTS = 3
const RAREST_TERMS = 8
const COMMON_WORD_SHARE = 0.25
const ENTRY_KINDS: readonly SearchEntryKind[] = ['section', 'deadline', 'duty', 'budget', 'reference']
/**
 * Indexes are kept per province and year (those plans share one vocabulary, so memory stays low,
 * and a question about one province scores few plans) and per kind of entry (a deadline question
 * never scores sections).
 */
const partKey = (partition: string, part: string) => `${partition}|${part}`
const partitionOf = (doc: { id: string; meta: { province: string | null; year: number | null } }) => (doc.meta.province ? `${doc.meta.province}|${doc.meta.year ?? ''}` : `document:${doc.id}`)
/** Two indexes per plan: its sections with the documents it cites, and its short facts. */
const partOf = (kind: SearchEntryKind) => (kind === 'section' || kind === 'reference' ? 'section' : 'fact')
/** Every document has this entry (its metadata travels with each entry). */
const FIRST_ENTRY = 'document'

/**
 * Full-text index over sections and facts (MiniSearch), built once and replaced whole on reload.
 * It is partitioned by province, year and kind: per-document posting lists pick the few plans worth
 * searching, then their province's indexes rank sections or facts. A question scoped to a
 * province therefore costs the same with 5 plans or 1,000.
 *
 * @example
 * const index = PlanIndex.build(documents, analyzer)
 * index.search('hạn báo cáo 6 tháng', { documentIds: new Set(['an-giang-2021-67-kh-ubnd']) })
 */
export class PlanIndex {
  private constructor(
    private readonly documentIds: string[],
    /** Folded word or bigram → indexes into documentIds of the plans that contain it. */
    private readonly documentPostings: Map<string, number[]>,
    private readonly parts: Map<string, MiniSearch<SearchEntry>>,
    private readonly entries: Map<string, SearchEntry>,
    private readonly documentFrequency: Map<string, number>,
    private readonly analyzer: VietnameseAnalyzer,
  ) {}

  static build(planDocuments: PlanDocument[], analyzer: VietnameseAnalyzer): PlanIndex {
    const cache = new Map<string, AnalyzedText>()
    const options = searchIndexOptions(analyzer, cache)
    const parts = new Map<string, MiniSearch<SearchEntry>>()
    const entries = new Map<string, SearchEntry>()
    const df = new Map<string, number>()
    const documentIds: string[] = []
    const documentPostings = new Map<string, number[]>()
    for (const doc of planDocuments) {
      const docEntries = entriesOf(doc)
      for (const e of docEntries) {
        const key = partKey(partitionOf(doc), partOf(e.kind))
        let part = parts.get(key)
        if (!part) parts.set(key, (part = new MiniSearch<SearchEntry>(options)))
        part.add(e)
      }
      for (const e of docEntries) {
        entries.set(e.id, e)
        for (const term of new Set((cache.get(e.text) ?? analyzer.analyze(e.text)).folded)) df.set(term, (df.get(term) ?? 0) + 1)
      }
      const docTerms = new Set<string>()
      for (const e of docEntries) {
        const a = cache.get(e.text) ?? analyzer.analyze(e.text)
        for (const t of a.folded) docTerms.add(t)
        for (const t of a.bigrams) docTerms.add(t)
      }
      for (const t of docTerms) {
        const list = documentPostings.get(t)
        if (list) list.push(documentIds.length)
        else documentPostings.set(t, [documentIds.length])
      }
      documentIds.push(doc.id)
      cache.clear()
    }
    return new PlanIndex(documentIds, documentPostings, parts, entries, df, analyzer)
  }

  /** Restores an index saved with `toJSON` (same analyzer options), skipping the rebuild. */
  static load(json: string, analyzer: VietnameseAnalyzer): PlanIndex {
    const saved = JSON.parse(json) as SavedIndex
    if (saved.version !== 3) throw new Error(`unsupported index version ${String(saved.version)}`)
    const options = searchIndexOptions(analyzer)
    const parts = new Map(saved.parts.map(([id, part]): [string, MiniSearch<SearchEntry>] => [id, MiniSearch.loadJS<SearchEntry>(part as never, options)]))
    return new PlanIndex(saved.documentIds, new Map(saved.documentPostings), parts, new Map(saved.entries.map((e) => [e.id, e])), new Map(saved.documentFrequency), analyzer)
  }

  toJSON(): SavedIndex {
    return {
      version: 3,
      entries: [...this.entries.values()],
      documentFrequency: [...this.documentFrequency],
      documentIds: this.documentIds,
      documentPostings: [...this.documentPostings],
      parts: [...this.parts].map(([id, part]) => [id, part.toJSON()]),
    }
  }

  get size(): number {
    return this.entries.size
  }

  /**
   * How much a folded word tells entries apart: log(entries / entries with it) + 1, and 0 for a word
   * in more than a quarter of all entries ("bình", "giới", "kế hoạch") — such words never make a match.
   */
  termWeight(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0
    const n = this.entries.size + 1
    return df > n * COMMON_WORD_SHARE ? 0 : Math.log(n / (df + 1)) + 1
  }

  /** The plans' vocabulary contains this folded word. */
  knows(term: string): boolean {
    return this.documentFrequency.has(term)
  }

  search(query: string, filter: SearchFilter = {}, limit = 10): SearchHit[] {
    const analyzed = this.analyzer.analyze(query)
    if (!analyzed.folded.length) return []
    const lastExact = analyzed.exact.at(-1)
    const lastFolded = analyzed.folded.at(-1)
    // Each kind of term is looked up only where it can match: marked syllables ("=báo") in the text,
    // folded ones (with typo tolerance) in "folded" and headings, bigrams in "bigrams" and headings.
    // Words found in a large share of all entries ("bình", "giới", "kế hoạch") cost the most to
    // score and tell entries apart the least: their bigrams carry the phrase instead.
    const common = this.commonWords(analyzed.folded)
    const exact = [...new Set(analyzed.exact.filter((_, i) => !common.has(analyzed.folded[i]!)))]
    const folded = [...new Set(analyzed.folded.filter((w) => !common.has(w)))]
    const bigrams = [...new Set(analyzed.bigrams)]
    // Typo tolerance and prefix completion only for words the plans do not contain as typed:
    // a known word needs neither, and skipping them keeps searches fast.
    const known = (term: string) => this.documentFrequency.has(term)
    const lastWord = (term: string) => (term === lastExact || term === lastFolded) && term.length >= 3 && !/\d/.test(term) && !known(foldDiacritics(term))
    const fuzzy = (term: string) => (term.length >= 6 && !/[\d/]/.test(term) && !known(term) ? 0.2 : false)
    const queries: Query[] = [{ queries: folded, fields: ['text', 'heading'], fuzzy, prefix: lastWord }]
    // Marked syllables rank exact spellings first; unmarked queries have nothing to add there.
    const marked = exact.filter((t) => t !== foldDiacritics(t)).map((t) => EXACT_PREFIX + t)
    if (marked.length) queries.push({ queries: marked, fields: ['text'], boostTerm: () => TERM_BOOST.exact })
    if (bigrams.length) queries.push({ queries: bigrams, fields: ['text', 'heading'], boostTerm: () => TERM_BOOST.bigram })
    const options = {
      // Terms are analyzed already: no further splitting ("binh_dang", "67/kh-ubnd") or folding.
      tokenize: (t: string) => [t],
      processTerm: (t: string) => t,
      boost: FIELD_BOOST,
      filter: (r: { id: unknown }) => this.accepts(this.entries.get(r.id as string), filter),
    }
    const parts = [...new Set((filter.kinds ?? ENTRY_KINDS).map(partOf))]
    const candidates = this.candidateDocuments(folded, bigrams, filter)
    const wanted = new Set(candidates)
    const partitions = [...new Set(candidates.map((id) => this.partitionOfDocument(id)))]
    const results = partitions.flatMap((partition) =>
      parts.flatMap(
        (part) =>
          this.parts
            .get(partKey(partition, part))
            ?.search({ combineWith: 'OR', queries }, { ...options, filter: (r) => wanted.has(this.entries.get(r.id as string)?.documentId ?? '') && options.filter(r) })
            .slice(0, limit) ?? [],
      ),
    )
    results.sort((a, b) => b.score - a.score)
    const words = [...new Set(analyzed.folded)]
    return results.slice(0, limit).map((r) => {
      const entry = this.entries.get(r.id as string)!
      // Common words were not searched; they occur in a quarter of all entries and count as found.
      return { entry, score: r.score, coverage: this.coverage(words, analyzed, new Set([...r.queryTerms, ...common])) }
    })
  }

  /**
   * The documents worth searching: all of those in scope when they are few; otherwise the ones
   * sharing the query's rarest words (at most RAREST_TERMS posting lists are read, so the cost
   * stays bounded however many plans are loaded).
   */
  private candidateDocuments(folded: string[], bigrams: string[], filter: SearchFilter): string[] {
    const first = (id: string) => this.entries.get(`${id}#s#${FIRST_ENTRY}`)
    const inScope = (id: string) =>
      (!filter.documentIds || filter.documentIds.has(id)) &&
      (!filter.provinces || filter.provinces.has(first(id)?.province ?? '')) &&
      (!filter.years || filter.years.has(first(id)?.year ?? -1))
    const narrowed = Boolean(filter.provinces || filter.years)
    if (filter.documentIds && filter.documentIds.size <= MAX_DOCUMENTS_PER_SEARCH && !narrowed) return [...filter.documentIds]
    if (!filter.documentIds && !narrowed && this.documentIds.length <= MAX_DOCUMENTS_PER_SEARCH) return this.documentIds
    const n = this.documentIds.length
    const terms = [...folded, ...bigrams]
      .map((t) => ({ t, postings: this.documentPostings.get(t) }))
      .filter((x): x is { t: string; postings: number[] } => Boolean(x.postings))
      .sort((a, b) => a.postings.length - b.postings.length)
      .slice(0, RAREST_TERMS)
    const scores = new Map<number, number>()
    for (const { postings } of terms) {
      const idf = Math.log(1 + n / postings.length)
      for (const d of postings) scores.set(d, (scores.get(d) ?? 0) + idf)
    }
    const ranked = [...scores].sort((a, b) => b[1] - a[1]).map(([d]) => this.documentIds[d]!)
    const picked = ranked.filter(inScope).slice(0, MAX_RANKED_DOCUMENTS)
    if (picked.length < MAX_RANKED_DOCUMENTS && filter.documentIds) {
      for (const id of filter.documentIds) if (picked.length < MAX_RANKED_DOCUMENTS && !picked.includes(id) && inScope(id)) picked.push(id)
    }
    return picked
  }

  private partitionOfDocument(documentId: string): string {
    const first = this.entries.get(`${documentId}#s#${FIRST_ENTRY}`)
    return first ? partitionOf({ id: documentId, meta: { province: first.province, year: first.year } }) : documentId
  }

  private accepts(entry: SearchEntry | undefined, f: SearchFilter): boolean {
    if (!entry) return false
    if (f.kinds && !f.kinds.includes(entry.kind)) return false
    if (f.provinces && !(entry.province && f.provinces.has(entry.province))) return false
    if (f.documentIds && !f.documentIds.has(entry.documentId)) return false
    if (f.years && !(entry.year !== null && f.years.has(entry.year))) return false
    if (f.agencyId && !entry.agencyIds.includes(f.agencyId)) return false
    return true
  }

  /** Query words present in more than a quarter of all entries, kept out when at least two rarer words remain. */
  private commonWords(words: string[]): Set<string> {
    const limit = (this.entries.size + 1) * COMMON_WORD_SHARE
    const common = new Set(words.filter((w) => (this.documentFrequency.get(w) ?? 0) > limit))
    return new Set(words).size - common.size >= 2 ? common : new Set()
  }

  /** Rarity-weighted share of query words matched: "giá vàng hôm nay" matches almost nothing rare. */
  private coverage(words: string[], analyzed: ReturnType<VietnameseAnalyzer['analyze']>, matched: Set<string>): number {
    if (!words.length) return 0
    const n = this.entries.size + 1
    let total = 0
    let found = 0
    for (const word of words) {
      const weight = Math.log(n / ((this.documentFrequency.get(word) ?? 0) + 1)) + 1
      total += weight
      const exactForms = analyzed.exact.filter((_, i) => analyzed.folded[i] === word)
      if (matched.has(word) || exactForms.some((e) => matched.has(EXACT_PREFIX + e))) found += weight
    }
    return found / total
  }
}

function entriesOf(doc: PlanDocument): SearchEntry[] {
  const base = { documentId: doc.id, province: doc.meta.province, provinceNow: doc.meta.provinceNow, year: doc.meta.year }
  const out: SearchEntry[] = [{ ...base, id: `${doc.id}#s#${FIRST_ENTRY}`, kind: 'section', section: '', agencyIds: [], factIndex: null, text: '', heading: '' }]
  const walk = (sections: PlanSection[], path: string[]) => {
    for (const s of sections) {
      // Long numbered paragraphs are not headings: keep what stands before ":" and at most 80 characters.
      const headingPath = [...path, s.heading.split(':')[0]!.slice(0, 80)].filter(Boolean)
      out.push({ ...base, id: `${doc.id}#s#${s.path}`, kind: 'section', section: s.path, agencyIds: [], factIndex: null, text: [...path, ...ownText(s)].join('\n'), heading: headingPath.join('\n') })
      walk(s.children, headingPath)
    }
  }
  walk(doc.sections, [])
  if (doc.preamble.length) out.push({ ...base, id: `${doc.id}#s#preamble`, kind: 'section', section: 'preamble', agencyIds: [], factIndex: null, text: doc.preamble.join('\n'), heading: 'căn cứ' })
  doc.facts.forEach((fact, i) => {
    out.push({ ...base, id: `${doc.id}#f#${i}`, kind: fact.type, section: fact.section, agencyIds: fact.type === 'duty' && fact.agencyId ? [fact.agencyId] : [], factIndex: i, text: factText(fact), heading: fact.type === 'duty' ? fact.agency : '' })
  })
  return out
}

function factText(fact: Fact): string {
  switch (fact.type) {
    case 'deadline':
      return [fact.action, fact.actors.join(', '), fact.recipient ?? '', fact.quote].join('\n')
    case 'duty':
      return `${fact.agency}\n${fact.task}`
    case 'budget':
      return `kinh phí ${fact.level ?? ''} ${fact.amount}`
    case 'reference':
      return `${fact.docType} số ${fact.number} ${fact.issuer ?? ''} ${fact.title ?? ''}`
  }
}
