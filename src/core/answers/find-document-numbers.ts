import type { PlanDocument, ReferenceFact } from '../knowledge-base/plan-document.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { foldKeepingLength } from '../text/phrase-matcher.js'

/** A document named in a question: "67/KH-UBND", "KH 67", "kế hoạch 461", "Quyết định 2873", "công văn 11343". */
export interface DocumentNumber {
  /** Kind as folded words ("ke hoach", "quyet dinh"), or null when only the number was given. */
  kind: string | null
  /** The number part ("67"). */
  number: string
  /** The symbol when written ("kh-ubnd"), folded. */
  symbol: string | null
  index: number
  end: number
}

const KINDS: Record<string, string> = {
  'ke hoach': 'ke hoach', kh: 'ke hoach', 'quyet dinh': 'quyet dinh', qd: 'quyet dinh', 'cong van': 'cong van', cv: 'cong van',
  'nghi quyet': 'nghi quyet', nq: 'nghi quyet', 'thong tu': 'thong tu', tt: 'thong tu', 'chi thi': 'chi thi', ct: 'chi thi',
  'thong bao': 'thong bao', tb: 'thong bao', 'nghi dinh': 'nghi dinh', nd: 'nghi dinh', 'van ban': 'van ban',
}
const KIND_WORDS = Object.keys(KINDS).sort((a, b) => b.length - a.length).join('|')
const FULL = /(?<![\d/])(\d{1,5})\/(?:(?:19|20)\d\d\/)?([a-z0-9&]+(?:-[a-z0-9&]+)+)/g
const BY_KIND = new RegExp(`\\b(${KIND_WORDS})\\s*(?:so\\s*)?(\\d{1,5})(?![\\d/.,]\\d)`, 'g')
const KIND_BEFORE = new RegExp(`\\b(${KIND_WORDS})\\s*(?:so\\s*)?$`)

/**
 * Document numbers and symbols in a question. A bare year after a kind ("kế hoạch 2020") is a year,
 * not a number; a date ("25/3/2021") has no symbol and is not a document.
 */
export function findDocumentNumbers(question: string): DocumentNumber[] {
  const folded = foldKeepingLength(question).replace(/đ/g, 'd')
  const out: DocumentNumber[] = []
  for (const m of folded.matchAll(FULL)) {
    const before = KIND_BEFORE.exec(folded.slice(0, m.index))
    const symbolKind = KINDS[m[2]!.split('-')[0]!] ?? null
    out.push({ kind: before ? KINDS[before[1]!]! : symbolKind, number: m[1]!, symbol: m[2]!, index: before ? before.index : m.index, end: m.index + m[0].length })
  }
  for (const m of folded.matchAll(BY_KIND)) {
    const n = Number(m[2])
    if (n >= 1990 && n <= 2099) continue
    if (out.some((o) => m.index < o.end && o.index < m.index + m[0].length)) continue
    out.push({ kind: KINDS[m[1]!]!, number: m[2]!, symbol: null, index: m.index, end: m.index + m[0].length })
  }
  return out.sort((a, b) => a.index - b.index)
}

/** The loaded documents and the cited ones a number names. */
export interface NamedDocuments {
  loaded: PlanDocument[]
  cited: { doc: PlanDocument; fact: ReferenceFact }[]
}

export function resolveDocumentNumbers(numbers: readonly DocumentNumber[], documents: Iterable<PlanDocument>): NamedDocuments {
  const loaded: PlanDocument[] = []
  const cited: NamedDocuments['cited'] = []
  if (!numbers.length) return { loaded, cited }
  for (const doc of documents) {
    if (doc.meta.number && numbers.some((n) => matches(n, doc.meta.type, doc.meta.number!))) loaded.push(doc)
    for (const fact of doc.facts) {
      if (fact.type === 'reference' && numbers.some((n) => matches(n, fact.docType, fact.number))) cited.push({ doc, fact })
    }
  }
  // A loaded document is answered from itself, never from a plan that merely cites it.
  const loadedNumbers = new Set(loaded.map((d) => d.meta.number))
  return { loaded, cited: cited.filter((c) => !loadedNumbers.has(c.fact.number)) }
}

function matches(n: DocumentNumber, kind: string, number: string): boolean {
  const [digits, ...rest] = foldDiacritics(number).split('/')
  if (digits !== n.number) return false
  if (n.symbol && rest.at(-1) !== n.symbol) return false
  const k = foldDiacritics(kind)
  return !n.kind || n.kind === 'van ban' || k === n.kind || (n.kind === 'cong van' && !rest.length)
}
