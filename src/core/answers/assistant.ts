import type { Agency, Glossary } from '../knowledge-base/glossary.js'
import type { PlanDocument } from '../knowledge-base/plan-document.js'
import { formatYearSpan, yearDistance } from '../knowledge-base/coverage-years.js'
import type { PlanIndex } from '../search/plan-index.js'
import { foldDiacritics, removeInvisible, unifyKyMarked } from '../text/normalize-vietnamese.js'
import { PhraseMatcher } from '../text/phrase-matcher.js'
import { mendTypos } from '../text/mend-typos.js'
import { agenciesNamedIn, type AnswerContext } from './answer-context.js'
import { MESSAGES } from './answer-messages.vi.js'
import { exampleButtons, suggestions } from './answer-suggestions.js'
import type { Directory } from '../directory/directory.js'
import { WHERE_TO_REPORT } from '../triage/help-cues.js'
import { triageMessage, type Triage } from '../triage/triage-message.js'
import { answerNearby, answerShelter } from './answer-shelter.js'
import { citingPlans, type DocumentNumberIndex, findBareDocumentNumbers, findDocumentNumbers, resolveDocumentNumbers } from './find-document-numbers.js'
import { dispatch } from './intent-table.js'
import { buildKnowledgeSnapshot, type KnowledgeSnapshot } from './knowledge-snapshot.js'
import type { AskContext, Reply } from './reply.js'
import { SAFETY } from './safety-messages.vi.js'
import { afterContext, withoutFraming } from './question-framing.js'
import { MERGED_INTO, MERGER_REMARK, NOW_REMARK, OLD_OR_NEW } from './merger-remarks.js'
import { type Understanding, understandQuestion } from './understand-question.js'

export type { KnowledgeSnapshot } from './knowledge-snapshot.js'

