import type { PlanDocument } from '../knowledge-base/plan-document.js'
import { unmarkedFunctionWords, type VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { buildIndexData } from './build-index-data.js'
import { ENTRY_KINDS, entryAt, type IndexData, kindPartOf } from './index-data.js'
import { decodeSnapshot, encodeSnapshot } from './index-snapshot.js'
import { lowerBound } from './posting-lists.js'
import { scoreEntries, type TermMatch } from './score-entries.js'
import { EXACT_PREFIX, FIELD_BOOST, SEARCH_FIELDS, TERM_BOOST } from './search-index-options.js'
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

/** The JSON form (`JSON.stringify(index)`): the binary snapshot in base64, for small indexes and tests. */
interface SavedIndex {
  version: 4
  snapshot: string
}

/** Documents sharing a query's rare terms, in the order the posting lists meet them, and their scores. */
interface MetDocuments {
  documents: number[]
  scores: number[]
}

/** How many documents a search looks into when the question does not narrow them down. */
const MAX_DOCUMENTS_PER_SEARCH = 5
/** When the plans have to be ranked first (many in scope), only the best few are searched. */
const MAX_RANKED_DOCUMENTS = 3
const RAREST_TERMS = 8
const COMMON_WORD_SHARE = 0.25
/** MiniSearch's weights for completions and near spellings, and its cap on edits. */
const PREFIX_WEIGHT = 0.375
const FUZZY_WEIGHT = 0.45
const MAX_FUZZY = 6
const TEXT = SEARCH_FIELDS.indexOf('text')
const HEADING = SEARCH_FIELDS.indexOf('heading')
const FIELD_BOOSTS = SEARCH_FIELDS.map((f) => FIELD_BOOST[f])

/**
 * Full-text index over sections and facts, built once and replaced whole on reload.
 *
 * It is read-only and flat (see `IndexData`): one sorted dictionary shared by all plans, posting
 * lists in typed arrays, entry texts as UTF-8 outside the JS heap. Scoring is per partition
 * (province + year) and kind, as separate MiniSearch indexes of each would score: per-document
 * posting lists pick the few plans worth searching, and only their postings are scored. A
 * question scoped to a province therefore costs the same with 5 plans or 10,000.
 *
 * @example
 * const index = PlanIndex.build(documents, analyzer)
 * index.search('hạn báo cáo 6 tháng', { documentIds: new Set(['an-giang-2021-67-kh-ubnd']) })
 */
export class PlanIndex {
  private readonly documentIndex: Map<string, number>

  private constructor(
    private readonly data: IndexData,
    private readonly analyzer: VietnameseAnalyzer,
  ) {
    this.documentIndex = new Map(data.documents.ids.map((id, i) => [id, i]))
  }

  static build(planDocuments: PlanDocument[], analyzer: VietnameseAnalyzer): PlanIndex {
    return new PlanIndex(buildIndexData(planDocuments, analyzer), analyzer)
  }

  /** Restores an index from `toSnapshot` (same analyzer), reading its arrays in place. Throws on a damaged or older snapshot. */
  static fromSnapshot(bytes: Uint8Array, analyzer: VietnameseAnalyzer): PlanIndex {
    return new PlanIndex(decodeSnapshot(bytes), analyzer)
  }

  /** Restores an index saved with `toJSON` (same analyzer), skipping the rebuild. */
  static load(json: string, analyzer: VietnameseAnalyzer): PlanIndex {
    const saved = JSON.parse(json) as SavedIndex
    if (saved.version !== 4) throw new Error(`unsupported index version ${String(saved.version)}`)
    return PlanIndex.fromSnapshot(
      Uint8Array.from(atob(saved.snapshot), (c) => c.charCodeAt(0)),
      analyzer,
    )
  }

  /** The compact binary form, a few bytes per posting; what the DATA_DIR cache stores. */
  toSnapshot(): Uint8Array {
    return encodeSnapshot(this.data)
  }

  toJSON(): SavedIndex {
    const bytes = this.toSnapshot()
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
    return { version: 4, snapshot: btoa(binary) }
  }

  get size(): number {
    return this.data.entries.document.length
  }

  /**
   * How much a folded word tells entries apart: log(entries / entries with it) + 1, and 0 for a word
   * in more than a quarter of all entries ("bình", "giới", "kế hoạch") — such words never make a match.
   */
  termWeight(term: string): number {
    const df = this.frequencyOf(term)
    const n = this.size + 1
    return df > n * COMMON_WORD_SHARE ? 0 : Math.log(n / (df + 1)) + 1
  }

  /** The share of all plans whose text holds this folded word or bigram ("bao_cao"): 0 when none does. */
  planShare(term: string): number {
    const id = this.data.dictionary.idOf(term)
    const n = this.data.documents.ids.length
    if (id < 0 || n === 0) return 0
    const { offsets } = this.data.documentPostings
    return (offsets[id + 1]! - offsets[id]!) / n
  }

  /** How many entries hold this folded word (0 when none does). */
  frequency(term: string): number {
    return this.frequencyOf(term)
  }

  /** The plans' vocabulary contains this folded word. */
  knows(term: string): boolean {
    return this.data.dictionary.idOf(term) >= 0
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
    const known = (term: string) => this.frequencyOf(term) > 0
    const lastWord = (term: string) => (term === lastExact || term === lastFolded) && term.length >= 3 && !/\d/.test(term) && !known(foldDiacritics(term))
    const fuzzy = (term: string) => (term.length >= 6 && !/[\d/]/.test(term) && !known(term) ? 0.2 : 0)
    // Marked syllables rank exact spellings first; unmarked queries have nothing to add there.
    const marked = exact.filter((t) => t !== foldDiacritics(t)).map((t) => EXACT_PREFIX + t)
    const matches = [...folded.flatMap((t) => this.termMatches(t, [TEXT, HEADING], 1, lastWord(t), fuzzy(t))), ...marked.flatMap((t) => this.termMatches(t, [TEXT], TERM_BOOST.exact, false, 0)), ...bigrams.flatMap((t) => this.termMatches(t, [TEXT, HEADING], TERM_BOOST.bigram, false, 0))]
    const kindParts = [...new Set((filter.kinds ?? ENTRY_KINDS).map(kindPartOf))]
    const byPartition = new Map<number, number[]>()
    for (const id of this.candidateDocuments(folded, bigrams, filter)) {
      const d = this.documentIndex.get(id)
      if (d === undefined) continue
      const p = this.data.documents.partition[d]!
      byPartition.set(p, [...(byPartition.get(p) ?? []), d])
    }
    const results: { entry: number; score: number; terms: string[] }[] = []
    const { ranges } = this.data.documents
    for (const [partition, documents] of byPartition) {
      for (const kindPart of kindParts) {
        const entryRanges = documents.map((d): [number, number] => [ranges[d * 4 + kindPart * 2]!, ranges[d * 4 + kindPart * 2 + 1]!]).sort((a, b) => a[0] - b[0])
        const partResults: typeof results = []
        for (const [entry, r] of scoreEntries(this.data, partition * 2 + kindPart, entryRanges, matches, FIELD_BOOSTS)) {
          // Like MiniSearch: an entry matching more of the query's terms is multiplied up.
          if (this.accepts(entry, filter)) partResults.push({ entry, score: r.score * (r.terms.length || 1), terms: r.terms })
        }
        partResults.sort((a, b) => b.score - a.score)
        results.push(...partResults.slice(0, limit))
      }
    }
    results.sort((a, b) => b.score - a.score)
    // "ve" typed for "về" tells nothing; as a rare word it would sink every passage's coverage.
    const functionWords = unmarkedFunctionWords(this.analyzer.tokens(query), (t) => this.knows(t))
    const words = [...new Set(analyzed.folded)].filter((w) => !functionWords.has(w))
    return results.slice(0, limit).map((r) => {
      // Common words were not searched; they occur in a quarter of all entries and count as found.
      return { entry: entryAt(this.data, r.entry), score: r.score, coverage: this.coverage(words, analyzed, new Set([...r.terms, ...common])) }
    })
  }

  /** The dictionary terms a query term matches: itself, then completions, then near spellings (MiniSearch's order and weights). */
  private termMatches(term: string, fields: number[], boost: number, prefix: boolean, fuzzy: number): TermMatch[] {
    const { dictionary } = this.data
    const out: TermMatch[] = []
    const id = dictionary.idOf(term)
    if (id >= 0) out.push({ source: term, termId: id, weight: 1, boost, fields })
    const completions = new Set<number>()
    if (prefix) {
      for (const c of dictionary.withPrefix(term)) {
        const length = dictionary.terms[c]!.length
        if (length === term.length) continue
        completions.add(c)
        out.push({ source: term, termId: c, weight: (PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length)), boost, fields })
      }
    }
    const maxDistance = fuzzy ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : 0
    if (maxDistance) {
      for (const { id: c, distance } of dictionary.within(term, maxDistance)) {
        if (!distance || completions.has(c)) continue
        const length = dictionary.terms[c]!.length
        out.push({ source: term, termId: c, weight: (FUZZY_WEIGHT * length) / (length + distance), boost, fields })
      }
    }
    return out
  }

  private frequencyOf(term: string): number {
    const id = this.data.dictionary.idOf(term)
    return id < 0 ? 0 : this.data.entryFrequency[id]!
  }

  /**
   * The documents worth searching: all of those in scope when they are few; otherwise the ones
   * sharing the query's rarest words (at most RAREST_TERMS posting lists are read, so the cost
   * stays bounded however many plans are loaded).
   */
  private candidateDocuments(folded: string[], bigrams: string[], filter: SearchFilter): string[] {
    const { documents, documentPostings, dictionary } = this.data
    const inScope = (id: string) => {
      const d = this.documentIndex.get(id)
      return (!filter.documentIds || filter.documentIds.has(id)) && (!filter.provinces || filter.provinces.has((d === undefined ? null : documents.province[d]) ?? '')) && (!filter.years || filter.years.has((d === undefined ? null : documents.year[d]) ?? -1))
    }
    const narrowed = Boolean(filter.provinces || filter.years)
    if (filter.documentIds && filter.documentIds.size <= MAX_DOCUMENTS_PER_SEARCH && !narrowed) return [...filter.documentIds]
    if (!filter.documentIds && !narrowed && documents.ids.length <= MAX_DOCUMENTS_PER_SEARCH) return documents.ids
    const n = documents.ids.length
    const terms = [...folded, ...bigrams]
      .map((t) => {
        const id = dictionary.idOf(t)
        return id < 0 ? { from: 0, to: 0 } : { from: documentPostings.offsets[id]!, to: documentPostings.offsets[id + 1]! }
      })
      .filter((x) => x.to > x.from)
      .sort((a, b) => a.to - a.from - (b.to - b.from))
      .slice(0, RAREST_TERMS)
    const met = this.scopedDocuments(filter.documentIds, terms) ?? this.documentsMet(terms, n)
    // The best few in scope, ties in the order met: a bounded selection, not a sort of every plan met.
    const top: { d: number; score: number }[] = []
    for (let i = 0; i < met.documents.length; i++) {
      const d = met.documents[i]!
      const score = met.scores[i]!
      if (top.length === MAX_RANKED_DOCUMENTS && score <= top[MAX_RANKED_DOCUMENTS - 1]!.score) continue
      if (!inScope(documents.ids[d]!)) continue
      let at = top.length
      while (at > 0 && top[at - 1]!.score < score) at--
      top.splice(at, 0, { d, score })
      if (top.length > MAX_RANKED_DOCUMENTS) top.pop()
    }
    const picked = top.map(({ d }) => documents.ids[d]!)
    if (picked.length < MAX_RANKED_DOCUMENTS && filter.documentIds) {
      for (const id of filter.documentIds) if (picked.length < MAX_RANKED_DOCUMENTS && !picked.includes(id) && inScope(id)) picked.push(id)
    }
    return picked
  }

  /**
   * Every document sharing a term, with its score (the sum of those terms' idf), in the order the
   * posting lists meet them: term by term, documents ascending within each.
   */
  private documentsMet(terms: { from: number; to: number }[], n: number): MetDocuments {
    const { values } = this.data.documentPostings
    // Scores in a typed array and the documents in the order first met (ties keep that order).
    const scores = new Float64Array(n)
    const met: number[] = []
    for (const { from, to } of terms) {
      const idf = Math.log(1 + n / (to - from))
      for (let i = from; i < to; i++) {
        const d = values[i]!
        if (scores[d] === 0) met.push(d)
        scores[d]! += idf
      }
    }
    return { documents: met, scores: met.map((d) => scores[d]!) }
  }

  /**
   * The same for the documents of a scope smaller than the posting lists (a province's plans
   * among thousands): each document is looked up in each list (binary search) instead of reading
   * every list whole, so the work follows the scope. Null when reading the lists is cheaper.
   */
  private scopedDocuments(scope: ReadonlySet<string> | undefined, terms: { from: number; to: number }[]): MetDocuments | null {
    if (!scope) return null
    const n = this.data.documents.ids.length
    const postings = terms.reduce((sum, t) => sum + t.to - t.from, 0)
    if (scope.size * terms.length * Math.log2(n + 2) >= postings) return null
    const { values } = this.data.documentPostings
    const idf = terms.map(({ from, to }) => Math.log(1 + n / (to - from)))
    const found: { d: number; score: number; first: number }[] = []
    for (const id of scope) {
      const d = this.documentIndex.get(id)
      if (d === undefined) continue
      let score = 0
      let first = -1
      terms.forEach(({ from, to }, t) => {
        const at = lowerBound(values, from, to, d)
        if (at === to || values[at] !== d) return
        // Summed in the same term order as `documentsMet`: the same floating-point score.
        score += idf[t]!
        if (first < 0) first = t
      })
      if (first >= 0) found.push({ d, score, first })
    }
    found.sort((a, b) => a.first - b.first || a.d - b.d)
    return { documents: found.map((f) => f.d), scores: found.map((f) => f.score) }
  }

  private accepts(entry: number, f: SearchFilter): boolean {
    const { entries, documents } = this.data
    const d = entries.document[entry]!
    if (f.kinds && !f.kinds.includes(ENTRY_KINDS[entries.kind[entry]!]!)) return false
    const province = documents.province[d]
    if (f.provinces && !(province && f.provinces.has(province))) return false
    if (f.documentIds && !f.documentIds.has(documents.ids[d]!)) return false
    const year = documents.year[d]
    if (f.years && !(year !== null && year !== undefined && f.years.has(year))) return false
    if (f.agencyId && entries.agencies[entries.agency[entry]!] !== f.agencyId) return false
    return true
  }

  /** Query words present in more than a quarter of all entries, kept out when at least two rarer words remain. */
  private commonWords(words: string[]): Set<string> {
    const limit = (this.size + 1) * COMMON_WORD_SHARE
    const common = new Set(words.filter((w) => this.frequencyOf(w) > limit))
    return new Set(words).size - common.size >= 2 ? common : new Set()
  }

  /** Rarity-weighted share of query words matched: "giá vàng hôm nay" matches almost nothing rare. */
  private coverage(words: string[], analyzed: ReturnType<VietnameseAnalyzer['analyze']>, matched: Set<string>): number {
    if (!words.length) return 0
    const n = this.size + 1
    let total = 0
    let found = 0
    for (const word of words) {
      const weight = Math.log(n / (this.frequencyOf(word) + 1)) + 1
      total += weight
      const exactForms = analyzed.exact.filter((_, i) => analyzed.folded[i] === word)
      if (matched.has(word) || exactForms.some((e) => matched.has(EXACT_PREFIX + e))) found += weight
    }
    return found / total
  }
}
