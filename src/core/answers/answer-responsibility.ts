import type { DutyFact, PlanDocument } from '../knowledge-base/plan-document.js'
import { ownText } from '../knowledge-base/build-section-tree.js'
import { type AnswerContext, askWhichProvince, factOf, searchScope, sectionAt, successorNotes, truncate, withSources } from './answer-context.js'
import { answersDistinctively, type Clause, queryTerms, rankClauses, splitClauses } from './choose-clauses.js'
import { MESSAGES } from './answer-messages.vi.js'
import type { Reply } from './reply.js'
import { capitalize } from '../text/letter-case.js'

const MAX_TASKS = 6
/** A task is shown whole up to this length, then cut at a clause boundary (see `truncate`). */
const MAX_TASK_LENGTH = 520
const MAX_PROVINCE_BUTTONS = 8
const MIN_COVERAGE = 0.35
/** Units inside a department, named in a task ("Giao Phòng Quản lý Ngân sách … tham mưu"). */
export const UNIT =
  /(?:^|[\s,(])((?:Phòng|Văn phòng|Ban|Công đoàn(?: cơ sở)?|Chi cục|Trung tâm|Liên đoàn|Hội|Sở|Báo|Đài|UBND|Ủy ban)(?: [\p{Lu}\p{Ll}&-][\p{L}&-]*)+?(?:, viên chức)?)(?=\s+(?:chủ trì|phối hợp|tham mưu|theo dõi|thực hiện|tổ chức|triển khai|hướng dẫn|chịu trách nhiệm|có trách nhiệm|xây dựng|là|:)|[,.;:)]|$)/u

/** "What must agency X do?": the agency's tasks, best match first. */
export function answerAgencyTasks(ctx: AnswerContext): Reply | null {
  const agency = ctx.understanding.agency
  if (!agency) return null
  const plans = plansInScope(ctx, agency.id)
  if (!plans.length) return null
  // Rank by how well each task matches the question; plans by their best task, then in load order.
  // Only the plans the search scored and the first few others are looked at, never all of them.
  const scores = new Map<string, number>()
  const best = new Map<PlanDocument, number>()
  for (const hit of ctx.index.search(ctx.searchText, { kinds: ['duty'], agencyId: agency.id, ...searchScope(ctx) }, 200)) {
    const doc = ctx.knowledge.byId.get(hit.entry.documentId)
    const fact = doc?.facts[hit.entry.factIndex ?? -1]
    if (!doc || fact?.type !== 'duty' || fact.agencyId !== agency.id || (ctx.scope && !ctx.scope.has(doc.id))) continue
    scores.set(`${doc.id}|${hit.entry.factIndex}`, hit.score)
    if (hit.score > (best.get(doc) ?? 0)) best.set(doc, hit.score)
  }
  const position = (doc: PlanDocument) => ctx.knowledge.position.get(doc.id)!
  const wanted = !ctx.provinceFixed && plans.length > 1 ? MAX_PROVINCE_BUTTONS : 1
  const top = [...best.keys()].sort((a, b) => best.get(b)! - best.get(a)! || position(a) - position(b)).slice(0, wanted)
  for (const doc of plans) {
    if (top.length >= wanted) break
    if (!best.has(doc)) top.push(doc)
  }
  const scoreOf = (doc: PlanDocument, d: DutyFact) => scores.get(`${doc.id}|${doc.facts.indexOf(d)}`) ?? 0
  const dutiesIn = (doc: PlanDocument) => doc.facts.filter((f): f is DutyFact => f.type === 'duty' && f.agencyId === agency.id).sort((a, b) => scoreOf(doc, b) - scoreOf(doc, a))
  const ranked = top.map((doc) => ({ doc, duties: dutiesIn(doc) }))
  if (wanted > 1)
    return askWhichProvince(
      ctx,
      ranked.map((r) => r.doc),
      MESSAGES.dutiesOf(ranked[0]!.duties[0]!.agency).replace(/:$/, ''),
      'responsibility',
    )
  const { doc, duties } = ranked[0]!
  const lines = [MESSAGES.dutiesOf(duties[0]!.agency)]
  for (const d of duties.slice(0, MAX_TASKS)) lines.push(`• ${capitalize(truncate(d.task, MAX_TASK_LENGTH))}`)
  if (duties.length > MAX_TASKS) lines.push(`… và ${duties.length - MAX_TASKS} nhiệm vụ khác.`)
  lines.push(...successorNotes(ctx, duties[0]!.agency))
  const sections = [...new Set(duties.map((d) => d.agencySection))]
  return {
    intent: 'responsibility',
    found: true,
    ...withSources(
      lines,
      sections.map((section) => ({ doc, section })),
      ctx.glossary,
    ),
  }
}

/**
 * The plans in scope giving the agency duties, in load order. Without a scope that is the
 * snapshot's list as it is; with one, only the scoped plans are looked up (the list is in load
 * order, so membership is a binary search by position).
 */
export function plansInScope(ctx: AnswerContext, agencyId: string): readonly PlanDocument[] {
  const { plansByAgency, byId, position } = ctx.knowledge
  const plans = plansByAgency.get(agencyId) ?? []
  if (!ctx.scope) return plans
  const gives = (at: number) => {
    let lo = 0
    let hi = plans.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (position.get(plans[mid]!.id)! < at) lo = mid + 1
      else hi = mid
    }
    return lo < plans.length && position.get(plans[lo]!.id) === at
  }
  return [...ctx.scope]
    .map((id) => byId.get(id))
    .filter((doc): doc is PlanDocument => doc !== undefined && gives(position.get(doc.id)!))
    .sort((a, b) => position.get(a.id)! - position.get(b.id)!)
}

