import { formatVietnameseDate } from '../text/find-dates.js'
import { type AnswerContext, withSources } from './answer-context.js'
import { MESSAGES } from './answer-messages.vi.js'
import type { Reply } from './reply.js'

const MAX_PERIODS = 5

/** The Action Month (15/11–15/12 every year), with the period each loaded plan sets for it. */
export function answerActionMonth(ctx: AnswerContext): Reply {
  // The most recent plans first; a long list is cut (the yearly dates are the same everywhere).
  // The periods are sorted once per snapshot: a scoped question looks up its own plans' places.
  const { actionMonthPeriods: all, actionMonthRank: rank } = ctx.knowledge
  const periods = ctx.scope
    ? [...ctx.scope]
        .map((id) => rank.get(id))
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => a - b)
        .slice(0, MAX_PERIODS)
        .map((i) => all[i]!)
    : all.slice(0, MAX_PERIODS)
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
