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
// Party documents write their kind inside the number: "37-CT/TW", "83-KH/TU", "196-TB/TW".
const PARTY = /(?<![\d/])(\d{1,5})-([a-z]{2,4})\/([a-z]{2,4})\b/g
/**
 * A number standing alone ("67 hạn lập KH?", "461 ai ký"): a document's number only when it names
 * a loaded one and is not a count, an amount, a date part or a numbered item ("30 triệu", "15 ngày", "mục 12").
 */
const BARE = /(?<![\p{L}\d/.,:-])(\d{2,5})(?![\d/.,%:-])/gu
const COUNTED = /^\s*(thang|nam|ngay|trieu|tr|nghin|ngan|ty|dong|d|nguoi|phan|tuoi|gio|phut|lan|vu|ca|xa|huyen|tinh|km|truong|can bo|dieu|khoan|muc|tiet|em|chi|hoc sinh|hs|ho|thon|ap|%)\b/
const NUMBERED_ITEM = /\b(dieu|khoan|muc|phan|chi tieu|muc tieu|khoa|nhiem ky|nam|ngay|thang|so|sdt|dien thoai|goi|tu|den|la|con|duoc|co|hon|tren|duoi|khoang|gan)\s*$/

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
  for (const m of folded.matchAll(PARTY)) {
    out.push({ kind: KINDS[m[2]!] ?? null, number: `${m[1]}-${m[2]}`, symbol: m[3]!, index: m.index, end: m.index + m[0].length })
  }
  for (const m of folded.matchAll(BY_KIND)) {
    const n = Number(m[2])
    if (n >= 1990 && n <= 2099) continue
    if (out.some((o) => m.index < o.end && o.index < m.index + m[0].length)) continue
    out.push({ kind: KINDS[m[1]!]!, number: m[2]!, symbol: null, index: m.index, end: m.index + m[0].length })
  }
  return out.sort((a, b) => a.index - b.index)
}

/**
 * Bare numbers that name a loaded document ("67 hạn lập KH?", "461 kinh phí?"), for a question
 * that names no document otherwise. Checked against the loaded numbers: a number no loaded
 * document carries is left alone, whatever it counts.
 */
export function findBareDocumentNumbers(question: string, index: DocumentNumberIndex): DocumentNumber[] {
  const folded = foldKeepingLength(question).replace(/đ/g, 'd')
  const out: DocumentNumber[] = []
  for (const m of folded.matchAll(BARE)) {
    const number = Number(m[1])
    if (number >= 1990 && number <= 2099) continue
    const end = m.index + m[0].length
    if (COUNTED.test(folded.slice(end)) || NUMBERED_ITEM.test(folded.slice(0, m.index))) continue
    const n: DocumentNumber = { kind: null, number: m[1]!, symbol: null, index: m.index, end }
    if (index.resolve(n).loaded.length) out.push(n)
  }
  return out
}

/** A plan citing a document: the plan and its citation. */
export interface Citation {
  doc: PlanDocument
  fact: ReferenceFact
}

/** The loaded documents and the cited ones the numbers in a question name. */
export interface NamedDocuments {
  loaded: PlanDocument[]
  /** Per number named (in the question's order), its citations; numbers nobody cites are left out. */
  cited: CitedDocuments[]
}

/** How much a citation says of the cited document: its title counts most, then date and issuer. */
export function citationFullness(fact: ReferenceFact): number {
  return (fact.title ? 2 : 0) + (fact.date ? 1 : 0) + (fact.issuer ? 1 : 0)
}

/** A loaded document carrying a number: kind and number folded ("ke hoach", ["67", "kh-ubnd"]). */
interface NumberedDocument {
  doc: PlanDocument
  kind: string
  parts: string[]
}

/**
 * The citations of one number written one way (kind, symbol and the number as printed), in load
 * order, with the first of the fullest found once: a national decision is cited by thousands of
 * plans, and a question about it reads what is chosen, never every citation.
 */
class CitationGroup {
  readonly citations: Citation[] = []
  /** Each citation's place among all citations of its number part (load order). */
  readonly at: number[] = []
  /** The first of the fullest citations. */
  best = 0
  private fullest = -1
  private bestPerPlan: Map<string, number> | undefined

  constructor(
    readonly kind: string,
    readonly parts: string[],
    readonly number: string,
  ) {}

  add(citation: Citation, at: number): void {
    const fullness = citationFullness(citation.fact)
    if (fullness > this.fullest) {
      this.fullest = fullness
      this.best = this.citations.length
    }
    this.citations.push(citation)
    this.at.push(at)
  }

