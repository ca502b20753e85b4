import { formatYearSpan } from '../knowledge-base/coverage-years.js'
import { type AnswerContext, withSources } from './answer-context.js'
import { MESSAGES } from './answer-messages.vi.js'
import type { Reply } from './reply.js'

const MAX_LISTED = 20

/**
 * "Bot có kế hoạch của những tỉnh nào?", "Tỉnh nào có kế hoạch năm 2020?": the loaded documents
 * (those covering the year asked, when one is), one line each with its province and the years it
 * covers, in province order; the source lines name each document.
 */
export function answerCatalog(ctx: AnswerContext): Reply | null {
  // The order is the snapshot's, made once: a year's ~1,000 plans are not collated per question.
  const { plans } = ctx.knowledge
  const docs = ctx.scope ? plans.inCatalogOrderOf(ctx.scope) : plans.inCatalogOrder
  if (!docs.length) return null
  const listed = docs.slice(0, MAX_LISTED)
  const lines = [ctx.understanding.year ? MESSAGES.catalogOfYear(ctx.understanding.year) : MESSAGES.catalog]
  for (const doc of listed) {
    const spans = (ctx.knowledge.details.get(doc.id)?.coverage ?? []).map(formatYearSpan)
    lines.push(`• ${doc.meta.province ?? MESSAGES.noProvince}: ${MESSAGES.catalogYears([...new Set(spans.length ? spans : [String(doc.meta.year)])].join(', '))}`)
  }
  if (docs.length > listed.length) lines.push(MESSAGES.andMore(docs.length - listed.length))
  return {
    intent: 'content',
    found: true,
    ...withSources(
      lines,
      listed.map((doc) => ({ doc, section: 'header' })),
      ctx.glossary,
    ),
  }
}
