import { capitalize } from '../text/letter-case.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { type AnswerContext, documentsInScope, successorNotes, truncate, withSources } from './answer-context.js'
import { answerParts } from './answer-content.js'
import { MESSAGES } from './answer-messages.vi.js'
import { splitClauses } from './choose-clauses.js'
import { findNamedUnit } from './find-named-unit.js'
import type { Reply } from './reply.js'

/** Documents whose printed units are read: a province's plans, never the whole collection. */
const MAX_DOCUMENTS = 200
const MAX_TASKS = 4
const MAX_TASK_LENGTH = 400

/**
 * "Báo TT Huế làm gì?", "Ban nữ công Sở Tài chính phải làm gì?": a unit the glossary does not
 * know but a plan in scope prints. Its own section answers when the unit heads it; otherwise the
 * sentences that name it. Needs a scope (a province or document): units are read from it only.
 */
export function answerUnitTasks(ctx: AnswerContext): Reply | null {
  // Asked what the unit does ("làm gì", "nhiệm vụ"): any other question naming it is searched.
  if (!ctx.scope?.size || !ctx.understanding.asks.duty) return null
  const docs = documentsInScope(ctx)
    .sort((a, b) => (b.meta.year ?? 0) - (a.meta.year ?? 0))
    .slice(0, MAX_DOCUMENTS)
  const unit = findNamedUnit(ctx.question, docs, ctx.glossary, new Set(ctx.understanding.agencies.map((a) => a.id)))
  if (!unit) return null
  const { doc, section, name } = unit
  const named = foldDiacritics(name).toLowerCase()
  const tasks = unit.inHeading ? answerParts(ctx, doc.id, section.path).map((p) => withoutTitle(p.text, section.heading)) : splitClauses(section.paragraphs).filter((c) => foldDiacritics(c).toLowerCase().includes(named))
  if (!tasks.length) return null
  const lines = [MESSAGES.dutiesOf(name), ...tasks.slice(0, MAX_TASKS).map((t) => `• ${capitalize(truncate(t, MAX_TASK_LENGTH))}`)]
  lines.push(...successorNotes(ctx, name))
  return { intent: 'responsibility', found: true, ...withSources(lines, [{ doc, section: section.path }], ctx.glossary) }
}

/** "Báo …, Đài …: Phối hợp …" quoted as its task: the units' title is already the answer's lead. */
function withoutTitle(text: string, heading: string): string {
  const title = heading.split(':')[0]!
  return heading.includes(':') && text.startsWith(title) ? text.slice(title.length).replace(/^:\s*/, '') : text
}
