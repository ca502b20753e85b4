import type { DeadlineFact } from '../knowledge-base/plan-document.js'
import { formatVietnameseDate } from '../text/find-dates.js'
import { agenciesNamedIn, type AnswerContext, askWhichProvince, factOf, searchScope, successorNotes, withSources } from './answer-context.js'
import { MESSAGES } from './answer-messages.vi.js'
import { dateWithCountdown } from './describe-date.js'
import type { Reply } from './reply.js'
import { capitalize } from '../text/letter-case.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { citationOf } from '../knowledge-base/format-citation.js'

const KIND_WEIGHT: Record<DeadlineFact['kind'], number> = { due: 1.6, period: 1.2, recurring: 1, event: 0.5, target: 0.6 }

/**
 * "Hạn báo cáo 6 tháng ở An Giang?" → the due date first ("Trước ngày 10/6/2021 (đã qua)"),
 * then what, who, to whom, and the source. The fact is chosen by text match, weighted by the
 * period asked for (6 tháng, 1 năm) and by the agency that must act.
 */
export function answerDeadline(ctx: AnswerContext): Reply | null {
  const u = ctx.understanding
  const howOften = u.asks.howOften
  const asksDate = u.asks.date
  const hits = ctx.index.search(ctx.searchText, { kinds: ['deadline'], ...searchScope(ctx) }, 40)
  let best: { hit: (typeof hits)[number]; fact: DeadlineFact; score: number } | null = null
  const bestByProvince = new Map<string, { fact: DeadlineFact; score: number; documentId: string }>()
  const deliverable = u.asks.deliverable
  // "Ban … họp khi nào", "khi nào tập huấn": the date of that event, never a report's due date.
  const event = u.asks.event
  for (const hit of hits) {
    const { fact } = factOf(ctx, hit) as { fact: DeadlineFact }
    if (event && !event.test(`${fact.action} ${fact.quote}`)) continue
    // "Hạn nộp báo cáo" is answered by a date for a report, never by a target or the Action Month's dates.
    if (deliverable && !foldDiacritics(fact.action).includes(deliverable)) continue
    let score = hit.score * KIND_WEIGHT[fact.kind]
    if (u.recurrence) score *= fact.recurrence === u.recurrence ? 3 : fact.recurrence ? 0.5 : 0.8
    if (howOften) score *= fact.recurrence ? 3 : 0.3
    else if (asksDate && fact.date === null) score *= 0.3
    if (u.agency) {
      // The agency asked about must act (a stronger sign than the period asked for); the plan may name
      // the body that had its tasks before ("Sở LĐ-TB&XH" for today's "Sở Nội vụ").
      score *= agenciesNamedIn(ctx.glossary, fact.actors.join(', ')).has(u.agency.id) ? 3 : 0.4
    }
    // "gửi UBND tỉnh qua Sở LĐTBXH": the fact sends to, or through, the bodies named so.
    const sentTo = agenciesNamedIn(ctx.glossary, [fact.recipient ?? '', fact.quote].join(' '))
    for (const a of [...u.recipients, ...u.channels]) if (sentTo.has(a.id)) score *= 1.5
    // Several years answer: the latest plan leads (scores within a fifth count as a tie).
    const year = ctx.documents.get(hit.entry.documentId)!.meta.year ?? 0
    const bestYear = best ? (ctx.documents.get(best.hit.entry.documentId)!.meta.year ?? 0) : 0
    if (!best || score > best.score * (year < bestYear ? 1.2 : year > bestYear ? 0.8 : 1)) best = { hit, fact, score }
    const province = hit.entry.province ?? hit.entry.documentId
    if (hit.coverage >= 0.3 && (bestByProvince.get(province)?.score ?? -1) < score) bestByProvince.set(province, { fact, score, documentId: hit.entry.documentId })
  }
  if (!best || best.hit.coverage < 0.3) return null
  // "Hạn báo cáo 6 tháng" where the plans only set yearly dates: not found, never another period's date.
  if (u.recurrence && best.fact.recurrence && best.fact.recurrence !== u.recurrence) return null
  // No province named or remembered, and several plans give such a deadline: say which, offer buttons.
  const close = [...bestByProvince].filter(([, c]) => c.score >= best!.score * 0.6)
  if (!ctx.provinceFixed && close.length > 1) {
    const choices = close.map(([province, c]) => `${province} (${c.fact.date ? formatVietnameseDate(c.fact.end ?? c.fact.date) : (MESSAGES.recurrence[c.fact.recurrence ?? ''] ?? '')})`)
    const reply = askWhichProvince(
      ctx,
      close.map(([, c]) => ctx.documents.get(c.documentId)!),
      'Hạn này',
      'deadline',
    )
    return { ...reply, text: MESSAGES.askProvince('Hạn này', choices), citations: close.map(([, c]) => citationOf(ctx.documents.get(c.documentId)!, c.fact.section)) }
  }
  const { doc } = factOf(ctx, best.hit)
  const f = best.fact
  const lines = [headline(f, ctx.now)]
  // Plans of several years in scope: say which year this deadline belongs to.
  const years = new Set([...(ctx.scope ?? [])].map((id) => ctx.documents.get(id)!.meta.year))
  if (years.size > 1 && doc.meta.year) lines[0] = `${lines[0]!.replace(/\.$/, '')} — ${MESSAGES.planOfYear(doc.meta.year)}.`
  if (f.kind !== 'recurring') lines.push(`Việc cần làm: ${capitalize(f.action)}.`)
  if (f.actors.length) lines.push(`${MESSAGES.who}: ${f.actors.join('; ')}.`)
  if (f.recipient) lines.push(`${MESSAGES.toWhom}: ${f.recipient}.`)
  const others = doc.facts.filter((o): o is DeadlineFact => o.type === 'deadline' && o !== f && o.section === f.section && o.kind === 'due' && o.date !== null)
  if (others.length) lines.push(`Các hạn khác cùng mục: ${others.map((o) => `${formatVietnameseDate(o.date!)} (${shortAction(o)})`).join('; ')}.`)
  lines.push(...successorNotes(ctx, [f.actors.join(' '), f.recipient ?? '', f.action].join(' ')))
  return { intent: 'deadline', found: true, ...withSources(lines, [{ doc, section: f.section }], ctx.glossary) }
}

function headline(f: DeadlineFact, now: Date): string {
  switch (f.kind) {
    case 'due':
      return `${MESSAGES.dueBefore(dateWithCountdown(f.date!, now))}.`
    case 'period':
      return `${MESSAGES.period(formatVietnameseDate(f.date!), formatVietnameseDate(f.end!))}${f.recurrence ? ` (${MESSAGES.recurrence[f.recurrence]!.toLowerCase()})` : ''}.`
    case 'recurring':
      return `${MESSAGES.recurrence[f.recurrence!]}: ${f.action}.`
    case 'target':
      return `${MESSAGES.target(f.date!.slice(0, 4))}: ${f.action}.`
    case 'event':
      return `${MESSAGES.onDate(formatVietnameseDate(f.date!))}: ${f.action}.`
  }
}

function shortAction(f: DeadlineFact): string {
  const words = f.action.split(/\s+/)
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : f.action
}
