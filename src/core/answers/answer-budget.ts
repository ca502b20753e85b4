import type { BudgetFact, PlanDocument } from '../knowledge-base/plan-document.js'
import { flattenSections } from '../knowledge-base/plan-document.js'
import { capitalize } from '../text/letter-case.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { type AnswerContext, documentsInScope, factOf, searchScope, truncate, withSources } from './answer-context.js'
import { sectionParagraphs } from './answer-content.js'
import { answerClauses, type Clause, queryTerms, rankClauses, splitClauses } from './choose-clauses.js'
import type { Reply } from './reply.js'
import { MESSAGES } from './answer-messages.vi.js'

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
  // "cấp tỉnh" is read from the question itself: "tỉnh" as a scope word has left the search text.
  const question = foldDiacritics(ctx.question)
  const byLevel = budgets.find(({ fact }) => fact.level && (new RegExp(`\\b${levelWord(fact)}\\b`).test(asked) || new RegExp(`\\bcap ${levelWord(fact)}\\b`).test(question)))
  const top = hits[0] && hits[0].coverage >= 0.3 ? { doc: factOf(ctx, hits[0]).doc, fact: factOf(ctx, hits[0]).fact as BudgetFact } : null
  const u = ctx.understanding
  // "Mỗi xã được bao nhiêu?", "Hội LHPN được cấp bao nhiêu?": an amount for a unit the plan gives no figure for.
  const amountAsked = u.answerType === 'amount' || u.underlying === 'amount'
  const unitAsked = u.agency !== null || /\b(cap xa|moi xa|xa|phuong|huyen|don vi|co quan)\b/.test(asked)
  if (amountAsked && ctx.provinceFixed && (budgets.length ? unitAsked && !byLevel : true)) return amountNotStated(ctx, inScope, budgets)
  // Asked where the money comes from, which circular sets the rates, whether a unit must fund itself:
  // the funding section's answering clause, not the figures.
  if (!amountAsked && !byLevel && u.underlying !== 'text') return ctx.provinceFixed ? answerFundingSection(ctx, inScope) : null
  // Asked about money without a type ("… bố trí kinh phí vào đâu?"): the figures only when a figure is the clause that answers.
  if (!amountAsked && !byLevel && ctx.provinceFixed && budgets.length) {
    const funding = fundingClauses(ctx, inScope)
    const isFigure = (c: Clause) => budgets.some(({ fact }) => fact.quote.includes(c.text))
    const [top] = funding?.ranked ?? []
    if (funding && top && !isFigure(top) && top.score > (funding.ranked.find(isFigure)?.score ?? 0)) return fundingReply(ctx, funding)
  }
  const chosen = byLevel ?? top ?? budgets[0]
  if (!chosen) return ctx.provinceFixed ? answerFundingSection(ctx, inScope) : null
  const { doc, fact: first } = chosen
  const others = doc.facts.filter((b): b is BudgetFact => b.type === 'budget' && b !== first)
  const lines = [`${first.level ? `${capitalize(first.level)}: ` : ''}${first.amount}.`]
  if (others.length) lines.push(`Các mức khác: ${others.map((b) => `${b.level ?? ''} ${b.amount}`.trim()).join('; ')}.`)
  lines.push(`Trích: “${truncate(first.quote, 300)}”`)
  return { intent: 'budget', found: true, ...withSources(lines, [{ doc, section: first.section }], ctx.glossary) }
}

/**
 * The plans do not state the amount asked: said first, then what they do say about money (the
 * figures they give for other levels, or the sources of funding) — never a number for something else.
 */
function amountNotStated(ctx: AnswerContext, docs: PlanDocument[], budgets: { doc: PlanDocument; fact: BudgetFact }[]): Reply {
  const unit = ctx.understanding.agency?.name
  const head = MESSAGES.amountNotStated(unit ?? null)
  if (budgets.length) {
    const { doc } = budgets[0]!
    const figures = budgets.filter((b) => b.doc === doc).map(({ fact }) => `${fact.level ?? ''} ${fact.amount}`.trim())
    return { intent: 'budget', found: false, ...withSources([head, `${MESSAGES.statedAmounts}: ${figures.join('; ')}.`], [{ doc, section: budgets[0]!.fact.section }], ctx.glossary) }
  }
  const funding = answerFundingSection(ctx, docs)
  if (!funding) return { intent: 'budget', found: false, text: head, citations: [] }
  const [first, ...rest] = funding.text.split('\n')
  return { ...funding, found: false, text: [head, `${MESSAGES.fundingSays}: ${first}`, ...rest].join('\n') }
}

/** A plan without figures: the clauses of its funding section ("III. KINH PHÍ THỰC HIỆN") that match best. */
function answerFundingSection(ctx: AnswerContext, docs: PlanDocument[]): Reply | null {
  const funding = fundingClauses(ctx, docs)
  return funding ? fundingReply(ctx, funding) : null
}

interface FundingClauses {
  doc: PlanDocument
  section: string
  ranked: Clause[]
}

/** The first plan's funding section, its clauses ranked against the question. */
function fundingClauses(ctx: AnswerContext, docs: PlanDocument[]): FundingClauses | null {
  const terms = queryTerms(ctx.searchText, ctx.analyzer, ctx.index)
  for (const doc of docs) {
    // The funding section, else (a letter without one) the first section that speaks of funding.
    const sections = flattenSections(doc.sections)
    const section = sections.find((s) => /^(kinh phi|nguon kinh phi|ngan sach)/.test(foldDiacritics(s.heading))) ?? sections.find((s) => /\b(bo tri kinh phi|nguon ngan sach|ngan sach)\b/.test(foldDiacritics(`${s.heading} ${s.paragraphs.join(' ')}`)))
    if (!section) continue
    const ranked = rankClauses(splitClauses(sectionParagraphs(ctx, doc.id, section.path)), terms, ctx.analyzer)
    if (ranked.length) return { doc, section: section.path, ranked }
  }
  return null
}

function fundingReply(ctx: AnswerContext, { doc, section, ranked }: FundingClauses): Reply {
  return { intent: 'budget', found: true, ...withSources(answerClauses(ranked), [{ doc, section }], ctx.glossary) }
}
