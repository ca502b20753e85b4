import { findDates, toIsoDate, type DateMention } from '../text/find-dates.js'
import { findReferences, insideAny } from './extract-references.js'
import { splitSubject } from './find-actors.js'
import type { Glossary } from './glossary.js'
import type { DeadlineFact, DeadlineKind, Recurrence } from './plan-document.js'

/**
 * Deadline facts in one sentence: due dates ("trước ngày 25/3/2021"), periods ("từ 15/11 đến
 * 15/12"), recurring duties ("hàng năm", "định kỳ 06 tháng"), dated events (8/3, 20/10) and
 * target years ("đến năm 2025 đạt 60%"). Day ranges ("01-30/6/2023") are periods. Dates inside
 * cited legal documents, dates before the document was issued (cited laws, past meetings) and
 * results already reported ("đã tổ chức …") are never deadlines or events.
 */
export interface DeadlineContext {
  documentId: string
  section: string
  /** Year of the document, for dates written without one ("từ 15/11 đến 15/12"). */
  year: number | null
  /** Agencies the enclosing section is about, used when the clause names none. */
  sectionActors: string[]
  glossary: Glossary
  /** Issue date (ISO); facts dated before it are history, not obligations. */
  issuedOn?: string | null
}

/** A deadline found in a clause, with where its words start and stop there. */
interface Draft {
  kind: DeadlineKind
  date: string | null
  endDate: string | null
  recurrence: Recurrence | null
  from: number
  to: number
}

const DUE_BEFORE = /(?:trước|chậm nhất|hạn chót|hạn cuối|hạn|không quá|trước hoặc vào|trước hoặc trong)(?:\s+(?:là|vào))?(?:\s+ngày)?\s*$/u
const PERIOD_START = /từ(?:\s+ngày)?\s*$/iu
/** "05-07/4/2023": the first day of a day range written before the date. */
const RANGE_START = /(?<![\d/])(\d{1,2})\s*[-–]\s*$/u
/** A result already achieved ("đã tổ chức", "đã triển khai"), not an obligation ("đã được giao" is). */
const REPORTED = /(?<!\p{L})đã\s+(?!được)\p{L}/iu
const PERIOD_JOIN = /^\s*(?:đến|tới|-|–)(?:\s+ngày)?\s*$/u
const RECURRING: [RegExp, Recurrence][] = [
  [/(?:định kỳ\s+)?(?:hàng|hằng)\s+tháng/iu, 'monthly'],
  [/(?:định kỳ\s+)?0?6\s+tháng/iu, 'semiannual'],
  [/(?:hàng|hằng)\s+năm|định kỳ\s+0?1\s+năm|(?<![\p{L}\d])0?1\s+năm(?!\s+\d)/iu, 'yearly'],
]
const TARGET_YEAR = /(?:đến|tới|và)\s+(?:duy trì\s+đến\s+)?năm\s+(\d{4})/giu
const PERCENT = /\d{1,3}(?:[.,]\d+)?\s*%/gu

export function extractDeadlines(sentence: string, ctx: DeadlineContext): DeadlineFact[] {
  const facts: DeadlineFact[] = []
  const references = findReferences(sentence).map((r) => r.span)
  let offset = 0
  let inheritedActors: string[] = []
  for (const clause of sentence.split(';')) {
    const clauseStart = offset
    offset += clause.length + 1
    const dates = findDates(clause).filter((d) => !insideAny(clauseStart + d.index, references))
    const { actors: subjectActors, predicate } = splitSubject(clause, ctx.glossary)
    if (subjectActors.length) inheritedActors = subjectActors
    const actors = subjectActors.length ? subjectActors : inheritedActors.length ? inheritedActors : ctx.sectionActors
    const reported = REPORTED.test(clause)
    const drafts = [...datedDrafts(clause, dates, ctx.year).filter((d) => !reported && !(ctx.issuedOn && (d.endDate ?? d.date)! < ctx.issuedOn) && !(d.kind === 'event' && ctx.issuedOn && d.date! <= ctx.issuedOn)), ...targetDrafts(clause)]
    if (!drafts.length && predicate !== clause.trim()) {
      // Recurring duties need an action verb: "Định kỳ hàng tháng, Trang thông tin … cập nhật …".
      for (const recurrence of recurrencesIn(clause)) {
        drafts.push({ kind: 'recurring', date: null, endDate: null, recurrence, from: 0, to: 0 })
      }
    }
    drafts.sort((a, b) => a.from - b.from)
    drafts.forEach((draft, i) => {
      const action = actionFor(clause, predicate, drafts, i)
      facts.push({
        type: 'deadline',
        kind: draft.kind,
        date: draft.date,
        end: draft.endDate,
        documentId: ctx.documentId,
        section: ctx.section,
        quote: sentence.trim(),
        action,
        actors,
        recipient: recipientIn(action, ctx.glossary),
        recurrence: draft.recurrence ?? recurrencesIn(qualifierFor(clause, drafts, i))[0] ?? null,
      })
    })
  }
  return facts
}