/** Questions longer than this are cut before analysis (a pasted document is not a question). */
export const MAX_QUESTION_LENGTH = 500

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
  private readonly answerListeners: ((answer: { intent: Reply['intent']; found: boolean }, at: Date) => void)[] = []

  constructor(snapshot: KnowledgeSnapshot, directory?: Directory) {
    this.snapshot = snapshot
    this.directoryRef = directory
  }

  static create(documents: readonly PlanDocument[], glossary: Glossary, directory?: Directory): Assistant {
    return new Assistant(Assistant.snapshot(documents, glossary), directory)
  }

  static snapshot(documents: readonly PlanDocument[], glossary: Glossary, index?: PlanIndex): KnowledgeSnapshot {
    return buildKnowledgeSnapshot(documents, glossary, index)
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
    return answerNearby(this.directoryRef, latitude, longitude)
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

  /**
   * Called after every answer with its kind and outcome only (the console's question counters);
   * the question itself is never passed on.
   */
  onAnswer(listener: (answer: { intent: Reply['intent']; found: boolean }, at: Date) => void): void {
    this.answerListeners.push(listener)
  }

  /**
   * Triage first: a person at risk or asking for help gets the safety reply, a greeting is
   * greeted, an off-topic message is declined; only plan questions reach the intent table.
   */
  ask(rawQuestion: string, context: AskContext = {}): Reply {
    const reply = this.answer(rawQuestion, context)
    for (const listener of this.answerListeners) listener({ intent: reply.intent, found: reply.found }, context.now ?? new Date())
    return reply
  }

  private answer(rawQuestion: string, context: AskContext): Reply {
    // Phone slips are mended before anything reads the words ("ke hoahc 461" is a plan question).
    const question = unifyKyMarked(mendTypos(cleanQuestion(rawQuestion), this.snapshot.spelling))
    if (!/[\p{L}\p{N}]/u.test(question)) return { intent: 'help', found: false, text: MESSAGES.empty, buttons: exampleButtons(), citations: [] }
    const triage = triageMessage(question, this.snapshot.glossary, this.snapshot.vocabulary)
    switch (triage.kind) {
      case 'at-risk':
      case 'help-request':
        return answerShelter(this.shelterContext(question, context), triage, this.directoryRef)
      // Small talk may open a conversation with a person at risk: citizens keep the hotline line.
      case 'greeting':
        return withFooter(GREETING_REPLY(), context)
      case 'command':
        return withFooter(HELP_REPLY(), context)
      case 'other':
        // Names printed in the plans are plan vocabulary: "ông Lê Minh Hành ký …" asks about a document he signed.
        // So are the numbers of loaded and cited documents ("461 ai ký", "67 căn cứ QĐ nào").
        if (this.snapshot.signers.findAll(question).length || this.namesDocument(question)) return this.planAnswer(question, context, { ...triage, kind: 'plan-question', doubt: false })
        return this.offTopic(context, triage)
      case 'plan-question':
        return this.planAnswer(question, context, triage)
    }
  }

  /** The question names a loaded document, or one a loaded plan cites, by its number. */
  private namesDocument(question: string): boolean {
    const { numbered } = this.snapshot
    const written = findDocumentNumbers(question)
    const named = resolveDocumentNumbers([...written, ...findBareDocumentNumbers(question, numbered)], numbered)
    return named.loaded.length > 0 || named.cited.length > 0
  }

  /** The plan path (intent table, retrieval, cited answer). Runs only for plan questions. */
  private planAnswer(question: string, context: AskContext, triage: Triage): Reply {
    const reply = this.planReply(this.context(question, context))
    // Read partly like a personal situation, or speaks of people and the plans have nothing: the
    // hotlines go on top (a survivor in words we do not know must never get a bare "not found").
    // Where to report a harm, or who receives victims: a bystander or survivor asks it as often as an official.
    const reporting = triage.scores.harm > 0 && WHERE_TO_REPORT.test(foldDiacritics(question))
    if (triage.doubt || reporting || (!reply.found && triage.scores.person > 0)) return { ...reply, text: `${SAFETY.header}\n${reply.text}` }
    return reply.found || context.agency ? reply : { ...reply, text: `${reply.text}\n${SAFETY.footer}` }
  }

  private planReply(ctx: AnswerContext): Reply {
    const resolved = this.scopeFor(ctx)
    if ('reply' in resolved) return resolved.reply
    ctx.scope = resolved.scope
    if (resolved.yearNote) ctx.yearNote = resolved.yearNote
    withoutIssuer(ctx)
    citedByKind(ctx)
    // A chatty message is first read from its question on ("…, cho em hỏi …"), then whole if that finds nothing.
    let answered = dispatch(ctx)
    if (!answered && ctx.wholeSearchText) {
      ctx.searchText = ctx.wholeSearchText
      answered = dispatch(ctx)
    }
    if (answered) return answered.reply
    // Read after `withoutIssuer`: a plan's own author is not an agency the plan "gives no task".
    const { understanding } = ctx
    // A due date no document in scope sets: say so about those documents, never another date.
    if (understanding.asks.deliverable && ctx.scope?.size) return this.notLoaded(ctx, MESSAGES.noDueDate(understanding.asks.deliverable === 'bao cao' ? 'báo cáo' : 'kế hoạch', ctx.scope.size))
    if (understanding.agency && understanding.province && understanding.underlying !== 'agency') {
      return this.notLoaded(ctx, MESSAGES.agencyNotInPlans(understanding.agency.name, understanding.province.name))
    }
    return this.notFound(ctx)
  }

  private context(question: string, context: AskContext): AnswerContext {
    const { glossary, index, analyzer } = this.snapshot
    const understanding = understandQuestion(question, glossary, this.snapshot.numbered, context, this.snapshot.signers)
    const isContent = (rest: string) => analyzer.analyze(rest).folded.some((t) => index.knows(t) && index.termWeight(t) > 0)
    const unscoped = withoutScopeWords(question, glossary, understanding, this.snapshot.numbered)
    const focus = afterContext(unscoped, isContent)
    return {
      question,
      searchText: withoutFraming(focus ?? unscoped, isContent),
      ...(focus ? { wholeSearchText: withoutFraming(unscoped, isContent) } : {}),
      understanding,
      now: context.now ?? new Date(),
      glossary,
      analyzer,
      index,
      documents: this.snapshot.byId,
      knowledge: this.snapshot,
      scope: undefined,
      provinceFixed: Boolean(understanding.province) || understanding.named.loaded.length > 0 || understanding.signedBy.length > 0,
      ...(this.directoryRef ? { directory: this.directoryRef } : {}),
    }
  }

  /** The safety reply's context: scoped to the province the person named (never a remembered one). */
  private shelterContext(question: string, context: AskContext): AnswerContext {
    const ctx = this.context(question, context)
    if (ctx.understanding.province && !ctx.understanding.provinceRemembered) {
      const resolved = this.scopeFor(ctx)
      if ('scope' in resolved) ctx.scope = resolved.scope
    }
    return ctx
  }

  /** Not about the plans: said honestly, never a plan sentence; citizens also get the hotlines. */
  private offTopic(context: AskContext, triage: Triage): Reply {
    // About the writer or people close to them: the hotlines go first, in case it is a person at risk in words we do not know.
    // It may be a survivor in words no cue knows: care and where to find help come before any word about plans.
    const lines = triage.doubt ? [SAFETY.header, SAFETY.unsure, SAFETY.findPlaceByName, SAFETY.unsurePlans] : [SAFETY.offTopic, SAFETY.offTopicHint, ...(context.agency ? [] : [SAFETY.footer])]
    return { intent: 'unknown', found: false, text: lines.join('\n'), buttons: exampleButtons(), citations: [] }
  }

  /**
   * The documents a question is about: those it names by number (or the plans citing them), else
   * its province's (old and new names), narrowed to the year asked by what each document covers.
   * A year no document covers is answered from the closest one, with a note; an unloaded province
   * or document number gets an honest "not loaded".
   */
  private scopeFor(ctx: AnswerContext): { scope: ReadonlySet<string> | undefined; yearNote?: string } | { reply: Reply } {
    const u = ctx.understanding
    if (u.named.loaded.length) return { scope: new Set(u.named.loaded.map((d) => d.id)) }
    if (u.signedBy.length && !u.province) return { scope: new Set(u.signedBy.map((d) => d.id)) }
    // Named by its author ("KH của STC"), a document is chosen by issuer: only those plans are read.
    const issued = u.issuer ? this.snapshot.plansByIssuer.get(u.issuer.id) : undefined
    // The snapshot's lookups choose the plans: the work is the size of the scope, never every plan.
    const { plans } = this.snapshot
    let docs: readonly PlanDocument[] | null = issued && !u.province ? issued : null // null: every plan
    if (u.province) {
      const province = u.province
      // A current province also covers the old ones merged into it ("Cần Thơ" → Sóc Trăng's plans).
      // … unless the question says the old one ("Gia Lai cũ (trước khi nhập Bình Định)").
      const names = province.now === province.name && !u.provinceAsOld ? this.snapshot.glossary.provincesNowIn(province.name).map((p) => p.name) : [province.name]
      docs = plans.inProvinces(names)
      if (!docs.length) return { reply: this.notLoaded(ctx, MESSAGES.provinceNotLoaded(u.province.name, this.loadedProvinces())) }
      const issuedIds = new Set(issued?.map((d) => d.id))
      docs = narrowed(docs, (d) => issuedIds.has(d.id))
    }
    // "công văn của Thanh Hóa": among the province's or author's documents, those of that kind (when there are any).
    if (u.documentKind && docs && (u.province || issued)) docs = narrowed(docs, (d) => d.meta.type === u.documentKind)
    if (u.named.cited.length) {
      // Each number's citing plans are looked up once per reload: a decision thousands of plans cite costs no walk over them.
      const citing = citingPlans(u.named.cited)
      if (!docs) return { scope: u.named.cited.length === 1 ? citing.ids : new Set(plans.inLoadOrder(citing.plans).map((d) => d.id)) }
      const inProvince = docs.filter((d) => citing.ids.has(d.id))
      return { scope: inProvince.length ? new Set(inProvince.map((d) => d.id)) : citing.ids }
    }
    if (u.documentNumbers.length) {
      const n = u.documentNumbers[0]!
      return { reply: this.notLoaded(ctx, MESSAGES.documentNotLoaded(ctx.question.slice(n.index, n.end))) }
    }
    if (u.year) {
      const year = u.year
      const coverage = (d: PlanDocument) => this.snapshot.details.get(d.id)?.coverage ?? []
      // Every plan of a year, without a province or author: the catalog's own id set, made once per reload.
      if (!docs && plans.covering(year).length) return { scope: plans.coveringIds(year) }
      const covering = docs ? docs.filter((d) => yearDistance(coverage(d), year) === 0) : plans.covering(year)
      if (covering.length) docs = covering
      else if (u.province && docs) {
        const inProvince = docs
        const nearest = Math.min(...inProvince.map((d) => yearDistance(coverage(d), year)))
        docs = inProvince.filter((d) => yearDistance(coverage(d), year) === nearest)
        const spans = docs.flatMap(coverage).sort((a, b) => Math.abs(a.from - year) - Math.abs(b.from - year))
        return { scope: new Set(docs.map((d) => d.id)), yearNote: MESSAGES.yearNotCovered(u.province.name, year, spans[0] ? formatYearSpan(spans[0]) : String(docs[0]!.meta.year)) }
      }
    }
    if (!u.province && !u.year && !issued) return { scope: undefined }
    return { scope: docs ? new Set(docs.map((d) => d.id)) : plans.ids }
  }

  private loadedProvinces(): string[] {
    return [...this.snapshot.plans.provinces]
  }

  private notLoaded(ctx: AnswerContext, message: string): Reply {
    return {
      intent: 'unknown',
      found: false,
      text: `${message}\n${MESSAGES.suggestionsTitle}\n${suggestions(this.loadedProvinces())
        .map((s) => `• ${s.question}`)
        .join('\n')}`,
      buttons: suggestions(this.loadedProvinces()),
      citations: [],
    }
  }

  private notFound(ctx: AnswerContext): Reply {
    const provinces = ctx.understanding.province ? [ctx.understanding.province.name] : this.loadedProvinces()
    const s = suggestions(provinces)
    return { intent: 'unknown', found: false, text: `${MESSAGES.notFound}\n${MESSAGES.suggestionsTitle}\n${s.map((b) => `• ${b.question}`).join('\n')}`, buttons: s, citations: [] }
  }
}

