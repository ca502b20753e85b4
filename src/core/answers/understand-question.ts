import type { Agency, Glossary, Province } from '../knowledge-base/glossary.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import type { AskContext, Intent } from './reply.js'

/**
 * What a question is about: intent, province, agency, year — read with folded text so that
 * "han chot bao cao hue" and "Hạn chót báo cáo Huế" are understood alike.
 */
export interface Understanding {
  intent: Intent
  /** "who does X" questions: find the agency from the task. */
  askingWho: boolean
  /** Asking for a cited legal document ("căn cứ Quyết định nào", "Thông tư nào"). */
  askingReference: boolean
  province: Province | null
  /** The province came from the chat's memory, not the question. */
  provinceRemembered: boolean
  agency: Agency | null
  year: number | null
  recurrence: 'yearly' | 'semiannual' | 'monthly' | null
}

const has = (folded: string, pattern: RegExp) => pattern.test(folded)

const GREETING = /^(xin chao|chao( ban| bot| em| anh| chi)?|hello|hi|alo|hey)\b[\s!.?]*$/
const HELP = /^(\/?help|\/?start|tro giup|huong dan|giup toi|ban lam duoc gi|ban la ai|menu)\b[\s!.?]*$/
const ACTION_MONTH = /thang hanh dong/
const DEADLINE = /\b(han|han chot|han cuoi|thoi han|truoc ngay|ngay nao|ngay may|khi nao|bao gio|thoi gian nao|luc nao|bao lau mot lan|may lan|dinh ky|nop truoc|gui truoc)\b/
const REFERENCE = /\b(can cu|thong tu nao|quyet dinh nao|nghi quyet nao|nghi dinh nao|chi thi nao|van ban nao|luat nao|so may|so nao)\b/
const WHO = /\b(ai|don vi nao|phong nao|co quan nao|so nao|bo phan nao|to chuc nao|ben nao|noi nao chiu)\b/
const BUDGET = /\b(kinh phi|ngan sach|bao nhieu tien|so tien|trieu dong|muc chi|nguon von|nguon nao|chi phi)\b/
const DUTY = /\b(nhiem vu|lam gi|trach nhiem|phai lam|can lam|duoc de nghi|phat dong|trien khai|tham muu|chu tri|phu trach|vai tro|cong viec)\b/

export function understandQuestion(question: string, glossary: Glossary, context: AskContext = {}): Understanding {
  const folded = foldDiacritics(question).replace(/\s+/g, ' ').trim()
  const mentioned = glossary.findProvinces(question)
  const remembered = !mentioned.length && context.province ? (glossary.province(context.province) ?? null) : null
  const province = mentioned[0]?.value ?? remembered
  const agencies = glossary.findAgencies(question).map((m) => m.value)
  const agency = agencies[0] ?? (context.agency ? (glossary.resolveAgency(context.agency) ?? null) : null)
  const askingWho = has(folded, WHO)
  const askingReference = has(folded, REFERENCE)

  let intent: Intent
  // Whether a person is at risk or asks for a place/hotline is decided before, by triage.
  if (has(folded, GREETING)) intent = 'greeting'
  else if (has(folded, HELP)) intent = 'help'
  else if (has(folded, ACTION_MONTH) && !agencies.length && !askingWho && (has(folded, DEADLINE) || folded.split(' ').length <= 8)) intent = 'action_month'
  else if (askingReference && !(agencies.length && has(folded, DUTY))) intent = 'content'
  else if (has(folded, DEADLINE)) intent = 'deadline'
  else if (askingWho) intent = 'responsibility'
  else if (has(folded, BUDGET)) intent = 'budget'
  else if (agencies.length && has(folded, DUTY)) intent = 'responsibility'
  else if (has(folded, ACTION_MONTH)) intent = 'action_month'
  else intent = 'content'

  return {
    intent,
    askingWho,
    askingReference,
    province,
    provinceRemembered: Boolean(remembered),
    agency: intent === 'responsibility' || intent === 'deadline' ? (agency ?? null) : null,
    year: planYear(question),
    recurrence: recurrenceAsked(folded),
  }
}

/**
 * A year that names the plan ("kế hoạch năm 2020", "2021"), not a target ("đến năm 2030",
 * "phấn đấu … năm 2030 đạt 40%") or a period ("2021-2030").
 */
function planYear(question: string): number | null {
  const folded = foldDiacritics(question)
  const aboutTargets = /\b(muc tieu|phan dau|dat|ty le|ti le|chi tieu)\b|%/.test(folded)
  for (const m of question.matchAll(/(?<![\d/\-–])(20\d\d)(?![\d/\-–])/g)) {
    const before = foldDiacritics(question.slice(Math.max(0, m.index - 14), m.index))
    if (/(den|toi|giai doan|tam nhin)( nam)?\s*$/.test(before)) continue
    if (aboutTargets && !/ke hoach[^.?]{0,40}$/.test(foldDiacritics(question.slice(0, m.index)))) continue
    return Number(m[1])
  }
  return null
}

function recurrenceAsked(folded: string): Understanding['recurrence'] {
  if (/\b(6|06|sau) thang\b|nua nam|giua nam/.test(folded)) return 'semiannual'
  if (/\b(hang|hang) thang\b|moi thang|thang mot lan/.test(folded)) return 'monthly'
  if (/\b(1|01|mot|ca|hang|hang) nam\b|bao cao nam|tong ket nam|cuoi nam/.test(folded)) return 'yearly'
  return null
}