  /** The first of the fullest citations by plans in scope (its place in `citations`), or -1. */
  bestIn(scope: ReadonlySet<string> | undefined): number {
    // The fullest of all is the fullest of any scope holding it.
    if (!scope || scope.has(this.citations[this.best]!.doc.id)) return this.best
    let found = -1
    const better = (i: number) => found < 0 || citationFullness(this.citations[i]!.fact) > citationFullness(this.citations[found]!.fact) || (citationFullness(this.citations[i]!.fact) === citationFullness(this.citations[found]!.fact) && i < found)
    if (scope.size < this.citations.length) {
      for (const id of scope) {
        const i = this.perPlan().get(id)
        if (i !== undefined && better(i)) found = i
      }
    } else {
      for (let i = 0; i < this.citations.length; i++) if (scope.has(this.citations[i]!.doc.id) && better(i)) found = i
    }
    return found
  }

  /** Per citing plan, its first fullest citation of this number; made on first use, once per reload. */
  private perPlan(): Map<string, number> {
    if (this.bestPerPlan) return this.bestPerPlan
    const out = new Map<string, number>()
    this.citations.forEach((c, i) => {
      const seen = out.get(c.doc.id)
      if (seen === undefined || citationFullness(c.fact) > citationFullness(this.citations[seen]!.fact)) out.set(c.doc.id, i)
    })
    return (this.bestPerPlan = out)
  }
}

/** The citations a number in a question names: one group per way it is written. */
export class CitedDocuments {
  private citing: { plans: readonly PlanDocument[]; ids: ReadonlySet<string> } | undefined

  constructor(readonly groups: readonly CitationGroup[]) {}

  /** The first citation (in load order). */
  get first(): Citation {
    return this.groups.reduce((a, b) => (b.at[0]! < a.at[0]! ? b : a)).citations[0]!
  }

  /** The plans citing it, in load order, and their ids; made on first use. */
  get plans(): readonly PlanDocument[] {
    return this.citingPlans().plans
  }

  get ids(): ReadonlySet<string> {
    return this.citingPlans().ids
  }

  private citingPlans(): { plans: readonly PlanDocument[]; ids: ReadonlySet<string> } {
    if (this.citing) return this.citing
    const all =
      this.groups.length === 1
        ? this.groups[0]!.citations
        : this.groups
            .flatMap((g) => g.citations.map((c, i) => ({ c, at: g.at[i]! })))
            .sort((a, b) => a.at - b.at)
            .map(({ c }) => c)
    const plans: PlanDocument[] = []
    const ids = new Set<string>()
    for (const { doc } of all) {
      if (ids.has(doc.id)) continue
      ids.add(doc.id)
      plans.push(doc)
    }
    return (this.citing = { plans, ids })
  }
}

/** The plans citing any of these numbers, first cited first, and their ids. */
export function citingPlans(cited: readonly CitedDocuments[]): { plans: readonly PlanDocument[]; ids: ReadonlySet<string> } {
  if (cited.length === 1) return { plans: cited[0]!.plans, ids: cited[0]!.ids }
  const plans: PlanDocument[] = []
  const ids = new Set<string>()
  for (const c of cited) {
    for (const doc of c.plans) {
      if (ids.has(doc.id)) continue
      ids.add(doc.id)
      plans.push(doc)
    }
  }
  return { plans, ids }
}

/**
 * The first of the fullest citations by plans in scope: the numbers in the question's order, each
 * number's citations in load order. Null when no plan in scope cites them.
 */
export function fullestCitation(cited: readonly CitedDocuments[], scope: ReadonlySet<string> | undefined): Citation | null {
  let best: Citation | null = null
  for (const c of cited) {
    let local: { citation: Citation; at: number } | null = null
    for (const g of c.groups) {
      const i = g.bestIn(scope)
      if (i < 0) continue
      const citation = g.citations[i]!
      const gain = local ? citationFullness(citation.fact) - citationFullness(local.citation.fact) : 1
      if (gain > 0 || (gain === 0 && g.at[i]! < local!.at)) local = { citation, at: g.at[i]! }
    }
    if (local && (!best || citationFullness(local.citation.fact) > citationFullness(best.fact))) best = local.citation
  }
  return best
}

/** One number part's loaded documents and citation groups. */
interface NumberEntries {
  loaded: NumberedDocument[]
  groups: CitationGroup[]
}

