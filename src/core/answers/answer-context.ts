import type { Agency, Glossary } from '../knowledge-base/glossary.js'
import { flattenSections, type Fact, type PlanDocument, type PlanSection } from '../knowledge-base/plan-document.js'
import type { PlanIndex, SearchHit } from '../search/plan-index.js'
import type { VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import { citationOf, sourceLine } from '../knowledge-base/format-citation.js'
import { MESSAGES } from './answer-messages.vi.js'
import type { Citation, Reply } from './reply.js'
import type { KnowledgeSnapshot } from './knowledge-snapshot.js'
import type { Understanding } from './understand-question.js'
import type { Directory } from '../directory/directory.js'

/** Everything an intent handler needs to answer one question. */
export interface AnswerContext {
  question: string
  /** The question without the province and plan year, which the scope already applies. */
  searchText: string
  /** A chatty message's whole search text, when `searchText` keeps only its question ("…, cho em hỏi …"). */
  wholeSearchText?: string
  understanding: Understanding
  now: Date
  glossary: Glossary
  analyzer: VietnameseAnalyzer
  index: PlanIndex
  documents: ReadonlyMap<string, PlanDocument>
  knowledge: KnowledgeSnapshot
  /** Documents the question is about (its province and year); undefined = all. */
  scope: ReadonlySet<string> | undefined
  /** The province was named (or remembered): answering from another one is not allowed. */
  provinceFixed: boolean
  /** Said after the answer when the year asked is not covered and a nearby year answers instead. */
  yearNote?: string
  /** Trusted addresses and shelters, when wired in. */
  directory?: Directory
}

/** An intent handler returns a reply, or null to let the next rule of the intent table try. */
export type IntentHandler = (ctx: AnswerContext) => Reply | null

export function factOf(ctx: AnswerContext, hit: SearchHit): { doc: PlanDocument; fact: Fact } {
  const doc = ctx.documents.get(hit.entry.documentId)!
  return { doc, fact: doc.facts[hit.entry.factIndex!]! }
}

export function searchScope(ctx: AnswerContext): { documentIds?: ReadonlySet<string> } {
  return ctx.scope ? { documentIds: ctx.scope } : {}
}

/** Text lines, then one source line per document, in the order first cited. */
export function withSources(lines: string[], cited: { doc: PlanDocument; section: string }[], glossary: Glossary): { text: string; citations: Citation[] } {
  const byDoc = new Map<string, { doc: PlanDocument; sections: string[] }>()
  for (const c of cited) {
    const entry = byDoc.get(c.doc.id) ?? { doc: c.doc, sections: [] }
    if (!entry.sections.includes(c.section)) entry.sections.push(c.section)
    byDoc.set(c.doc.id, entry)
  }
  const sources = [...byDoc.values()].map((e) => sourceLine(e.doc, e.sections, glossary))
  return { text: [...lines.filter(Boolean), ...sources].join('\n'), citations: cited.map((c) => citationOf(c.doc, c.section)) }
}

/**
 * The agencies a text names, with the bodies that took over their tasks: an old plan's "Sở Lao động
 * – Thương binh và Xã hội" is who a question about today's "Sở Nội vụ" means.
 */
export function agenciesNamedIn(glossary: Glossary, text: string): Set<string> {
  const ids = new Set<string>()
  for (const m of glossary.findAgencies(text)) {
    for (let a: Agency | undefined = m.value; a && !ids.has(a.id); a = glossary.successorOf(a)) ids.add(a.id)
  }
  return ids
}

/** "Sở LĐ-TB&XH" in an answer about an old plan gets its 2025 successor noted. */
export function successorNotes(ctx: AnswerContext, text: string): string[] {
  const notes = new Set<string>()
  for (const m of ctx.glossary.findAgencies(text)) if (m.value.successor_note) notes.add(m.value.successor_note)
  return [...notes].map((n) => `ℹ️ ${n}`)
}

const sectionMaps = new WeakMap<PlanDocument, Map<string, PlanSection>>()

/** A document's section by path ("IV.2.a"), without walking the tree on every question. */
export function sectionAt(doc: PlanDocument, path: string): PlanSection | undefined {
  let map = sectionMaps.get(doc)
  if (!map) sectionMaps.set(doc, (map = new Map(flattenSections(doc.sections).map((s) => [s.path, s]))))
  return map.get(path)
}

/** The documents in scope (all when the question names no province, year or document). */
export function documentsInScope(ctx: AnswerContext): PlanDocument[] {
  return ctx.scope ? [...ctx.scope].map((id) => ctx.documents.get(id)!) : [...ctx.documents.values()]
}

/** Cut to at most `max` characters, at the end of a clause (";", ".") when one ends past half-way, else at a word. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  const clauseEnd = Math.max(cut.lastIndexOf('; '), cut.lastIndexOf('. '))
  if (clauseEnd > max / 2) return `${cut.slice(0, clauseEnd + 1)} …`
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`
}

/** Several provinces' plans answer and the user named none: say which, offer buttons. */
export function askWhichProvince(ctx: AnswerContext, docs: PlanDocument[], what: string, intent: Reply['intent']): Reply {
  const provinces = [...new Set(docs.map((d) => d.meta.province).filter((p): p is string => Boolean(p)))]
  return {
    intent,
    found: true,
    text: MESSAGES.askProvince(what, provinces),
    buttons: provinces.map((p) => ({ label: p, question: `${ctx.question.replace(/[?？]\s*$/, '')} ở ${p}?` })),
    citations: docs.map((doc) => ({ province: doc.meta.province, issuer: doc.meta.issuer, number: doc.meta.number, date: null, section: '', title: doc.meta.title })),
  }
}
