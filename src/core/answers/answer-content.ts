import { ownText } from '../knowledge-base/build-section-tree.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { type AnswerContext, sectionAt, searchScope, successorNotes, truncate, withSources } from './answer-context.js'
import { answerClauses, answersDistinctively, queryTerms, rankClauses, splitClauses } from './choose-clauses.js'
import type { Reply } from './reply.js'
import { capitalize } from '../text/letter-case.js'

/** Index coverage a section needs to be read at all (shared with cited-document search). */
export const MIN_COVERAGE = 0.45
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
      const clauses = rankClauses(
        parts.map((p) => p.text),
        terms,
        ctx.analyzer,
      )
      const sectionCoverage = Math.max(h.coverage, ...clauses.slice(0, 3).map((c) => c.coverage))
      let score = h.score * h.coverage * h.coverage + (clauses[0]?.score ?? 0) * 2
      // The question names the section itself ("mục đích", "tổ chức thực hiện").
      if (section !== h.entry.section) score *= 3
      if (u.asks.basis && h.entry.section === 'preamble') score *= 2
      if (u.asks.budget && /kinh phi|ngan sach/.test(foldDiacritics(h.entry.heading))) score *= 2
      // Asked what is done, naming no one: the plan's own content before the same words in one agency's duties.
      if (!u.agency && u.underlying !== 'agency' && agencyHeading(ctx, h.entry.documentId, section)) score *= 0.8
      // "Ban … họp khi nào": the passage about that event ("Họp định kỳ hoặc đột xuất"), whatever folds like it.
      const event = u.asks.event
      if (event && clauses.some((c) => event.test(c.text))) {
        score *= 3
        clauses.sort((a, b) => Number(event.test(b.text)) - Number(event.test(a.text)))
      }
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
  // "Cơ quan nào …?" answered by a clause under an agency's heading: the agency leads, as a who-answer would.
  const unit = u.underlying === 'agency' ? agencyHeading(ctx, doc.id, best.hit.entry.section) : null
  if (unit && lines[0] && !lines.join(' ').includes(unit)) lines[0] = `${unit}: ${lines[0]}`
  lines.push(...successorNotes(ctx, lines.join(' ')))
  const sections = listed?.sections.length ? listed.sections : [best.hit.entry.section]
  return {
    intent: u.asks.budget ? 'budget' : 'content',
    found: true,
    ...withSources(
      lines,
      sections.map((section) => ({ doc, section })),
      ctx.glossary,
    ),
  }
}

const MAX_LIST_ITEMS = 8
const MAX_AGENCY_HEADING = 120

/** The nearest heading at or above a section that names an agency ("4. Sở Nội vụ" over "IV.4.a"). */
function agencyHeading(ctx: AnswerContext, documentId: string, path: string): string | null {
  const doc = ctx.documents.get(documentId)!
  const parts = path.split('.')
  for (let i = parts.length; i > 0; i--) {
    const heading =
      sectionAt(doc, parts.slice(0, i).join('.'))
        ?.heading.replace(/[:.]\s*$/, '')
        .trim() ?? ''
    if (heading.length <= MAX_AGENCY_HEADING && ctx.glossary.findAgencies(heading)[0]?.index === 0) return heading
  }
  return null
}

/** The answering clause, then the list items that follow it (each its first clause), in document order; without a lead, every part. */
export function listAnswer(parts: AnswerPart[], lead: string | null): { lines: string[]; sections: string[] } {
  if (lead === null) {
    const items = parts.slice(0, MAX_LIST_ITEMS)
    return { lines: items.map((p) => `• ${capitalize(truncate(p.text, 300))}`), sections: [...new Set(items.map((p) => p.section))].slice(0, 3) }
  }
  const at = Math.max(
    0,
    parts.findIndex((p) => p.text === lead),
  )
  const leadPart = parts[at]!
  const items = parts
    .slice(at + 1)
    .filter((p) => p.item)
    .slice(0, MAX_LIST_ITEMS)
  if (!items.length) return { lines: [capitalize(leadPart.text)], sections: [leadPart.section] }
  const lines = [...(leadPart.item ? [] : [capitalize(leadPart.text)]), ...(leadPart.item ? [leadPart, ...items] : items).map((p) => `• ${capitalize(truncate(p.text, 300))}`)]
  return { lines, sections: [...new Set([leadPart, ...items].map((p) => p.section))].slice(0, 3) }
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
export interface AnswerPart {
  text: string
  section: string
  item: boolean
}

/**
 * The parts a section can answer with. A bare heading over subsections ("I. MỤC ĐÍCH") offers each
 * subsection's opening clause; a section heading counts only when it is a sentence itself.
 */
export function answerParts(ctx: AnswerContext, documentId: string, path: string): AnswerPart[] {
  const doc = ctx.documents.get(documentId)!
  if (path === 'preamble') return doc.preamble.flatMap((p) => splitClauses([p]).map((text) => ({ text, section: path, item: /^[-+•]/.test(p) })))
  const section = sectionAt(doc, path)
  if (!section) return []
  if (section.children.length && !section.paragraphs.length) {
    return section.children.flatMap((c) =>
      splitClauses(ownText(c))
        .slice(0, 1)
        .map((text) => ({ text, section: c.path, item: true })),
    )
  }
  const paragraphs = section.paragraphs.length ? (section.heading.length > 60 ? [section.heading, ...section.paragraphs] : section.paragraphs) : ownText(section)
  return paragraphs.flatMap((p) => splitClauses([p]).map((text, i) => ({ text, section: path, item: i === 0 && /^[-+•]/.test(p) })))
}

/** A section's text as clauses (see `answerParts`). */
export function sectionParagraphs(ctx: AnswerContext, documentId: string, path: string): string[] {
  return answerParts(ctx, documentId, path).map((p) => p.text)
}