function datedDrafts(clause: string, dates: DateMention[], docYear: number | null): Draft[] {
  const drafts: Draft[] = []
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!
    const next = dates[i + 1]
    const before = clause.slice(Math.max(0, d.index - 30), d.index)
    if (next && PERIOD_START.test(before) && PERIOD_JOIN.test(clause.slice(d.end, next.index))) {
      const endYear = next.year ?? docYear
      const startYear = d.year ?? (endYear !== null && d.month > next.month ? endYear - 1 : endYear)
      if (startYear === null || endYear === null) continue
      drafts.push({
        kind: 'period',
        date: toIsoDate(startYear, d.month, d.day),
        endDate: toIsoDate(endYear, next.month, next.day),
        recurrence: null,
        from: d.index,
        to: next.end,
      })
      i++
      continue
    }
    const year = d.year ?? docYear
    if (year === null) continue
    const range = RANGE_START.exec(before)
    if (range && Number(range[1]) < d.day) {
      drafts.push({ kind: 'period', date: toIsoDate(year, d.month, Number(range[1])), endDate: toIsoDate(year, d.month, d.day), recurrence: null, from: d.index - range[0].length, to: d.end })
      continue
    }
    const kind: DeadlineKind = DUE_BEFORE.test(before) ? 'due' : 'event'
    drafts.push({ kind, date: toIsoDate(year, d.month, d.day), endDate: null, recurrence: null, from: d.index, to: d.end })
  }
  return drafts
}

function targetDrafts(clause: string): Draft[] {
  if (!PERCENT.test(clause)) return []
  PERCENT.lastIndex = 0
  const drafts: Draft[] = []
  for (const m of clause.matchAll(TARGET_YEAR)) {
    drafts.push({ kind: 'target', date: `${m[1]}-12-31`, endDate: null, recurrence: null, from: m.index, to: m.index + m[0].length })
  }
  return drafts
}

function recurrencesIn(text: string): Recurrence[] {
  return RECURRING.filter(([re]) => re.test(text)).map(([, r]) => r)
}

/** The words just before a date ("định kỳ 06 tháng (trước ngày …)" → "định kỳ 06 tháng"). */
function qualifierFor(clause: string, drafts: Draft[], i: number): string {
  const start = i > 0 ? drafts[i - 1]!.to : 0
  return clause.slice(start, drafts[i]!.from)
}

/**
 * What must be done: the predicate when the clause has one date; with several dates sharing
 * one verb ("06 tháng (trước …) và 01 năm (trước …) báo cáo UBND tỉnh …"), the words before each
 * date plus the shared tail.
 */
function actionFor(clause: string, predicate: string, drafts: Draft[], i: number): string {
  const stripDates = (s: string) =>
    s
      .replace(/\(?\s*(?:trước|chậm nhất|hạn chót|hạn)?\s*(?:ngày\s+)?\d{1,2}\/\d{1,2}(?:\/\d{4})?\s*\)?/gu, ' ')
      .replace(/\(?\s*(?:trước|chậm nhất|hạn chót|hạn)(?:\s+ngày)?\s*$/u, '')
      .replace(/\(\s*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,.;:)–-]*(?:và\s+)?/u, '')
      .replace(/[\s,;:.–-]+$/u, '')
      .trim()
  if (drafts.length > 1 && drafts.every((d) => d.kind === 'due')) {
    const tail = stripDates(clause.slice(drafts.at(-1)!.to))
    const qualifier = stripDates(qualifierFor(clause, drafts, i))
    if (tail && qualifier.split(/\s+/).length <= 6) return `${tail} (${qualifier})`.trim()
  }
  const draft = drafts[i]!
  if (draft.kind === 'period') return tidy(clause.slice(0, periodStart(clause, draft.from)) + ' ' + clause.slice(draft.to))
  if (draft.kind === 'target' || draft.kind === 'event') return tidy(clause)
  return stripDates(predicate)
}

/** Where "từ (ngày)" before a period's first date starts. */
function periodStart(clause: string, dateIndex: number): number {
  const m = /\s*từ(?:\s+ngày)?\s*$/iu.exec(clause.slice(0, dateIndex))
  return m ? m.index : dateIndex
}

function tidy(text: string): string {
  return text
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:–-]+|[\s,;:.–-]+$/gu, '')
    .trim()
}

/** "báo cáo UBND tỉnh … thông qua Sở Lao động-Thương binh và Xã hội" → "UBND tỉnh, qua Sở …". */
function recipientIn(action: string, glossary: Glossary): string | null {
  const verb = /(báo cáo|gửi(?:\s+về)?|nộp(?:\s+về)?)\s+/u.exec(action)
  if (!verb) return null
  const after = verb.index + verb[0].length
  const agencies = glossary.findAgencies(action).filter((a) => a.index >= after)
  const first = agencies[0]
  if (!first || first.index - after > 40) return null
  const via = /(?:thông qua|qua)\s+$/u
  const through = agencies.find((a) => a !== first && via.test(action.slice(Math.max(0, a.index - 12), a.index)))
  const firstText = expandAgencyText(action, first.index, first.end)
  return through ? `${firstText}, thông qua ${through.text}` : firstText
}

/** "UBND tỉnh" found by the matcher may be followed by the province name; keep it. */
function expandAgencyText(text: string, index: number, end: number): string {
  const rest = /^(?:\s+(?:[A-ZĐ][\p{L}]*))*/u.exec(text.slice(end))
  return text.slice(index, end + (rest?.[0].length ?? 0)).trim()
}
