import type { BudgetFact, PlanDocument, ReferenceFact } from '../knowledge-base/plan-document.js'
import { ownText } from '../knowledge-base/build-section-tree.js'
import { flattenSections } from '../knowledge-base/plan-document.js'
import { withoutClosingClause } from '../knowledge-base/extract-document-details.js'
import { formatVietnameseDate } from '../text/find-dates.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { type AnswerContext, documentsInScope, factOf, sectionAt, searchScope, successorNotes, truncate, withSources } from './answer-context.js'
import { answerClauses, answersDistinctively, queryTerms, rankClauses, splitClauses } from './choose-clauses.js'
import type { Reply } from './reply.js'
import { capitalize } from '../text/letter-case.js'

const MIN_COVERAGE = 0.45
/** Sections whose clauses are read for an answer (the index has ranked them already). */
const MAX_CANDIDATES = 5
/** Share of the question's distinctive (rare) words the answering clause's section must contain. */
const MIN_DISTINCTIVE_COVERAGE = 0.5

/**
 * General questions: the best-matching section, answered with the clause that answers (split at
 * sentences and ";"), then a close runner-up, and the source.
 */
export function answerContent(ctx: AnswerContext): Reply | null {
  const u = ctx.understanding
  const hits = ctx.index.search(ctx.searchText, { kinds: ['section'], ...searchScope(ctx) }, 20)
  const terms = queryTerms(ctx.searchText, ctx.analyzer, ctx.index)
  if (!terms.total) return null
  const candidates = hits
    .filter((h) => h.coverage >= MIN_COVERAGE)
    .slice(0, MAX_CANDIDATES)
    .map((h) => ({ h, section: namedAncestor(ctx, h.entry.documentId, h.entry.section) ?? h.entry.section }))
    .filter(({ h, section }, i, all) => all.findIndex((x) => x.h.entry.documentId === h.entry.documentId && x.section === section) === i)
    .map(({ h, section }) => {
      const parts = answerParts(ctx, h.entry.documentId, section)
      const clauses = rankClauses(parts.map((p) => p.text), terms, ctx.analyzer)
      const sectionCoverage = Math.max(h.coverage, ...clauses.slice(0, 3).map((c) => c.coverage))
      let score = h.score * h.coverage * h.coverage + (clauses[0]?.score ?? 0) * 2
      // The question names the section itself ("mục đích", "tổ chức thực hiện").
      if (section !== h.entry.section) score *= 3
      if (u.asks.basis && h.entry.section === 'preamble') score *= 2
      if (u.asks.budget && /kinh phi|ngan sach/.test(foldDiacritics(h.entry.heading))) score *= 2
      return { hit: { ...h, entry: { ...h.entry, section } }, parts, clauses, score, sectionCoverage }
    })
    .sort((a, b) => b.score - a.score)
  const best = candidates.find((c) => c.clauses.length && c.sectionCoverage >= MIN_DISTINCTIVE_COVERAGE && answersDistinctively(c.clauses, terms, c.sectionCoverage))
  if (!best) return null
  // Asked about a named agency: the passage must name it, or the plan simply says nothing about it.
  const agency = u.agency
  if (agency && u.asks.duty && !ctx.glossary.findAgencies(best.hit.entry.text).some((m) => m.value.id === agency.id)) return null
  const doc = ctx.documents.get(best.hit.entry.documentId)!
  // A bare heading ("I. MỤC ĐÍCH") is answered by its parts, a list question by the items under the answering clause.
  const underHeading = best.parts.every((p) => p.section !== best.hit.entry.section)
  const listed = underHeading ? listAnswer(best.parts, null) : best.parts.length > 1 && u.underlying === 'list' ? listAnswer(best.parts, best.clauses[0]!.text) : null
  const lines = listed ? listed.lines : answerClauses(best.clauses)
  lines.push(...successorNotes(ctx, lines.join(' ')))
  const sections = listed?.sections.length ? listed.sections : [best.hit.entry.section]
  return { intent: u.asks.budget ? 'budget' : 'content', found: true, ...withSources(lines, sections.map((section) => ({ doc, section })), ctx.glossary) }
}

const MAX_LIST_ITEMS = 8

