import type { BudgetFact, PlanDocument } from '../knowledge-base/plan-document.js'
import { flattenSections } from '../knowledge-base/plan-document.js'
import { capitalize } from '../text/letter-case.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { type AnswerContext, documentsInScope, factOf, searchScope, truncate, withSources } from './answer-context.js'
import { sectionParagraphs } from './answer-content.js'
import { answerClauses, queryTerms, rankClauses, splitClauses } from './choose-clauses.js'
import type { Reply } from './reply.js'

/**
 * Budget questions: the figure for the level asked (cấp tỉnh / huyện / xã) when the plan gives
 * figures, else what its funding section says (sources of money rather than amounts).
 */
export function answerBudget(ctx: AnswerContext): Reply | null {
  const inScope = documentsInScope(ctx)
  const hits = ctx.index.search(ctx.searchText, { kinds: ['budget'], ...searchScope(ctx) }, 20)
  const asked = foldDiacritics(ctx.searchText)
  const levelWord = (b: BudgetFact) =>
    foldDiacritics(b.level ?? '')
      .split(' ')
      .at(-1) ?? ''
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
