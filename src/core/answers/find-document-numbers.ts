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
  'ke hoach': 'ke hoach',
  kh: 'ke hoach',
  'quyet dinh': 'quyet dinh',
  qd: 'quyet dinh',
  'cong van': 'cong van',
  cv: 'cong van',
  'nghi quyet': 'nghi quyet',
  nq: 'nghi quyet',
  'thong tu': 'thong tu',
  tt: 'thong tu',
  'chi thi': 'chi thi',
  ct: 'chi thi',
  'thong bao': 'thong bao',
  tb: 'thong bao',
  'nghi dinh': 'nghi dinh',
  nd: 'nghi dinh',
  'van ban': 'van ban',
}
const KIND_WORDS = Object.keys(KINDS)
  .sort((a, b) => b.length - a.length)
  .join('|')
const FULL = /(?<![\d/])(\d{1,5})\/(?:(?:19|20)\d\d\/)?([a-z0-9&]+(?:-[a-z0-9&]+)+)/g
// "KH 67/2021" is plan 67 of 2021: the year after a slash belongs to the number, never splits it ("KH 6").
const BY_KIND = new RegExp(`\\b(${KIND_WORDS})\\s*(?:so\\s*)?(\\d{1,5})(?:/(?:19|20)\\d\\d)?(?!\\d)(?![/.,]\\d)`, 'g')
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

/** A loaded document (fact null) or a citation, filed under the number part of its number. */
export interface NumberedDocument {
  doc: PlanDocument
  fact: ReferenceFact | null
  /** Kind and number, folded: "ke hoach", ["67", "kh-ubnd"]. */
  kind: string
  parts: string[]
}

/** Every loaded and cited document by the number part of its number ("67"), built once per snapshot. */
export function indexDocumentNumbers(documents: Iterable<PlanDocument>): Map<string, NumberedDocument[]> {
  const out = new Map<string, NumberedDocument[]>()
  const add = (doc: PlanDocument, fact: ReferenceFact | null, kind: string, number: string) => {
    const parts = foldDiacritics(number).split('/')
    const list = out.get(parts[0]!)
    const entry = { doc, fact, kind: foldDiacritics(kind), parts }
    if (list) list.push(entry)
    else out.set(parts[0]!, [entry])
  }
  for (const doc of documents) {
    if (doc.meta.number) add(doc, null, doc.meta.type, doc.meta.number)
    for (const fact of doc.facts) if (fact.type === 'reference') add(doc, fact, fact.docType, fact.number)
  }
  return out
}

export function resolveDocumentNumbers(numbers: readonly DocumentNumber[], byNumber: ReadonlyMap<string, readonly NumberedDocument[]>): NamedDocuments {
  const loaded: PlanDocument[] = []
  const cited: NamedDocuments['cited'] = []
  for (const n of numbers) {
    const entries = byNumber.get(n.number) ?? []
    // A number cited by thousands of plans is matched once per distinct kind and symbol, not per citation.
    const { group, samples } = kindsOf(entries)
    const matching = samples.map((sample) => matches(n, sample))
    for (let i = 0; i < entries.length; i++) {
      if (!matching[group[i]!]) continue
      const entry = entries[i]!
      if (entry.fact) cited.push({ doc: entry.doc, fact: entry.fact })
      else if (!loaded.includes(entry.doc)) loaded.push(entry.doc)
    }
  }
  if (!loaded.length) return { loaded, cited }
  // A loaded document is answered from itself, never from a plan that merely cites it.
  const loadedNumbers = new Set(loaded.map((d) => d.meta.number))
  return { loaded, cited: cited.filter((c) => !loadedNumbers.has(c.fact.number)) }
}

/** Entries of one number grouped by kind and symbol (what `matches` reads), made once per list. */
const kindGroups = new WeakMap<readonly NumberedDocument[], { group: Uint32Array; samples: NumberedDocument[] }>()

function kindsOf(entries: readonly NumberedDocument[]): { group: Uint32Array; samples: NumberedDocument[] } {
  let groups = kindGroups.get(entries)
  if (groups) return groups
  const byKey = new Map<string, number>()
  groups = { group: new Uint32Array(entries.length), samples: [] }
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!
    const key = `${entry.kind}\0${entry.parts.slice(1).join('/')}`
    let g = byKey.get(key)
    if (g === undefined) {
      byKey.set(key, (g = groups.samples.length))
      groups.samples.push(entry)
    }
    groups.group[i] = g
  }
  kindGroups.set(entries, groups)
  return groups
}

function matches(n: DocumentNumber, entry: NumberedDocument): boolean {
  const rest = entry.parts.slice(1)
  if (n.symbol && rest.at(-1) !== n.symbol) return false
  return !n.kind || n.kind === 'van ban' || entry.kind === n.kind || (n.kind === 'cong van' && !rest.length)
}