/**
 * Every loaded and cited document by the number part of its number ("67"), built once per
 * snapshot; what each way of naming a number chooses is kept on first use.
 */
export class DocumentNumberIndex {
  private readonly resolved = new Map<string, { loaded: readonly PlanDocument[]; cited: CitedDocuments | null }>()

  constructor(private readonly byNumber: ReadonlyMap<string, NumberEntries>) {}

  /** The loaded documents and the citations one number in a question names. */
  resolve(n: DocumentNumber): { loaded: readonly PlanDocument[]; cited: CitedDocuments | null } {
    const key = `${n.number}\0${n.kind ?? ''}\0${n.symbol ?? ''}`
    const known = this.resolved.get(key)
    if (known) return known
    const entries = this.byNumber.get(n.number)
    const loaded: PlanDocument[] = []
    for (const entry of entries?.loaded ?? []) if (matches(n, entry) && !loaded.includes(entry.doc)) loaded.push(entry.doc)
    const groups = entries?.groups.filter((g) => matches(n, g)) ?? []
    const found = { loaded, cited: groups.length ? new CitedDocuments(groups) : null }
    // Only what names something is kept: the keys stay those of the loaded numbers and symbols.
    if (loaded.length || groups.length) this.resolved.set(key, found)
    return found
  }
}

/** Every loaded and cited document by the number part of its number ("67"), built once per snapshot. */
export function indexDocumentNumbers(documents: Iterable<PlanDocument>): DocumentNumberIndex {
  const byNumber = new Map<string, NumberEntries>()
  const groupOf = new Map<string, CitationGroup>()
  const citations = new Map<string, number>()
  const entriesOf = (parts: string[]) => {
    let entries = byNumber.get(parts[0]!)
    if (!entries) byNumber.set(parts[0]!, (entries = { loaded: [], groups: [] }))
    return entries
  }
  for (const doc of documents) {
    if (doc.meta.number) {
      const parts = foldDiacritics(doc.meta.number).split('/')
      entriesOf(parts).loaded.push({ doc, kind: foldDiacritics(doc.meta.type), parts })
    }
    for (const fact of doc.facts) {
      if (fact.type !== 'reference') continue
      const parts = foldDiacritics(fact.number).split('/')
      const kind = foldDiacritics(fact.docType)
      // One group per way the number is written: the kind and symbol a question matches, and the number a loaded document may carry.
      const key = `${parts[0]}\0${kind}\0${parts.slice(1).join('/')}\0${fact.number}`
      let group = groupOf.get(key)
      if (!group) {
        groupOf.set(key, (group = new CitationGroup(kind, parts, fact.number)))
        entriesOf(parts).groups.push(group)
        // "Chỉ thị 37" names "37-CT/TW" too: a Party number is also found by its digits.
        const digits = /^(\d+)-[a-z]+$/.exec(parts[0]!)?.[1]
        if (digits) entriesOf([digits]).groups.push(group)
      }
      const at = citations.get(parts[0]!) ?? 0
      citations.set(parts[0]!, at + 1)
      group.add({ doc, fact }, at)
    }
  }
  return new DocumentNumberIndex(byNumber)
}

export function resolveDocumentNumbers(numbers: readonly DocumentNumber[], index: DocumentNumberIndex): NamedDocuments {
  const loaded: PlanDocument[] = []
  const cited: CitedDocuments[] = []
  for (const n of numbers) {
    const found = index.resolve(n)
    for (const doc of found.loaded) if (!loaded.includes(doc)) loaded.push(doc)
    if (found.cited) cited.push(found.cited)
  }
  if (!loaded.length) return { loaded, cited }
  // A loaded document is answered from itself, never from a plan that merely cites it.
  const loadedNumbers = new Set(loaded.map((d) => d.meta.number))
  const left = cited.map((c) => (c.groups.some((g) => loadedNumbers.has(g.number)) ? new CitedDocuments(c.groups.filter((g) => !loadedNumbers.has(g.number))) : c))
  return { loaded, cited: left.filter((c) => c.groups.length) }
}

function matches(n: DocumentNumber, entry: { kind: string; parts: string[] }): boolean {
  const rest = entry.parts.slice(1)
  if (n.symbol && rest.at(-1) !== n.symbol) return false
  // "thông báo" names a "Thông báo kết luận" too.
  return !n.kind || n.kind === 'van ban' || entry.kind === n.kind || entry.kind.startsWith(`${n.kind} `) || (n.kind === 'cong van' && !rest.length)
}