/** The answering clause, then the list items that follow it (each its first clause), in document order; without a lead, every part. */
function listAnswer(parts: AnswerPart[], lead: string | null): { lines: string[]; sections: string[] } {
  if (lead === null) {
    const items = parts.slice(0, MAX_LIST_ITEMS)
    return { lines: items.map((p) => `• ${capitalize(truncate(p.text, 300))}`), sections: [...new Set(items.map((p) => p.section))].slice(0, 3) }
  }
  const at = Math.max(0, parts.findIndex((p) => p.text === lead))
  const leadPart = parts[at]!
  const items = parts.slice(at + 1).filter((p) => p.item).slice(0, MAX_LIST_ITEMS)
  if (!items.length) return { lines: [capitalize(leadPart.text)], sections: [leadPart.section] }
  const lines = [...(leadPart.item ? [] : [capitalize(leadPart.text)]), ...(leadPart.item ? [leadPart, ...items] : items).map((p) => `• ${capitalize(truncate(p.text, 300))}`)]
  return { lines, sections: [...new Set([leadPart, ...items].map((p) => p.section))].slice(0, 3) }
}

/**
 * A cited legal document: named by its number ("Quyết định 2873", "Thông tư 191/2009/TT-BTC"), or
 * asked for ("căn cứ Thông tư nào"). Answered from the plan that cites it, which the source says.
 */
export function answerReference(ctx: AnswerContext): Reply | null {
  const named = ctx.understanding.named.cited.filter(({ doc }) => !ctx.scope || ctx.scope.has(doc.id))
  let picked: { documentId: string; fact: ReferenceFact }[]
  if (named.length) picked = named.map(({ doc, fact }) => ({ documentId: doc.id, fact }))
  else {
    const hits = ctx.index.search(ctx.searchText, { kinds: ['reference'], ...searchScope(ctx) }, 20).filter((h) => h.coverage >= MIN_COVERAGE)
    const top = hits[0]
    if (!top) return null
    const topFact = factOf(ctx, top).fact as ReferenceFact
    picked = hits.map((h) => ({ documentId: h.entry.documentId, fact: factOf(ctx, h).fact as ReferenceFact })).filter((p) => p.fact.number === topFact.number)
  }
  if (!picked.length) return null
  // The same document may be cited with or without its title and date: show the fullest citation.
  const fullness = (f: ReferenceFact) => (f.title ? 2 : 0) + (f.date ? 1 : 0) + (f.issuer ? 1 : 0)
  const best = [...picked].sort((a, b) => fullness(b.fact) - fullness(a.fact))[0]!
  const ref = best.fact
  const title = ref.title ? withoutClosingClause(ref.title).replace(/[,;.]+$/, '') : null
  const date = ref.date ? ` ngày ${formatVietnameseDate(ref.date)}` : ''
  const lines = [`${ref.docType} số ${ref.number}${date}${ref.issuer ? ` của ${ref.issuer}` : ''}${title ? ` ${/^(về|ban hành|phê duyệt)/u.test(title) ? '' : 'về '}${title}` : ''}.`]
  lines.push(`Trích: “${truncate(ref.quote, 300)}”`)
  const citing = ctx.documents.get(best.documentId)!
  return { intent: 'document', found: true, ...withSources(lines, [{ doc: citing, section: ref.section }], ctx.glossary) }
}

/**
 * Budget questions: the figure for the level asked (cấp tỉnh / huyện / xã) when the plan gives
 * figures, else what its funding section says (sources of money rather than amounts).
 */