/**
 * "Sở Nội vụ Bình Định phải …" about the Sở's own plan names the plan's author, not a unit the plan
 * gives tasks to: when every document in scope was issued by the agency named (or by the body it
 * succeeded: "Sở Nội vụ Thanh Hóa (trước là Sở LĐTBXH)"), the agency only chooses the documents,
 * like a province. Its words leave the search text and the question is about the whole plan.
 */
function withoutIssuer(ctx: AnswerContext): void {
  const u = ctx.understanding
  if (!u.agency || !ctx.scope?.size) return
  const { glossary } = ctx
  // Read once per distinct issuer: a province may have hundreds of plans by the same few bodies.
  const issuers = [...new Set([...ctx.scope].map((id) => ctx.documents.get(id)?.meta.issuer ?? ''))].map((issuer) => agenciesNamedIn(glossary, issuer))
  const isIssuer = (a: Agency) => issuers.every((ids) => ids.has(a.id))
  if (!isIssuer(u.agency)) return
  const agencies = u.agencies.filter((a) => !isIssuer(a))
  const acting = (a: Agency) => ![...u.recipients, ...u.channels].some((r) => r.id === a.id)
  ctx.understanding = { ...u, agency: agencies.find(acting) ?? null, agencies }
  let text = ctx.searchText
  for (const m of glossary
    .findAgencies(text)
    .filter((m) => isIssuer(m.value))
    .sort((a, b) => b.index - a.index))
    text = `${text.slice(0, m.index)} ${text.slice(m.end)}`
  ctx.searchText = text
}

