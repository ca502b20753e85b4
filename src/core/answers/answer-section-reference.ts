import { ownText } from '../knowledge-base/build-section-tree.js'
import { flattenSections, type PlanDocument, type PlanSection } from '../knowledge-base/plan-document.js'
import { capitalize } from '../text/letter-case.js'
import { MESSAGES } from './answer-messages.vi.js'
import { type AnswerContext, documentsInScope, truncate, withSources } from './answer-context.js'
import { answerParts, listAnswer } from './answer-content.js'
import { answerClauses, answersDistinctively, queryTerms, rankClauses, splitClauses } from './choose-clauses.js'
import { resolveSectionReference } from './find-section-reference.js'
import type { Reply } from './reply.js'

/** Documents looked into for a section named by its place; a question naming one part is about a few plans at most. */
const MAX_DOCUMENTS = 20
/** Clauses quoted from a section that is text, not a heading over items. */
const MAX_CLAUSES = 3

/**
 * "Mục đích thứ hai", "phần thứ hai", "mục 1 phần I", "mục đích của KH 461": the section at that
 * place or of that title in the plan in scope, quoted (a heading over items is answered by its
 * items). Needs a province or document: every plan has a part II and a "Mục đích".
 */
export function answerSectionReference(ctx: AnswerContext): Reply | null {
  const ref = ctx.understanding.section
  if (!ref || !ctx.scope?.size) return null
  // The newest plan first, as document details do.
  const docs = documentsInScope(ctx)
    .slice(0, MAX_DOCUMENTS)
    .sort((a, b) => (b.meta.year ?? 0) - (a.meta.year ?? 0))
  for (const doc of docs) {
    const section = resolveSectionReference(doc, ref)
    if (!section) continue
    // A part asked for by its title is read whole: each item's text, not only its first clause.
    const parts = ref.path.length || !section.children.length || section.paragraphs.length ? answerParts(ctx, doc.id, section.path) : section.children.map((c) => ({ text: ownText(c).join(' '), section: c.path, item: true }))
    if (!parts.length) continue
    const checked = ctx.understanding.answerType === 'yes-no' && !ref.path.length ? yesNo(ctx, doc, section) : null
    if (checked) return { intent: 'content', found: true, ...withSources(checked, [{ doc, section: section.path }], ctx.glossary) }
    const focused = ref.path.length ? null : focusedClauses(ctx, doc, section, ref.heading!)
    if (focused) return { intent: 'content', found: true, ...withSources(focused.lines, [{ doc, section: focused.section }], ctx.glossary) }
    const underHeading = parts.every((p) => p.section !== section.path)
    const listed = underHeading ? listAnswer(parts, null) : null
    const lines = listed ? [`${section.path}. ${capitalize(section.heading.toLocaleLowerCase('vi'))}:`, ...listed.lines] : parts.slice(0, MAX_CLAUSES).map((p) => capitalize(truncate(p.text, 400)))
    // A part asked for by title cites its listed items ("I.1", "I.2"): more precise than the part.
    const cited = listed?.sections.length && !ref.path.length ? listed.sections : [section.path]
    return {
      intent: 'content',
      found: true,
      ...withSources(
        lines,
        cited.map((s) => ({ doc, section: s })),
        ctx.glossary,
      ),
    }
  }
  return null
}

/** Figures a yes/no question asks a part to contain: target years and percentages, not the plan's own year. */
const FIGURE = /(?<![\d/])(?:(?:19|20)\d\d(?![\d/])|\d+(?:[.,]\d+)?\s?%)/g

/**
 * "KH … có đặt mục tiêu cho năm 2025 không?": Có with the sentences stating the figures asked, or
 * Không when the part states none of them. Null when the question asks for no figure (then the
 * part itself existing is the "Có").
 */
function yesNo(ctx: AnswerContext, doc: PlanDocument, section: PlanSection): string[] | null {
  // The plan's own year ("KH … ra năm 2022") names the document, not a target.
  const own = new Set([ctx.understanding.year, doc.meta.year].map(String))
  const figures = [...new Set([...ctx.question.matchAll(FIGURE)].map((m) => m[0].replace(/\s/g, '')))].filter((f) => !own.has(f))
  if (!figures.length) return null
  const sentences = flattenSections([section])
    .flatMap((s) => [s.heading, ...s.paragraphs])
    .flatMap((p) => p.split(/(?<=[.;])\s+/))
    .map((t) => t.replace(/^[-+•]\s*/, ''))
  const stating = sentences.filter((t) => figures.some((f) => t.replace(/\s(?=%)/g, '').includes(f)))
  if (!stating.length) return [`${MESSAGES.no}. ${MESSAGES.partStatesNot(section.heading, figures.join(', '))}`]
  return [`${MESSAGES.yes}. ${capitalize(truncate(stating[0]!, 400))}`, ...stating.slice(1, MAX_CLAUSES).map((t) => capitalize(truncate(t, 300)))]
}

/**
 * "Chế độ báo cáo trong KH …: vướng mắc thì báo cáo ai?": a part named by its title and asked
 * something more. The words left once the title and the words naming the document are set aside
 * choose the part's clauses; none left (or none matching) and the whole part answers.
 */
function focusedClauses(ctx: AnswerContext, doc: PlanDocument, section: PlanSection, heading: string): { lines: string[]; section: string } | null {
  const terms = queryTerms(ctx.searchText, ctx.analyzer, ctx.index)
  const { meta } = doc
  const scopeWords = new Set([...heading.split(' '), ...ctx.analyzer.analyze([meta.issuer, meta.title, meta.number, meta.type].filter(Boolean).join(' ')).folded])
  for (const t of scopeWords) terms.weights.delete(t)
  terms.total = [...terms.weights.values()].reduce((x, y) => x + y, 0)
  if (!terms.total) return null
  const clauses = flattenSections([section]).flatMap((s) => splitClauses([s.heading, ...s.paragraphs]).map((text) => ({ text, section: s.path })))
  const ranked = rankClauses(
    clauses.map((c) => c.text),
    terms,
    ctx.analyzer,
  )
  const best = ranked[0]
  if (!best || !best.score || !answersDistinctively([best], terms, best.coverage)) return null
  return { lines: answerClauses(ranked), section: clauses[best.position]!.section }
}
