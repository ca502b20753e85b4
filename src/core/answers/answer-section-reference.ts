import { capitalize } from '../text/letter-case.js'
import { type AnswerContext, documentsInScope, truncate, withSources } from './answer-context.js'
import { answerParts, listAnswer } from './answer-content.js'
import { resolveSectionReference } from './find-section-reference.js'
import type { Reply } from './reply.js'

/** Documents looked into for a section named by its place; a question naming one part is about a few plans at most. */
const MAX_DOCUMENTS = 20
/** Clauses quoted from a section that is text, not a heading over items. */
const MAX_CLAUSES = 3

/**
 * "Mục đích thứ hai", "phần thứ hai", "mục 1 phần I": the section at that place in the plan in
 * scope, quoted (a heading over items is answered by its items). Needs a province or document:
 * every plan has a part II.
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
    const parts = answerParts(ctx, doc.id, section.path)
    if (!parts.length) continue
    const underHeading = parts.every((p) => p.section !== section.path)
    const listed = underHeading ? listAnswer(parts, null) : null
    const lines = listed ? [`${section.path}. ${capitalize(section.heading.toLocaleLowerCase('vi'))}:`, ...listed.lines] : parts.slice(0, MAX_CLAUSES).map((p) => capitalize(truncate(p.text, 400)))
    return { intent: 'content', found: true, ...withSources(lines, [{ doc, section: section.path }], ctx.glossary) }
  }
  return null
}