/**
 * "Who does Y?": the unit whose task or sentence matches Y best. Extracted duties and plain
 * sentences both compete (a plan may say "Giao Phòng X tham mưu …" outside any duty list), and the
 * most specific unit named in the answering clause is put first.
 */
export function answerWho(ctx: AnswerContext): Reply | null {
  const terms = queryTerms(ctx.searchText, ctx.analyzer, ctx.index)
  const candidates: { doc: PlanDocument; section: string; agency: string | null; clause: Clause; score: number }[] = []
  for (const hit of ctx.index.search(ctx.searchText, { kinds: ['duty'], ...searchScope(ctx) }, 10)) {
    if (hit.coverage < MIN_COVERAGE) continue
    const { doc, fact } = factOf(ctx, hit) as { doc: PlanDocument; fact: DutyFact }
    const ranked = rankClauses(splitClauses([fact.task]), terms, ctx.analyzer)
    // Asked what something goes through: the clause that says "qua …" competes too, not only the best-matching one.
    const clauses = ctx.understanding.asks.channel ? ranked.filter((c, i) => i === 0 || THROUGH.test(c.text)) : ranked.slice(0, 1)
    for (const clause of clauses) candidates.push({ doc, section: fact.agencySection, agency: fact.agency, clause, score: clause.score + hit.coverage })
  }
  for (const hit of ctx.index.search(ctx.searchText, { kinds: ['section'], ...searchScope(ctx) }, 5)) {
    if (hit.coverage < MIN_COVERAGE) continue
    const doc = ctx.documents.get(hit.entry.documentId)!
    const section = sectionAt(doc, hit.entry.section)
    const paragraphs = section ? ownText(section) : hit.entry.section === 'preamble' ? doc.preamble : []
    for (const c of rankClauses(splitClauses(paragraphs), terms, ctx.analyzer).slice(0, 2)) {
      if (UNIT.test(c.text) || (ctx.understanding.asks.channel && THROUGH.test(c.text))) candidates.push({ doc, section: hit.entry.section, agency: null, clause: c, score: c.score + hit.coverage })
    }
  }
  candidates.sort((a, b) => b.score - a.score)
  // "báo cáo … thông qua cơ quan nào": the body after "qua" in the best clause that names one.
  if (ctx.understanding.asks.channel) {
    for (const c of candidates) {
      const through = THROUGH.exec(c.clause.text)
      // The clause says how it is reported; sharing a third of the question's weight is enough with "qua" in it.
      if (!through || (c.clause.coverage < 0.3 && !answersDistinctively([c.clause], terms, c.clause.coverage))) continue
      const lines = [`${through[1]!}: ${capitalize(truncate(c.clause.text, 400))}`, ...successorNotes(ctx, through[1]!)]
      return { intent: 'responsibility', found: true, ...withSources(lines, [{ doc: c.doc, section: c.section }], ctx.glossary) }
    }
  }
  // "báo nào", "phòng nào": the best unit of the kind asked for.
  const kind = ctx.understanding.unitKind
  const unitOf = (c: (typeof candidates)[number]) => subjectUnit(c.clause.text, c.agency !== null) ?? c.agency
  const top = kind ? candidates.find((c) => kind.test(unitOf(c) ?? '')) : candidates[0]
  if (!top || !answersDistinctively([top.clause], terms, top.clause.coverage)) return null
  const unit = unitOf(top)
  if (!unit) return null
  const lines = [`${unit}: ${capitalize(truncate(top.clause.text, 400))}`]
  if (top.agency && unit !== top.agency && !top.clause.text.includes(top.agency)) lines.push(`(${MESSAGES.partOf} ${top.agency})`)
  const cited = [{ doc: top.doc, section: top.section }]
  const second = candidates.find((c) => c !== top && c.doc === top.doc && c.agency && c.agency !== top.agency && c.agency !== unit && c.score > top.score * 0.85)
  if (second) {
    lines.push(`${MESSAGES.whoDoes} ${second.agency}: ${truncate(second.clause.text, 200)}`)
    cited.push({ doc: second.doc, section: second.section })
  }
  lines.push(...successorNotes(ctx, [unit, top.agency ?? ''].join(' ')))
  return { intent: 'responsibility', found: true, ...withSources(lines, cited, ctx.glossary) }
}

/** "… thông qua Sở Lao động - Thương binh và Xã hội để tổng hợp": the body something goes through. */
const THROUGH = /(?:thông qua|qua)\s+((?:Sở|Phòng|Ban|UBND|Ủy ban|Văn phòng|Hội|Bộ|Cơ quan)(?:[\s-]+[\p{L}&]+)*?)(?=\s+(?:để|tổng hợp|trước|theo|và báo cáo)|\s*[,.;)]|$)/u

/**
 * The unit a clause is about. A task under an agency's heading names co-actors ("phối hợp với
 * Văn phòng Sở"), so only a unit it is explicitly given to ("Giao Phòng X …") replaces its agency;
 * a plain sentence is about the unit it opens with.
 */
function subjectUnit(clause: string, underAgency: boolean): string | null {
  const given = /^(?:giao|đề nghị)\s+/iu.exec(clause)
  if (underAgency && !given) return null
  const rest = given ? clause.slice(given[0].length) : clause.replace(/^căn cứ [^,]*,\s*/iu, '')
  const m = new RegExp(UNIT.source, 'u').exec(rest)
  return m && m.index <= 1 ? m[1]!.trim() : underAgency ? null : (m?.[1]?.trim() ?? null)
}