/**
 * "Quyết định … ban hành KH thực hiện chiến lược là số mấy, ngày nào?" where no document in scope is a
 * quyết định: the details asked are those of a document the plans cite, not of the plans.
 */
function citedByKind(ctx: AnswerContext): void {
  const u = ctx.understanding
  if (!u.documentKind || !u.asks.details.length || u.named.loaded.length || !ctx.scope?.size) return
  if ([...ctx.scope].some((id) => ctx.documents.get(id)?.meta.type === u.documentKind)) return
  ctx.understanding = { ...u, asks: { ...u.asks, details: [], reference: true } }
}

/** The documents that pass, or all of them when none does (a narrowing never empties the scope). */
function narrowed(docs: readonly PlanDocument[], keep: (d: PlanDocument) => boolean | undefined): readonly PlanDocument[] {
  const kept = docs.filter((d) => keep(d))
  return kept.length ? kept : docs
}

/** Province names, the plan year and document numbers choose the documents; as search words they would only add noise. */
function withoutScopeWords(question: string, glossary: Glossary, u: Understanding, numbered: DocumentNumberIndex): string {
  let text = question
  // "An Giang mới đã gộp Kiên Giang": the merger words before a province go with it.
  const provinces = glossary.findProvinces(question, true).map((m) => ({
    index: m.index - (MERGED_INTO.exec(question.slice(0, m.index))?.[0].length ?? 0),
    end: m.end + (OLD_OR_NEW.exec(question.slice(m.end))?.[0].length ?? 0),
  }))
  const spans = [...provinces, ...QUESTION_WORDS.findAll(question), ...u.documentNumbers, ...[...question.matchAll(MERGER_REMARK)].map((m) => ({ index: m.index, end: m.index + m[0].length }))]
  // Spans may overlap ("Kiên Giang" inside a merger remark): merged first, then cut from the end.
  const merged: { index: number; end: number }[] = []
  for (const m of [...spans].sort((a, b) => a.index - b.index)) {
    const last = merged.at(-1)
    if (last && m.index < last.end) last.end = Math.max(last.end, m.end)
    else merged.push({ index: m.index, end: m.end })
  }
  // A cited document's number stays, written as the plans write it ("KH 84" → "84/KH-UBND"): the clauses citing it answer.
  const citedAs = (m: { index: number; end: number }) => {
    const n = u.documentNumbers.find((d) => d.index === m.index && d.end === m.end)
    const found = n ? numbered.resolve(n) : null
    return found && !found.loaded.length && found.cited ? found.cited.first.fact.number : ''
  }
  for (const m of merged.reverse()) text = `${text.slice(0, m.index)} ${citedAs(m)} ${text.slice(m.end)}`
  // The year asked, not the end of a period ("giai đoạn 2011-2020" stays whole).
  if (u.year) text = text.replace(new RegExp(`(?:năm\\s+)?(?<![\\d/\\-–])${u.year}(?![\\d/\\-–])(?:\\s+(?:cũ|cu)(?![\\p{L}]))?`, 'giu'), ' ')
  // "Huế bây giờ", "hiện nay": today's names, which the scope has read.
  text = text.replace(NOW_REMARK, ' ')
  return text
}

