import type { IndexData } from './index-data.js'
import { lowerBound } from './posting-lists.js'

/** One dictionary term a query term matches (itself, a completion or a near spelling), with its weight. */
export interface TermMatch {
  /** The query term, as MiniSearch reports it in `queryTerms`. */
  source: string
  termId: number
  /** 1 for the term itself; less for prefix and fuzzy matches (MiniSearch's weights). */
  weight: number
  boost: number
  /** Search field numbers this term is looked up in. */
  fields: readonly number[]
}

export interface ScoredEntry {
  score: number
  terms: string[]
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 }

/**
 * BM25+ over one part (a partition's sections or facts), scoring only the postings that fall in
 * `ranges` (the entries of the plans worth searching). Document frequencies and field lengths are
 * those of the whole part, exactly as a MiniSearch index of that part scores, so answers rank as
 * they did; but the cost follows the few plans searched, not every plan that shares a word.
 */
export function scoreEntries(data: IndexData, part: number, ranges: readonly [number, number][], matches: readonly TermMatch[], fieldBoost: readonly number[]): Map<number, ScoredEntry> {
  const results = new Map<number, ScoredEntry>()
  const partStart = data.partRanges[part * 2]!
  const partEnd = data.partRanges[part * 2 + 1]!
  const total = partEnd - partStart
  for (const m of matches) {
    for (const field of m.fields) {
      const { offsets, values, counts } = data.fieldPostings[field]!
      const from = offsets[m.termId]!
      const to = offsets[m.termId + 1]!
      const first = lowerBound(values, from, to, partStart)
      const matching = lowerBound(values, first, to, partEnd) - first
      if (!matching) continue
      const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5))
      const average = data.averageLengths[part * 2 + field]!
      const lengths = data.fieldLengths[field]!
      const factor = m.weight * m.boost * (fieldBoost[field] ?? 1)
      for (const [start, end] of ranges) {
        for (let i = lowerBound(values, first, to, start); i < to && values[i]! < end; i++) {
          const entry = values[i]!
          const tf = counts![i]!
          const raw = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * lengths[entry]!) / average)))
          const result = results.get(entry)
          if (result) {
            result.score += factor * raw
            if (!result.terms.includes(m.source)) result.terms.push(m.source)
          } else results.set(entry, { score: factor * raw, terms: [m.source] })
        }
      }
    }
  }
  return results
}
