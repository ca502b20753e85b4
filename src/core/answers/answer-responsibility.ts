import type { DutyFact, PlanDocument } from '../knowledge-base/plan-document.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { type AnswerContext, askWhichProvince, factOf, searchScope, successorNotes, truncate, withSources } from './answer-context.js'
import { MESSAGES } from './answer-messages.vi.js'
import type { Reply } from './reply.js'
import { capitalize } from '../text/letter-case.js'

const MAX_TASKS = 6
const MAX_PROVINCE_BUTTONS = 8
const WHO_WORDS = /\b(ai|don vi nao|phong nao|co quan nao|so nao|bo phan nao|to chuc nao)\b/g

/**
 * Two questions: "what must agency X do?" (the agency's tasks, best match first) and
 * "who does Y?" (the agency whose task matches Y best).
 */
export function answerResponsibility(ctx: AnswerContext): Reply | null {
  const u = ctx.understanding
  if (u.askingWho) return answerWho(ctx)
  if (!u.agency) return null
  // No tasks assigned to this agency by name: the general search finds where the plan speaks of it.
  return answerAgencyTasks(ctx, u.agency.id)
}

function answerAgencyTasks(ctx: AnswerContext, agencyId: string): Reply | null {
  const byDoc = new Map<PlanDocument, DutyFact[]>()
  for (const { doc, fact } of ctx.knowledge.dutiesByAgency.get(agencyId) ?? []) {
    if (ctx.scope && !ctx.scope.has(doc.id)) continue
    byDoc.set(doc, [...(byDoc.get(doc) ?? []), fact])
  }
  if (!byDoc.size) return null
  // Rank by how well each task matches the question; documents by their best task.
  const scores = new Map<string, number>()
  for (const hit of ctx.index.search(ctx.searchText, { kinds: ['duty'], agencyId, ...searchScope(ctx) }, 200)) {
    scores.set(`${hit.entry.documentId}|${hit.entry.factIndex}`, hit.score)
  }
  const scoreOf = (doc: PlanDocument, d: DutyFact) => scores.get(`${doc.id}|${doc.facts.indexOf(d)}`) ?? 0
  const ranked = [...byDoc].map(([doc, duties]) => ({ doc, duties: [...duties].sort((a, b) => scoreOf(doc, b) - scoreOf(doc, a)) }))
  ranked.sort((a, b) => scoreOf(b.doc, b.duties[0]!) - scoreOf(a.doc, a.duties[0]!))
  if (!ctx.provinceFixed && ranked.length > 1) return askWhichProvince(ctx, ranked.slice(0, MAX_PROVINCE_BUTTONS).map((r) => r.doc), MESSAGES.dutiesOf(ranked[0]!.duties[0]!.agency).replace(/:$/, ''))
  const { doc, duties } = ranked[0]!
  const lines = [MESSAGES.dutiesOf(duties[0]!.agency)]
  for (const d of duties.slice(0, MAX_TASKS)) lines.push(`• ${capitalize(truncate(d.task, 260))}`)
  if (duties.length > MAX_TASKS) lines.push(`… và ${duties.length - MAX_TASKS} nhiệm vụ khác.`)
  lines.push(...successorNotes(ctx, duties[0]!.agency))
  const sections = [...new Set(duties.map((d) => d.agencySection))]
  return { intent: 'responsibility', found: true, ...withSources(lines, sections.map((section) => ({ doc, section })), ctx.glossary) }
}

function answerWho(ctx: AnswerContext): Reply | null {
  const query = foldDiacritics(ctx.searchText).replace(WHO_WORDS, ' ')
  const hits = ctx.index.search(query, { kinds: ['duty'], ...searchScope(ctx) }, 10)
  const top = hits[0]
  if (!top || top.coverage < 0.35) return null
  const { doc, fact } = factOf(ctx, top) as { doc: PlanDocument; fact: DutyFact }
  const lines = [`${fact.agency}: ${capitalize(truncate(fact.task, 300))}`]
  const second = hits.find((h) => h !== top && h.entry.documentId === top.entry.documentId && h.score > top.score * 0.8)
  const cited = [{ doc, section: fact.agencySection }]
  if (second) {
    const other = factOf(ctx, second).fact as DutyFact
    if (other.agency !== fact.agency) {
      lines.push(`${MESSAGES.whoDoes} ${other.agency}: ${truncate(other.task, 200)}`)
      cited.push({ doc, section: other.agencySection })
    }
  }
  lines.push(...successorNotes(ctx, fact.agency))
  return { intent: 'responsibility', found: true, ...withSources(lines, cited, ctx.glossary) }
}
