import { answerActionMonth, answerActionMonthTheme } from './answer-action-month.js'
import { answerBudget } from './answer-budget.js'
import { answerCatalog } from './answer-catalog.js'
import { answerContent } from './answer-content.js'
import { answerCooperation } from './answer-cooperation.js'
import { answerMentions, answerReference } from './answer-reference.js'
import { answerSectionReference } from './answer-section-reference.js'
import type { AnswerContext, IntentHandler } from './answer-context.js'
import { answerDeadline } from './answer-deadline.js'
import { answerDocumentDetails } from './answer-document-details.js'
import { MESSAGES } from './answer-messages.vi.js'
import { answerOverview } from './answer-overview.js'
import { answerAgencyTasks, answerWho } from './answer-responsibility.js'
import { answerUnitTasks } from './answer-unit-tasks.js'
import { replyHasType } from './answer-type.js'
import { contradictsClaim } from './check-claim.js'
import type { Reply } from './reply.js'
import type { Understanding } from './understand-question.js'

/** One row of the intent table: when it applies, and who answers. */
export interface IntentRule {
  name: string
  when: (u: Understanding) => boolean
  answer: IntentHandler
  /** Its reply is final as it is (safety, greetings): not checked against the answer type. */
  final?: boolean
}

const asksDocumentAbout = (u: Understanding) => u.asks.details.length > 0
const citedOnly = (u: Understanding) => u.named.cited.length > 0 && !u.named.loaded.length

/**
 * What a question is, in order: the first rule that applies and gives a reply of the type asked
 * for wins; a rule whose reply lacks that type declines and the next one runs (the way telegraf's
 * `Composer.dispatch` routes an update). The order is the specification. Triage
 * (core/triage) has already run: only plan questions reach this table.
 */
export const INTENT_TABLE: readonly IntentRule[] = [
  { name: 'document-details', when: asksDocumentAbout, answer: answerDocumentDetails },
  // A part named by its title alone is the plan's, unless an agency is named ("nhiệm vụ của Sở Tư pháp" are its tasks).
  { name: 'section-reference', when: (u) => u.section !== null && (u.section.path.length > 0 || !u.agencies.length), answer: answerSectionReference },
  { name: 'catalog', when: (u) => u.asks.catalog && (!u.asks.overview || !u.year), answer: answerCatalog },
  { name: 'overview', when: (u) => u.asks.overview, answer: answerOverview },
  // "KH 67 có nhắc Chỉ thị 37 không?": a plan named by number, asked whether it cites another document.
  { name: 'mentions', when: (u) => u.answerType === 'yes-no' && u.named.loaded.length > 0 && u.documentNumbers.length > 1 && !u.asks.details.length, answer: answerMentions },
  // A cited document beside an agency ("SNV phấn đấu chỉ tiêu nào theo KH 164") only qualifies what the agency does.
  // So does one whose money is asked about ("kinh phí triển khai KH 13 bố trí theo nguyên tắc nào"): the citing plan says.
  { name: 'cited-document', when: (u) => (citedOnly(u) && !u.asks.duty && !u.asks.budget && u.underlying !== 'agency' && u.agency === null) || u.asks.reference, answer: answerReference },
  { name: 'action-month-theme', when: (u) => u.asks.actionMonth && u.asks.theme && u.underlying !== 'agency', answer: answerActionMonthTheme },
  { name: 'action-month', when: (u) => u.asks.actionMonth && !u.agencies.length && (u.underlying === 'date' || u.underlying === 'text'), answer: answerActionMonth },
  { name: 'deadline', when: (u) => u.asks.date || u.asks.howOften || (u.asks.report && u.recurrence !== null && u.underlying !== 'agency'), answer: answerDeadline },
  { name: 'cooperation', when: (u) => u.asks.cooperation && u.agency !== null, answer: answerCooperation },
  { name: 'who', when: (u) => u.underlying === 'agency', answer: answerWho },
  // "Sở Tài chính làm gì về kinh phí?" asks for the agency's tasks; "… được bao nhiêu?" still for a figure.
  // An agency named as acting ("UBND huyện có phải tự bố trí kinh phí không", "Sở Tài chính bố trí kinh phí theo luật nào")
  // is asked about its own money task, when it has one; an amount asked goes to the funding figures.
  { name: 'agency-money-task', when: (u) => u.asks.budget && u.agency !== null && u.underlying !== 'amount', answer: (ctx) => withMoneyTask(answerUnitTasks(ctx) ?? answerAgencyTasks(ctx)) },
  { name: 'budget', when: (u) => u.asks.budget && !(u.asks.duty && u.agency !== null && u.underlying !== 'amount'), answer: answerBudget },
  // A unit the plan prints but the glossary lacks ("Ban nữ công", "Báo TT Huế") is more specific than any department named.
  { name: 'agency-tasks', when: (u) => u.asks.duty || (u.agency !== null && u.underlying === 'text'), answer: (ctx) => answerUnitTasks(ctx) ?? answerAgencyTasks(ctx) },
  { name: 'content', when: () => true, answer: answerContent },
]