export function answerBudget(ctx: AnswerContext): Reply | null {
  const inScope = documentsInScope(ctx)
  const hits = ctx.index.search(ctx.searchText, { kinds: ['budget'], ...searchScope(ctx) }, 20)
  const asked = foldDiacritics(ctx.searchText)
  const levelWord = (b: BudgetFact) => foldDiacritics(b.level ?? '').split(' ').at(-1) ?? ''
  // A province's plan has a handful of figures: with the plan fixed, the level named decides.
  const budgets = ctx.provinceFixed ? inScope.flatMap((doc) => doc.facts.filter((f): f is BudgetFact => f.type === 'budget').map((fact) => ({ doc, fact }))) : []
  const byLevel = budgets.find(({ fact }) => fact.level && new RegExp(`\\b${levelWord(fact)}\\b`).test(asked))
  const top = hits[0] && hits[0].coverage >= 0.3 ? { doc: factOf(ctx, hits[0]).doc, fact: factOf(ctx, hits[0]).fact as BudgetFact } : null
  const chosen = byLevel ?? top ?? budgets[0]
  if (!chosen) return ctx.provinceFixed ? answerFundingSection(ctx, inScope) : null
  const { doc, fact: first } = chosen
  const others = doc.facts.filter((b): b is BudgetFact => b.type === 'budget' && b !== first)
  const lines = [`${first.level ? `${capitalize(first.level)}: ` : ''}${first.amount}.`]
  if (others.length) lines.push(`Các mức khác: ${others.map((b) => `${b.level ?? ''} ${b.amount}`.trim()).join('; ')}.`)
  lines.push(`Trích: “${truncate(first.quote, 300)}”`)
  return { intent: 'budget', found: true, ...withSources(lines, [{ doc, section: first.section }], ctx.glossary) }
}

/** A plan without figures: the clauses of its funding section ("III. KINH PHÍ THỰC HIỆN") that match best. */
function answerFundingSection(ctx: AnswerContext, docs: PlanDocument[]): Reply | null {
  const terms = queryTerms(ctx.searchText, ctx.analyzer, ctx.index)
  for (const doc of docs) {
    const section = flattenSections(doc.sections).find((s) => /^(kinh phi|nguon kinh phi|ngan sach)/.test(foldDiacritics(s.heading)))
    if (!section) continue
    const lines = answerClauses(rankClauses(splitClauses(sectionParagraphs(ctx, doc.id, section.path)), terms, ctx.analyzer))
    if (lines.length) return { intent: 'budget', found: true, ...withSources(lines, [{ doc, section: section.path }], ctx.glossary) }
  }
  return null
}

/**
 * The section the question names by its heading ("Mục đích …" → "I. MỤC ĐÍCH"), when a hit lies
 * under it and it is only a heading over its parts: the question asks for all of them.
 */
function namedAncestor(ctx: AnswerContext, documentId: string, path: string): string | null {
  const asked = foldDiacritics(ctx.searchText)
  const doc = ctx.documents.get(documentId)!
  const parts = path.split('.')
  for (let i = 1; i <= parts.length; i++) {
    const s = sectionAt(doc, parts.slice(0, i).join('.'))
    if (!s || s.children.length === 0 || s.paragraphs.length) continue
    const heading = foldDiacritics(s.heading.split(':')[0]!).trim()
    if (heading.length >= 6 && asked.includes(heading)) return s.path
  }
  return null
}

/** A clause-sized part of a section: a sentence or ";"-part, or a list item, with the section it is from. */
interface AnswerPart {
  text: string
  section: string
  item: boolean
}

/**
 * The parts a section can answer with. A bare heading over subsections ("I. MỤC ĐÍCH") offers each
 * subsection's opening clause; a section heading counts only when it is a sentence itself.
 */
function answerParts(ctx: AnswerContext, documentId: string, path: string): AnswerPart[] {
  const doc = ctx.documents.get(documentId)!
  if (path === 'preamble') return doc.preamble.flatMap((p) => splitClauses([p]).map((text) => ({ text, section: path, item: /^[-+•]/.test(p) })))
  const section = sectionAt(doc, path)
  if (!section) return []
  if (section.children.length && !section.paragraphs.length) {
    return section.children.flatMap((c) => splitClauses(ownText(c)).slice(0, 1).map((text) => ({ text, section: c.path, item: true })))
  }
  const paragraphs = section.paragraphs.length ? (section.heading.length > 60 ? [section.heading, ...section.paragraphs] : section.paragraphs) : ownText(section)
  return paragraphs.flatMap((p) => splitClauses([p]).map((text, i) => ({ text, section: path, item: i === 0 && /^[-+•]/.test(p) })))
}

/** A section's own text; a heading counts only when the section has nothing else. */
function sectionParagraphs(ctx: AnswerContext, documentId: string, path: string): string[] {
  return answerParts(ctx, documentId, path).map((p) => p.text)
}
