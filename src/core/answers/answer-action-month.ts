import { formatVietnameseDate } from '../text/find-dates.js'
import { type AnswerContext, withSources } from './answer-context.js'
import { MESSAGES } from './answer-messages.vi.js'
import type { Reply } from './reply.js'

/** The Action Month (15/11–15/12 every year), with the period each loaded plan sets for it. */
export function answerActionMonth(ctx: AnswerContext): Reply {
  const inScope = ctx.knowledge.actionMonthPeriods.filter(({ doc }) => !ctx.scope || ctx.scope.has(doc.id))
  // The most recent plans first; a long list is cut (the yearly dates are the same everywhere).
  const periods = [...inScope].sort((a, b) => (b.fact.date ?? '').localeCompare(a.fact.date ?? '')).slice(0, 5)
  const lines: string[] = [MESSAGES.actionMonth]
  if (periods.length) {
    lines.push('Theo các kế hoạch:')
    for (const { doc, fact } of periods) lines.push(`• ${doc.meta.province ?? doc.meta.issuer}: từ ${formatVietnameseDate(fact.date!)} đến ${formatVietnameseDate(fact.end!)}.`)
  }
  return {
    intent: 'action_month',
    found: true,
    ...withSources(
      lines,
      periods.map(({ doc, fact }) => ({ doc, section: fact.section })),
      ctx.glossary,
    ),
  }
}
