import { describeDocument, displaySection } from './format-citation.js'
import type { DatedDeadline } from './upcoming-deadlines.js'

/**
 * An iCalendar (RFC 5545) file of deadlines: one all-day event per deadline (a period spans its
 * days), with a 7-day and a 1-day alarm, the action, who and to whom, and the source.
 */
export function deadlinesToIcs(deadlines: DatedDeadline[], name: string, now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bdg-bot//deadlines//VI', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escape(name)}`, 'X-WR-TIMEZONE:Asia/Ho_Chi_Minh']
  for (const d of deadlines) {
    const start = (d.fact.kind === 'period' ? d.fact.date! : d.due).replace(/-/g, '')
    const endDay = new Date(`${d.due}T00:00:00Z`)
    endDay.setUTCDate(endDay.getUTCDate() + 1)
    const description = [d.fact.action, d.fact.actors.length ? `Ai thực hiện: ${d.fact.actors.join('; ')}` : '', d.fact.recipient ? `Báo cáo/gửi: ${d.fact.recipient}` : '', `Nguồn: ${describeDocument(d.doc)}, mục ${displaySection(d.fact.section)}`].filter(Boolean).join('\n')
    lines.push(
      'BEGIN:VEVENT',
      `UID:${d.doc.id}-${d.fact.section}-${d.due}-${d.fact.kind}@bdg-bot`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${start}`,
      `DTEND;VALUE=DATE:${endDay.toISOString().slice(0, 10).replace(/-/g, '')}`,
      `SUMMARY:${escape(`${d.fact.kind === 'period' ? '' : 'Hạn: '}${d.fact.action}`.slice(0, 200))}`,
      `DESCRIPTION:${escape(description)}`,
      ...[7, 1].flatMap((days) => ['BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-P${days}D`, `DESCRIPTION:${escape(`Còn ${days} ngày: ${d.fact.action}`.slice(0, 200))}`, 'END:VALARM']),
      'END:VEVENT',
    )
  }
  lines.push('END:VCALENDAR')
  return lines.map(fold).join('\r\n') + '\r\n'
}

function escape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')
}

/** Lines longer than 75 octets are folded with CRLF + space, without cutting a UTF-8 character. */
function fold(line: string): string {
  const out: string[] = []
  let current = ''
  for (const ch of line) {
    if (Buffer.byteLength(current + ch) > (out.length ? 74 : 75)) {
      out.push(current)
      current = ''
    }
    current += ch
  }
  out.push(current)
  return out.join('\r\n ')
}
