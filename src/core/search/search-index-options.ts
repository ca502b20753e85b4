import type { Options } from 'minisearch'
import type { AnalyzedText, VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import type { SearchEntry } from './search-entry.js'

/**
 * The MiniSearch configuration the plan index scores like. The index no longer holds MiniSearch
 * instances (see plan-index.ts), but its fields, term forms and boosts are these, and the
 * scoring test compares it with a MiniSearch built from this very object.
 *
 * Two fields. "text" holds three kinds of terms from the Vietnamese analyzer, told apart by
 * their form so one posting list serves all of them (a third of the memory of one field each):
 * folded syllables ("bao"), marked syllables prefixed with "=" ("=báo", only those with marks),
 * and bigrams ("bao_cao"). "heading" holds the folded syllables and bigrams of the heading path.
 */
export const SEARCH_FIELDS = ['text', 'heading'] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

/** Headings are short and say what a section is about: a match there counts most. */
export const FIELD_BOOST: Record<SearchField, number> = { text: 1, heading: 2 }
/** A syllable typed with the same marks as the text, or a whole two-syllable phrase, counts more. */
export const TERM_BOOST = { exact: 1.3, bigram: 1.6 }
export const EXACT_PREFIX = '='

export function textTerms(analyzed: AnalyzedText): string[] {
  const marked = analyzed.exact.filter((t, i) => t !== analyzed.folded[i]).map((t) => EXACT_PREFIX + t)
  return [...analyzed.folded, ...marked, ...analyzed.bigrams]
}

export function searchIndexOptions(analyzer: VietnameseAnalyzer, cache = new Map<string, AnalyzedText>()): Options<SearchEntry> {
  return {
    fields: [...SEARCH_FIELDS],
    storeFields: [],
    extractField: (entry, field) => (field === 'id' ? entry.id : field === 'heading' ? entry.heading : entry.text),
    tokenize: (text, field) => {
      let analyzed = cache.get(text)
      if (!analyzed) {
        analyzed = analyzer.analyze(text)
        cache.set(text, analyzed)
      }
      return field === 'heading' ? [...analyzed.folded, ...analyzed.bigrams] : textTerms(analyzed)
    },
    processTerm: (term) => term,
  }
}
