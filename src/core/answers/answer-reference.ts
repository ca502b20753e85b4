import type { ReferenceFact } from '../knowledge-base/plan-document.js'
import { withoutClosingClause } from '../knowledge-base/extract-document-details.js'
import { formatVietnameseDate } from '../text/find-dates.js'
import { type AnswerContext, factOf, searchScope, truncate, withSources } from './answer-context.js'
import { MIN_COVERAGE } from './answer-content.js'
import type { Reply } from './reply.js'

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
  // The first of the fullest (as a stable sort would pick), in one pass: a national decision is cited by thousands of plans.
  const best = picked.reduce((a, b) => (fullness(b.fact) > fullness(a.fact) ? b : a))
  const ref = best.fact
  const title = ref.title ? withoutClosingClause(ref.title).replace(/[,;.]+$/, '') : null
  const date = ref.date ? ` ngày ${formatVietnameseDate(ref.date)}` : ''
  const lines = [`${ref.docType} số ${ref.number}${date}${ref.issuer ? ` của ${ref.issuer}` : ''}${title ? ` ${/^(về|ban hành|phê duyệt)/u.test(title) ? '' : 'về '}${title}` : ''}.`]
  lines.push(`Trích: “${truncate(ref.quote, 300)}”`)
  const citing = ctx.documents.get(best.documentId)!
  return { intent: 'document', found: true, ...withSources(lines, [{ doc: citing, section: ref.section }], ctx.glossary) }
}
