import { addDays } from 'date-fns'
import type { Glossary } from '../knowledge-base/glossary.js'
import { describeDocument, displaySection } from '../knowledge-base/format-citation.js'
import { namesAgency, type DatedDeadline } from '../knowledge-base/upcoming-deadlines.js'
import { formatVietnameseDate } from '../text/find-dates.js'
import type { ChatRef, Platform } from '../ports.js'
import { vietnamTime } from './campaign.js'

export const REMINDER_DAYS = [7, 1] as const
const REMINDER_HOUR = '08:00'

export interface PlannedReminder {
  /** Unique per deadline and offset: each reminder is sent once. */
  key: string
  sendAt: Date
  daysBefore: number
  deadline: DatedDeadline
  text: string
}

/** Reminders whose time (08:00 Vietnam, 7 and 1 days before the due day) has come within the lookback. */
export function dueReminders(deadlines: DatedDeadline[], now: Date, lookbackMs = 24 * 3600_000): PlannedReminder[] {
  const out: PlannedReminder[] = []
  for (const d of deadlines) {
    for (const days of REMINDER_DAYS) {
      const day = addDays(new Date(`${d.due}T00:00:00Z`), -days)
        .toISOString()
        .slice(0, 10)
      const sendAt = vietnamTime(`${day} ${REMINDER_HOUR}`)
      if (sendAt > now || now.getTime() - sendAt.getTime() > lookbackMs) continue
      out.push({ key: `reminder:${d.doc.id}:${d.fact.section}:${d.due}:${days}`, sendAt, daysBefore: days, deadline: d, text: reminderText(d, days) })
    }
  }
  return out
}

function reminderText(d: DatedDeadline, days: number): string {
  const when = days === 1 ? 'Ngày mai là hạn' : `Còn ${days} ngày đến hạn`
  const who = d.fact.actors.length ? `\nAi thực hiện: ${d.fact.actors.join('; ')}.` : ''
  const to = d.fact.recipient ? `\nBáo cáo/gửi: ${d.fact.recipient}.` : ''
  return `⏰ ${when} (${formatVietnameseDate(d.due)}): ${d.fact.action}.${who}${to}\nNguồn: ${describeDocument(d.doc)}, mục ${displaySection(d.fact.section)}`
}

/**
 * Who gets a reminder: chats following the province's deadlines whose agency the deadline names
 * (or that named no agency: they follow the whole province).
 */
export function reminderRecipients(deadline: DatedDeadline, candidates: { platform: Platform; chatId: string; agency: string | null }[], glossary: Glossary): ChatRef[] {
  return candidates.filter((c) => !c.agency || namesAgency(deadline.fact, glossary.resolveAgency(c.agency)?.id ?? null, c.agency, glossary)).map((c) => ({ platform: c.platform, chatId: c.chatId }))
}
