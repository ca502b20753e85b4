import { canonicalize, foldDiacritics, hasDiacritics, unifyIY } from './normalize-vietnamese.js'
import { PhraseMatcher } from './phrase-matcher.js'

/**
 * The Vietnamese analyzer shared by the index and the queries.
 *
 * A text becomes three kinds of terms:
 * - exact: canonical syllables with diacritics ("báo", "cáo"), so a user who typed marks
 *   ranks "bản" above "ban";
 * - folded: the same without marks ("bao", "cao"), so "bao cao" finds "báo cáo";
 * - bigrams: adjacent folded syllables joined by "_" ("binh_dang", "dang_gioi"), so the phrase
 *   "bình đẳng giới" outranks a section that merely contains the syllables apart.
 * Abbreviations expand both ways before this ("BĐG" also yields "bình đẳng giới"), numbers such
 * as "67/KH-UBND" and dates stay whole tokens, and function words are dropped.
 */
export interface AnalyzedText {
  exact: string[]
  /** Same words as `exact`, folded, index for index; then the number parts of document numbers. */
  folded: string[]
  bigrams: string[]
}

/** Function words with their marks; dropped wherever they occur. */
const STOPWORDS = new Set(
  'của và các về trong được cho với là có những này để theo từ đến tại ở một nào gì ai bao nhiêu không thì mà như đã sẽ phải cần làm khi nếu hay hoặc cũng vào ra rất nhất đó đây thế sao mấy đâu hỏi tôi mình bạn em anh chị ơi nhé ạ vậy thôi còn lại nữa bị do bởi hơn'.split(' ').map((w) => canonicalize(w)),
)
/** The unmarked spellings that are unambiguous enough to drop when the user typed no marks. */
const FOLDED_STOPWORDS = new Set('cua va cac trong duoc voi nhung nao gi khong thi hoac nhu cung cho theo mot bao nhieu ai may dau toi minh ban oi nhe vay thoi'.split(' '))

/**
 * Unmarked spellings of marked function words ("ve" for "về", "la" for "là", "co" for "có") that
 * may also be a plan word ("bảo vệ", "cơ quan"): kept by the analyzer, but the index never counted
 * the function word, so their rarity overstates what they tell apart.
 */
const FOLDED_MARKED_STOPWORDS = new Set([...STOPWORDS].filter(hasDiacritics).map((w) => foldDiacritics(w)))

/**
 * The folded words of a query that are function words typed without marks ("gui ve" → "ve"): every
 * occurrence is unmarked, spells a marked function word, and makes no phrase the plans know with a
 * neighbour ("bao ve", "co quan" stay words). `tokens` are the query's tokens with function words
 * (`tokens()`), so "bao ve" is seen as a phrase although "bao" alone is dropped. They weigh nothing.
 */
export function unmarkedFunctionWords(tokens: readonly string[], knows: (term: string) => boolean): Set<string> {
  const folded = tokens.map(foldToken)
  const phrase = (i: number, j: number) => j >= 0 && j < folded.length && !/\d/.test(folded[j]!) && knows(j < i ? `${folded[j]}_${folded[i]}` : `${folded[i]}_${folded[j]}`)
  const out = new Set<string>()
  const content = new Set<string>()
  tokens.forEach((token, i) => {
    const f = folded[i]!
    if (isStopword(token)) return
    if (!hasDiacritics(token) && FOLDED_MARKED_STOPWORDS.has(f) && !phrase(i, i - 1) && !phrase(i, i + 1)) out.add(f)
    else content.add(f)
  })
  for (const f of content) out.delete(f)
  return out
}

/** Document numbers ("67/kh-ubnd", "191/2009/tt-btc"), dates, phone numbers, then words. */
const TOKEN = /\d+(?:[/.-]\d+)*(?:\/[\p{L}\p{N}&-]+)*|[\p{L}\p{N}&]+/gu

export class VietnameseAnalyzer {
  private readonly abbreviations: PhraseMatcher<string>

  constructor(abbreviations: ReadonlyMap<string, string>) {
    this.abbreviations = new PhraseMatcher([...abbreviations].map(([abbr, expansion]) => [abbr, expansion] as [string, string]))
  }

  /** Appends the expansion of every abbreviation found ("BĐG" → "BĐG bình đẳng giới"). */
  expand(text: string): string {
    const nfc = text.normalize('NFC')
    const expansions = this.abbreviations.findAll(nfc).map((m) => m.value)
    return expansions.length ? `${nfc} ${expansions.join(' ')}` : nfc
  }

  /** The abbreviations a text uses ("BĐG") with what they stand for ("bình đẳng giới"). */
  abbreviationsIn(text: string): { text: string; expansion: string }[] {
    return this.abbreviations.findAll(text.normalize('NFC')).map((m) => ({ text: m.text, expansion: m.value }))
  }

  /** Canonical tokens of a text, stopwords included (used for bigrams and phrase checks). */
  tokens(text: string): string[] {
    return (canonicalize(this.expand(text)).match(TOKEN) ?? []).map(normalizeNumberToken)
  }

  analyze(text: string): AnalyzedText {
    const tokens = this.tokens(text)
    const exact: string[] = []
    const folded: string[] = []
    const content: string[] = []
    const numbers: string[] = []
    for (const token of tokens) {
      if (isStopword(token)) continue
      const f = foldToken(token)
      exact.push(token)
      folded.push(f)
      content.push(f)
      // "1696/QĐ-TTg" is also found as "quyết định 1696".
      const number = /^(\d+)\/\p{L}/u.exec(token)
      if (number) numbers.push(number[1]!)
    }
    // Appended after the loop: exact[i] and folded[i] stay the same word for every i < exact.length.
    folded.push(...numbers)
    const bigrams: string[] = []
    for (let i = 0; i + 1 < content.length; i++) {
      if (/^\d/.test(content[i]!) || /^\d/.test(content[i + 1]!)) continue
      bigrams.push(`${content[i]}_${content[i + 1]}`)
    }
    return { exact, folded, bigrams }
  }
}

const foldCache = new Map<string, string>()
function foldToken(token: string): string {
  let f = foldCache.get(token)
  if (f === undefined) {
    f = unifyIY(foldDiacritics(token))
    if (foldCache.size > 200_000) foldCache.clear()
    foldCache.set(token, f)
  }
  return f
}

export function isStopword(token: string): boolean {
  if (STOPWORDS.has(token)) return true
  return !hasDiacritics(token) && FOLDED_STOPWORDS.has(token)
}

/** "06/02/2021" → "6/2/2021" and "06" → "6" so dates and counts match however they were padded. */
function normalizeNumberToken(token: string): string {
  if (/^\d{1,3}$/.test(token)) return String(Number(token))
  return /^\d{1,2}\/\d{1,2}(\/\d{4})?$/.test(token)
    ? token
        .split('/')
        .map((p) => String(Number(p)))
        .join('/')
    : token
}
