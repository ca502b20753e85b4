import type { DutyFact } from '../knowledge-base/plan-document.js'
import { capitalize } from '../text/letter-case.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { agenciesNamedIn, type AnswerContext, askWhichProvince, successorNotes, truncate, withSources } from './answer-context.js'
import { queryTerms, rankClauses, splitClauses } from './choose-clauses.js'
import { MESSAGES } from './answer-messages.vi.js'
import { plansInScope } from './answer-responsibility.js'
import type { Reply } from './reply.js'

const MAX_OWN = 3
const MAX_PARTNERS = 3
const MAX_CLAUSE_LENGTH = 520
const COOPERATES = /\b(phoi hop|cung voi|ket hop)\b/

/**
 * "Văn phòng Sở phối hợp với ai?", "Mặt trận Tổ quốc phối hợp thế nào?": the agency's own tasks
 * that say whom it works with (its section first), then the units whose tasks say they work with
 * it. Only the plans in scope that give the agency duties are read.
 */
export function answerCooperation(ctx: AnswerContext): Reply | null {
  const agency = ctx.understanding.agency
  if (!agency) return null
  const plans = plansInScope(ctx, agency.id)
  if (!plans.length) return null
  if (!ctx.provinceFixed && plans.length > 1) return askWhichProvince(ctx, plans.slice(0, 8), MESSAGES.cooperationOf(agency.name), 'responsibility')
  const terms = queryTerms(ctx.searchText, ctx.analyzer, ctx.index)
  for (const doc of plans) {
    const duties = doc.facts.filter((f): f is DutyFact => f.type === 'duty')
    const own = clausesOf(
      ctx,
      duties.filter((d) => d.agencyId === agency.id),
      terms,
    ).slice(0, MAX_OWN)
    const partners = clausesOf(
      ctx,
      duties.filter((d) => d.agencyId !== agency.id && agenciesNamedIn(ctx.glossary, d.task).has(agency.id)),
      terms,
    ).slice(0, MAX_PARTNERS)
    if (!own.length && !partners.length) continue
    const lines = own.map((c) => `${c.duty.agency}: ${capitalize(truncate(c.text, MAX_CLAUSE_LENGTH))}`)
    if (partners.length) lines.push(MESSAGES.worksWith(own[0]?.duty.agency ?? agency.name), ...partners.map((c) => `• ${c.duty.agency}: ${truncate(c.text, MAX_CLAUSE_LENGTH)}`))
    lines.push(...successorNotes(ctx, [...own, ...partners].map((c) => `${c.duty.agency} ${c.text}`).join(' ')))
    const cited = [...own, ...partners].map((c) => ({ doc, section: c.duty.agencySection }))
    return { intent: 'responsibility', found: true, ...withSources(lines, cited, ctx.glossary) }
  }
  return null
}

/** The clauses of these duties that speak of working together, best match to the question first. */
function clausesOf(ctx: AnswerContext, duties: DutyFact[], terms: ReturnType<typeof queryTerms>): { duty: DutyFact; text: string; score: number }[] {
  return duties
    .flatMap((duty) => rankClauses(splitClauses([duty.task]), terms, ctx.analyzer).map((c) => ({ duty, text: c.text, score: c.score })))
    .filter((c) => COOPERATES.test(foldDiacritics(c.text)))
    .sort((a, b) => b.score - a.score)
}
