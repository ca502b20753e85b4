import type { ReferenceFact } from '../knowledge-base/plan-document.js'
import { withoutClosingClause } from '../knowledge-base/extract-document-details.js'
import { formatVietnameseDate } from '../text/find-dates.js'
import { type AnswerContext, factOf, searchScope, truncate, withSources } from './answer-context.js'
import { MIN_COVERAGE } from './answer-content.js'
import { citationFullness, fullestCitation } from './find-document-numbers.js'
import type { Reply } from './reply.js'
import { describeDocument } from '../knowledge-base/format-citation.js'
import { MESSAGES } from './answer-messages.vi.js'

/**
 * A cited legal document: named by its number ("Quyết định 2873", "Thông tư 191/2009/TT-BTC"), or
 * asked for ("căn cứ Thông tư nào"). Answered from the plan that cites it, which the source says.
 */
export function answerReference(ctx: AnswerContext): Reply | null {
  // The same document may be cited with or without its title and date: show the fullest citation
  // (the first of them). A national decision is cited by thousands of plans: the fullest citation of
  // each way it is written is found once per reload, and only a narrower scope is looked through.
  const named = fullestCitation(ctx.understanding.named.cited, ctx.scope)
  let best: { documentId: string; fact: ReferenceFact }
  if (named) best = { documentId: named.doc.id, fact: named.fact }
  else {
    const hits = ctx.index.search(ctx.searchText, { kinds: ['reference'], ...searchScope(ctx) }, 20).filter((h) => h.coverage >= MIN_COVERAGE)
    const top = hits[0]
    if (!top) return null
    const topFact = factOf(ctx, top).fact as ReferenceFact
    const picked = hits.map((h) => ({ documentId: h.entry.documentId, fact: factOf(ctx, h).fact as ReferenceFact })).filter((p) => p.fact.number === topFact.number)
    best = picked.reduce((a, b) => (citationFullness(b.fact) > citationFullness(a.fact) ? b : a))
  }
  const ref = best.fact
  const title = ref.title ? withoutClosingClause(ref.title).replace(/[,;.]+$/, '') : null
  const date = ref.date ? ` ngày ${formatVietnameseDate(ref.date)}` : ''
  const lines = [`${ref.docType} số ${ref.number}${date}${ref.issuer ? ` của ${ref.issuer}` : ''}${title ? ` ${/^(về|ban hành|phê duyệt)/u.test(title) ? '' : 'về '}${title}` : ''}.`]
  lines.push(`Trích: “${truncate(ref.quote, 300)}”`)
  const citing = ctx.documents.get(best.documentId)!
  return { intent: 'document', found: true, ...withSources(lines, [{ doc: citing, section: ref.section }], ctx.glossary) }
}

/**
 * "KH 67 có nhắc Chỉ thị 37 không?": whether the plans named by number cite the other document the
 * question names. "Có" with the citation, or "Không" for those plans — never an unrelated sentence.
 */
export function answerMentions(ctx: AnswerContext): Reply | null {
  const u = ctx.understanding
  const plans = u.named.loaded
  const other = u.documentNumbers.find((n) => !ctx.knowledge.numbered.resolve(n).loaded.length)
  if (!plans.length || !other) return null
  for (const cited of u.named.cited) {
    for (const group of cited.groups) {
      const citation = group.citations.find((c) => plans.includes(c.doc))
      if (!citation) continue
      const ref = citation.fact
      const lines = [`${MESSAGES.yes}. ${MESSAGES.mentions(describeDocument(citation.doc, ctx.glossary), `${ref.docType} số ${ref.number}`)}`, `Trích: “${truncate(ref.quote, 300)}”`]
      return { intent: 'document', found: true, ...withSources(lines, [{ doc: citation.doc, section: ref.section }], ctx.glossary) }
    }
  }
  const named = ctx.question.slice(other.index, other.end)
  const text = `${MESSAGES.no}. ${plans.map((d) => MESSAGES.doesNotMention(describeDocument(d, ctx.glossary), named)).join('\n')}`
  return { intent: 'document', found: false, text, citations: [] }
}
