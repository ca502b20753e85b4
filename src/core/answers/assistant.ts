import type { Glossary } from '../knowledge-base/glossary.js'
import type { DeadlineFact, DutyFact, PlanDocument } from '../knowledge-base/plan-document.js'
import { PlanIndex } from '../search/plan-index.js'
import { VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import { foldDiacritics, removeInvisible } from '../text/normalize-vietnamese.js'
import { PhraseMatcher } from '../text/phrase-matcher.js'
import { answerActionMonth } from './answer-action-month.js'
import { answerBudget, answerContent } from './answer-content.js'
import type { AnswerContext, IntentHandler } from './answer-context.js'
import { answerDeadline } from './answer-deadline.js'
import { answerOverview } from './answer-overview.js'
import { MESSAGES } from './answer-messages.vi.js'
import { answerResponsibility } from './answer-responsibility.js'
import { answerShelter } from './answer-shelter.js'
import type { Directory } from '../directory/directory.js'
import { lookupShelters, nearbyReply } from '../directory/shelter-lookup.js'
import type { AskContext, Reply, ReplyButton } from './reply.js'
import { understandQuestion } from './understand-question.js'

/** Questions longer than this are cut before analysis (a pasted document is not a question). */
export const MAX_QUESTION_LENGTH = 500


export interface KnowledgeSnapshot {
  documents: readonly PlanDocument[]
  byId: ReadonlyMap<string, PlanDocument>
  glossary: Glossary
  index: PlanIndex
  analyzer: VietnameseAnalyzer
  /** Duties grouped by agency id, so "what does X do" never scans every plan. */
  dutiesByAgency: ReadonlyMap<string, readonly { doc: PlanDocument; fact: DutyFact }[]>
  /** The Action Month period each plan sets (15/11–15/12 of its year). */
  actionMonthPeriods: readonly { doc: PlanDocument; fact: DeadlineFact }[]
}

const HANDLERS: Partial<Record<Reply['intent'], IntentHandler>> = {
  deadline: answerDeadline,
  responsibility: answerResponsibility,
  budget: answerBudget,
}

/**
 * The assistant: question in, `Reply` out. Channels (Telegram, Zalo, web, CLI) all call `ask`.
 * The knowledge (documents + index) is one immutable snapshot, replaced whole by `reload`.
 *
 * @example
 * const assistant = Assistant.create(documents, glossary)
 * assistant.ask('Hạn báo cáo 6 tháng ở An Giang?', { now: new Date() }).text
 */
export class Assistant {
  private snapshot: KnowledgeSnapshot
  private directoryRef: Directory | undefined

  constructor(snapshot: KnowledgeSnapshot, directory?: Directory) {
    this.snapshot = snapshot
    this.directoryRef = directory
  }

  static create(documents: readonly PlanDocument[], glossary: Glossary, directory?: Directory): Assistant {
    return new Assistant(Assistant.snapshot(documents, glossary), directory)
  }

  static snapshot(documents: readonly PlanDocument[], glossary: Glossary, index?: PlanIndex): KnowledgeSnapshot {
    const analyzer = new VietnameseAnalyzer(glossary.abbreviations)
    const dutiesByAgency = new Map<string, { doc: PlanDocument; fact: DutyFact }[]>()
    const actionMonthPeriods: { doc: PlanDocument; fact: DeadlineFact }[] = []
    for (const doc of documents) {
      for (const fact of doc.facts) {
        if (fact.type !== 'duty' || !fact.agencyId) continue
        // Appended in place: copying the list per duty was quadratic (12 s at 10,000 plans).
        const duties = dutiesByAgency.get(fact.agencyId)
        if (duties) duties.push({ doc, fact })
        else dutiesByAgency.set(fact.agencyId, [{ doc, fact }])
      }
      const period = doc.facts.find((f): f is DeadlineFact => f.type === 'deadline' && f.kind === 'period' && /thang hanh dong/.test(foldDiacritics(f.quote)))
      if (period) actionMonthPeriods.push({ doc, fact: period })
    }
    return {
      documents,
      byId: new Map(documents.map((d) => [d.id, d])),
      glossary,
      analyzer,
      index: index ?? PlanIndex.build([...documents], analyzer),
      dutiesByAgency,
      actionMonthPeriods,
    }
  }

  /** Swaps in new knowledge at once; questions in flight finish on the old snapshot. */
  reload(snapshot: KnowledgeSnapshot): void {
    this.snapshot = snapshot
  }

  /** Swaps in a new directory (shelters.csv was edited). */
  reloadDirectory(directory: Directory): void {
    this.directoryRef = directory
  }

  /**
   * Nearest help to a shared location. The coordinates are used for this lookup only:
   * they are not stored, logged or put in the reply.
   */
  nearby(latitude: number, longitude: number): Reply {
    if (!this.directoryRef || !Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      return { intent: 'shelter', found: false, text: [MESSAGES.dangerShort, MESSAGES.hotlinesTitle, ...MESSAGES.hotlines].join('\n'), citations: [] }
    }
    return nearbyReply(this.directoryRef, latitude, longitude)
  }

  get directory(): Directory | undefined {
    return this.directoryRef
  }

  get directoryPlaces(): number {
    return this.directoryRef?.places.length ?? 0
  }

  get knowledge(): KnowledgeSnapshot {
    return this.snapshot
  }

  ask(rawQuestion: string, context: AskContext = {}): Reply {
    const question = cleanQuestion(rawQuestion)
    if (!/[\p{L}\p{N}]/u.test(question)) return { intent: 'help', found: false, text: MESSAGES.empty, buttons: exampleButtons(), citations: [] }
    const { glossary, index, analyzer } = this.snapshot
    const understanding = understandQuestion(question, glossary, context)
    if (understanding.intent === 'greeting') return { intent: 'greeting', found: true, text: MESSAGES.greeting, buttons: exampleButtons(), citations: [] }
    if (understanding.intent === 'help') return { intent: 'help', found: true, text: MESSAGES.help, buttons: exampleButtons(), citations: [] }

    const ctx: AnswerContext = {
      question,
      searchText: withoutScopeWords(question, glossary, understanding.year),
      understanding,
      now: context.now ?? new Date(),
      glossary,
      analyzer,
      index,
      documents: this.snapshot.byId,
      knowledge: this.snapshot,
      scope: undefined,
      provinceFixed: Boolean(understanding.province),
    }
    if (understanding.intent === 'shelter') {
      const resolved = understanding.province ? this.scopeFor(ctx) : undefined
      ctx.scope = resolved && 'scope' in resolved ? resolved.scope : undefined
      return answerShelter(ctx, this.directoryRef ? lookupShelters(this.directoryRef, question, understanding.province?.name ?? null) : undefined)
    }
    const resolved = this.scopeFor(ctx)
    if ('reply' in resolved) return resolved.reply
    ctx.scope = resolved.scope
    if (understanding.intent === 'action_month') return answerActionMonth(ctx)
    const handler = HANDLERS[understanding.intent]
    const reply = (understanding.intent === 'content' ? answerOverview(ctx) : null) ?? handler?.(ctx) ?? answerContent(ctx)
    if (!reply && understanding.intent === 'responsibility' && understanding.agency && understanding.province) {
      return this.notLoaded(ctx, MESSAGES.agencyNotInPlans(understanding.agency.name, understanding.province.name))
    }
    return reply ?? this.notFound(ctx)
  }

  /** Documents of the province (old and new names) and year asked about, or an honest "not loaded". */
  private scopeFor(ctx: AnswerContext): { scope: Set<string> | undefined } | { reply: Reply } {
    const u = ctx.understanding
    let docs = [...ctx.documents.values()]
    if (u.province) {
      const province = u.province
      // A current province also covers the old ones merged into it ("Cần Thơ" → Sóc Trăng's plans).
      const names = new Set(province.now === province.name ? this.snapshot.glossary.provincesNowIn(province.name).map((p) => p.name) : [province.name])
      docs = docs.filter((d) => d.meta.province && names.has(d.meta.province))
      if (!docs.length) return { reply: this.notLoaded(ctx, MESSAGES.provinceNotLoaded(u.province.name, this.loadedProvinces())) }
    }
    if (u.year) {
      const sameYear = docs.filter((d) => d.meta.year === u.year)
      if (!sameYear.length && (u.province || !docs.some((d) => d.meta.year === u.year))) {
        const years = [...new Set(docs.map((d) => d.meta.year).filter((y): y is number => y !== null))].sort()
        if (u.province) return { reply: this.notLoaded(ctx, MESSAGES.yearNotLoaded(u.province.name, u.year, years)) }
      } else if (sameYear.length) docs = sameYear
    }
    return { scope: u.province || u.year ? new Set(docs.map((d) => d.id)) : undefined }
  }

  private loadedProvinces(): string[] {
    return [...new Set(this.snapshot.documents.map((d) => d.meta.province).filter((p): p is string => Boolean(p)))].sort((a, b) => a.localeCompare(b, 'vi'))
  }

  private notLoaded(ctx: AnswerContext, message: string): Reply {
    return { intent: ctx.understanding.intent, found: false, text: `${message}\n${MESSAGES.suggestionsTitle}\n${suggestions(this.loadedProvinces()).map((s) => `• ${s.question}`).join('\n')}`, buttons: suggestions(this.loadedProvinces()), citations: [] }
  }

  private notFound(ctx: AnswerContext): Reply {
    const provinces = ctx.understanding.province ? [ctx.understanding.province.name] : this.loadedProvinces()
    const s = suggestions(provinces)
    return { intent: ctx.understanding.intent === 'content' ? 'unknown' : ctx.understanding.intent, found: false, text: `${MESSAGES.notFound}\n${MESSAGES.suggestionsTitle}\n${s.map((b) => `• ${b.question}`).join('\n')}`, buttons: s, citations: [] }
  }
}

/** Province names and the plan year filter the documents; as search words they would only add noise. */
function withoutScopeWords(question: string, glossary: Glossary, year: number | null): string {
  let text = question
  for (const m of [...glossary.findProvinces(question), ...QUESTION_WORDS.findAll(question)].sort((a, b) => b.index - a.index)) {
    text = `${text.slice(0, m.index)} ${text.slice(m.end)}`
  }
  if (year) text = text.replace(new RegExp(`(?:năm\\s+)?(?<![\\d/])${year}(?![\\d/\\-–])`, 'gu'), ' ')
  return text
}

/** Words that say what kind of answer is wanted, not what it is about. */
const QUESTION_WORDS = new PhraseMatcher(
  ['hạn chót', 'hạn cuối', 'thời hạn', 'hạn', 'ngày nào', 'ngày mấy', 'là ngày', 'khi nào', 'bao giờ', 'lúc nào', 'là bao nhiêu', 'bao nhiêu', 'như thế nào', 'thế nào', 'ra sao', 'tỉnh', 'thành phố', 'ở đâu'].map((w) => [w, true] as [string, true]),
)

/** Trims, removes invisible characters and bounds the length: never throws, whatever comes in. */
export function cleanQuestion(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : ''
  return removeInvisible(text.normalize('NFC')).replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_LENGTH)
}

function exampleButtons(): ReplyButton[] {
  return [
    { label: 'Hạn báo cáo', question: 'Hạn báo cáo 6 tháng về bình đẳng giới?' },
    { label: 'Tháng hành động', question: 'Tháng hành động diễn ra khi nào?' },
    { label: 'Nơi giúp đỡ', question: 'Địa chỉ tin cậy, nhà tạm lánh gần tôi' },
  ]
}

function suggestions(provinces: string[]): ReplyButton[] {
  const p = provinces[0] ?? 'An Giang'
  return [
    { label: `Hạn báo cáo ở ${p}`, question: `Hạn báo cáo 6 tháng ở ${p}?` },
    { label: `Nhiệm vụ các sở ở ${p}`, question: `Sở Tư pháp ${p} có nhiệm vụ gì?` },
    { label: 'Tháng hành động', question: 'Tháng hành động diễn ra khi nào?' },
  ]
}