/** An agency's tasks whose first names money; otherwise the funding clause answers. */
function withMoneyTask(reply: Reply | null): Reply | null {
  const first = reply?.text.split('\n').find((l) => l.startsWith('• ')) ?? reply?.text.split('\n')[0] ?? ''
  return reply && /(?<!\p{L})(kinh phí|ngân sách|dự toán|tiền|vốn)(?!\p{L})/iu.test(first) ? reply : null
}

/**
 * Runs the table: the first applicable rule whose reply contains what was asked for. A yes/no
 * question is answered "Có" when a rule finds the fact (document details decide for themselves).
 */
export function dispatch(ctx: AnswerContext, table: readonly IntentRule[] = INTENT_TABLE): { rule: string; reply: Reply } | null {
  const u = ctx.understanding
  for (const rule of table) {
    if (!rule.when(u)) continue
    const reply = rule.answer(ctx)
    if (!reply) continue
    // Asking back which province is an answer of its own kind.
    if (rule.final || !reply.found || reply.text.endsWith(MESSAGES.askProvinceQuestion)) return { rule: rule.name, reply }
    if (!replyHasType(reply.text, u.underlying)) continue
    // "báo nào", "phòng nào": the unit that answers, on the first line, is of the kind asked for.
    if (u.unitKind && !u.unitKind.test(reply.text.split('\n')[0]!)) continue
    // "Hạn nộp báo cáo …": only a date answers; "định kỳ" or "hằng năm" from another sentence does not.
    if (u.asks.deliverable && !replyHasType(reply.text, 'due-date')) continue
    return { rule: rule.name, reply: finish(ctx, reply) }
  }
  return null
}

function finish(ctx: AnswerContext, reply: Reply): Reply {
  let text = reply.text
  if (ctx.understanding.answerType === 'yes-no') {
    // The fact found may say otherwise than the question states: then it is "Không", and the fact follows.
    const no = contradictsClaim(
      ctx.question,
      text
        .split('\n')
        .filter((l) => !/^(Nguồn|ℹ️)/u.test(l))
        .join('\n'),
    )
    const bare = text.replace(/^(Có|Không)(?!\p{L})\.?\s*/u, '')
    if (no || !/^(Có|Không)(?!\p{L})/u.test(text)) text = `${no ? MESSAGES.no : MESSAGES.yes}. ${bare}`
  }
  if (ctx.yearNote) {
    const lines = text.split('\n')
    const source = lines.findIndex((l) => l.startsWith(`${MESSAGES.source}:`))
    lines.splice(source < 0 ? lines.length : source, 0, ctx.yearNote)
    text = lines.join('\n')
  }
  return { ...reply, text }
}

/** The first rule a question's understanding selects (before any reply is checked): what the question is taken to be. */
export function firstRule(u: Understanding, table: readonly IntentRule[] = INTENT_TABLE): string {
  return table.find((r) => r.when(u))!.name
}
