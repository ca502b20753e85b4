import { splitSentences } from '../knowledge-base/parse-plan-document.js'
import type { PlanIndex } from '../search/plan-index.js'
import { type AnalyzedText, unmarkedFunctionWords, type VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import { capitalize } from '../text/letter-case.js'

export interface Clause {
  text: string
  /** Position in the passage, to keep document order among the chosen clauses. */
  position: number
  score: number
  /** Rarity-weighted share of the question's distinctive words this clause contains, 0–1. */
  coverage: number
  /** The clause's folded words and syllable pairs. */
  words: ReadonlySet<string>
  bigrams: ReadonlySet<string>
}

// Plans repeat the same clauses across questions: analyze each once (bounded, like the fold caches).
const analyzed = new Map<string, AnalyzedText>()
const MAX_CACHED = 20_000
function analyzeClause(text: string, analyzer: VietnameseAnalyzer): AnalyzedText {
  let a = analyzed.get(text)
  if (!a) {
    if (analyzed.size >= MAX_CACHED) analyzed.clear()
    analyzed.set(text, (a = analyzer.analyze(text)))
  }
  return a
}

/**
 * Paragraphs → clauses: sentences, then their ";"-separated parts (plans list tasks that way), so
 * an answer starts with the part that answers and is never cut inside it.
 */
export function splitClauses(paragraphs: readonly string[]): string[] {
  return (
    paragraphs
      .flatMap(splitSentences)
      // "các mô hình: “A”; “B”; “C”" is one enumeration, kept whole; other ";" end a clause.
      .flatMap((s) => (/:\s[^;]*;/.test(s) ? [s] : joinListContinuations(s.split(/;\s+/))))
      .map((c) =>
        c
          .replace(/^[-+•]\s*/, '')
          .replace(/[;,:]\s*$/, '')
          .trim(),
      )
      .filter((c) => c.length > 3)
  )
}

/**
 * "… trẻ em bị bỏ rơi, nạn nhân của bạo lực gia đình; nạn nhân bị buôn bán, …": a part that opens
 * with the words an item after a comma opened with continues that list, not a new clause.
 */
function joinListContinuations(parts: string[]): string[] {
  const out: string[] = []
  for (const part of parts) {
    const opening = part.trim().split(/\s+/).slice(0, 2).join(' ').toLowerCase()
    const previous = out.at(-1)
    if (previous && opening.includes(' ') && previous.toLowerCase().includes(`, ${opening}`)) out[out.length - 1] = `${previous}; ${part}`
    else out.push(part)
  }
  return out
}

/** The question's distinctive words (rarity-weighted; common words weigh nothing) and its phrases. */
export interface QueryTerms {
  weights: Map<string, number>
  bigrams: Set<string>
  numbers: string[]
  total: number
}

export function queryTerms(question: string, analyzer: VietnameseAnalyzer, index: PlanIndex): QueryTerms {
  const a = analyzer.analyze(question)
  const weights = new Map<string, number>()
  const unknown: string[] = []
  // "ve" typed for "về" is a function word, unless it makes a plan phrase with a neighbour ("bao ve").
  const functionWords = unmarkedFunctionWords(analyzer.tokens(question), (t) => index.knows(t))
  a.folded.forEach((t, i) => {
    if (weights.has(t)) return
    if (functionWords.has(t)) weights.set(t, 0)
    else if (index.knows(t) || /\d/.test(t)) weights.set(t, index.termWeight(t))
    // Written with its marks (so not an abbreviation or an unmarked stopword) yet never used by
    // the plans: "bảo hiểm", "định luật Ôm" are what the question is about.
    else if (/[^\x00-\x7f]/.test(a.exact[i] ?? '')) unknown.push(t)
    else weights.set(t, 0)
  })
  // Such a word weighs like the question's typical known word, so the plan words a question
  // shares ("xã hội", "một lần") do not cover it alone.
  const known = [...weights.values()].filter((w) => w > 0)
  const typical = known.length ? known.reduce((x, y) => x + y, 0) / known.length : 0
  for (const t of unknown) if (!weights.has(t)) weights.set(t, typical)
  // An abbreviation weighs no more than the words it stands for, which the analyzer adds: "BĐG"
  // is as common as "bình đẳng giới", not a rare word a passage writing it out would lack —
  // unless it is all the question has ("số kế hoạch BĐG", "KH-UBND").
  const capped = new Map(weights)
  for (const { text, expansion } of analyzer.abbreviationsIn(question)) {
    const words = analyzer.analyze(expansion).folded
    const expanded = Math.max(0, ...words.map((t) => weights.get(t) ?? index.termWeight(t)))
    for (const t of analyzer.analyze(text).folded) if (!words.includes(t) && (capped.get(t) ?? 0) > expanded) capped.set(t, expanded)
  }
  if ([...capped.values()].some((w) => w > 0)) for (const [t, w] of capped) weights.set(t, w)
  const numbers = [...question.matchAll(/\d+(?:[.,]\d+)?\s*%|\d+(?:\/\d+)+|\b\d+\b/g)].map((m) => m[0].replace(/\s+/g, ''))
  return { weights, bigrams: new Set(a.bigrams), numbers, total: [...weights.values()].reduce((x, y) => x + y, 0) }
}

/** Share of the question's distinctive weight found in an analyzed text. */
export function coverageOf(terms: QueryTerms, text: AnalyzedText): number {
  if (!terms.total) return 0
  const present = new Set(text.folded)
  let found = 0
  for (const [t, w] of terms.weights) if (present.has(t)) found += w
  return found / terms.total
}

/** Clauses ranked by distinctive words and phrases shared with the question, best first. */
export function rankClauses(clauses: readonly string[], terms: QueryTerms, analyzer: VietnameseAnalyzer): Clause[] {
  return clauses
    .map((text, position) => {
      const a = analyzeClause(text, analyzer)
      const words = new Set(a.folded)
      const bigrams = new Set(a.bigrams)
      let score = 0
      for (const t of words) score += terms.weights.get(t) ?? 0
      for (const b of bigrams) if (terms.bigrams.has(b)) score += 1.5
      // A number the question names ("75%", "6 tháng") marks the clause that states it.
      for (const n of terms.numbers) if (text.replace(/\s+(?=%)/g, '').includes(n)) score += 3
      return { text, position, score, coverage: coverageOf(terms, a), words, bigrams }
    })
    .sort((a, b) => b.score - a.score || a.position - b.position)
}

/** The answering clause first, then at most one close runner-up; each whole and capitalized. */
export function answerClauses(ranked: readonly Clause[], max = 2): string[] {
  const top = ranked[0]
  if (!top) return []
  const picked = [top, ...ranked.slice(1, max).filter((c) => c.score >= top.score * 0.8 && c.score > 0)]
  return picked.map((c) => capitalize(c.text.endsWith('.') ? c.text : `${c.text}.`))
}

/**
 * Honest "not found": the question's rarest word must be in the answering clauses ("dân số Sóc
 * Trăng" is not answered by "dân" and "số"), and so must one of its phrases (two syllables in a
 * row: "định luật Ôm" is not answered by "giáo dục pháp luật", "bảo hiểm xã hội một lần" not by
 * "lan tỏa"), unless they hold two thirds of its distinctive weight. Common words weigh nothing,
 * so they never make a match.
 */
export function answersDistinctively(clauses: readonly Clause[], terms: QueryTerms, coverage: number): boolean {
  const ranked = [...terms.weights].filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1])
  if (!ranked.length) return false
  const phrase = terms.bigrams.size === 0 || clauses.some((c) => [...c.bigrams].some((b) => terms.bigrams.has(b)))
  return phrase && (coverage >= 2 / 3 || clauses.some((c) => c.words.has(ranked[0]![0])))
}