/** Words that say what kind of answer is wanted, not what it is about. */
const QUESTION_WORDS = new PhraseMatcher(
  ['hạn chót', 'hạn cuối', 'thời hạn', 'hạn', 'ngày nào', 'ngày mấy', 'là ngày', 'khi nào', 'bao giờ', 'lúc nào', 'là bao nhiêu', 'bao nhiêu', 'như thế nào', 'thế nào', 'ra sao', 'tỉnh', 'thành phố', 'ở đâu', 'ai', 'đơn vị nào', 'cơ quan nào', 'bộ phận nào', 'tổ chức nào'].map((w) => [w, true] as [string, true]),
)

/** Trims, removes invisible characters and bounds the length: never throws, whatever comes in. */
export function cleanQuestion(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : ''
  return removeInvisible(text.normalize('NFC')).replace(/\s+/g, ' ').trim().slice(0, MAX_QUESTION_LENGTH)
}

const withFooter = (reply: Reply, context: AskContext): Reply => (context.agency ? reply : { ...reply, text: `${reply.text}\n${SAFETY.footer}` })
const GREETING_REPLY = (): Reply => ({ intent: 'greeting', found: true, text: MESSAGES.greeting, buttons: exampleButtons(), citations: [] })
const HELP_REPLY = (): Reply => ({ intent: 'help', found: true, text: MESSAGES.help, buttons: exampleButtons(), citations: [] })
