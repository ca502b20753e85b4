import { findDates, toIsoDate } from '../text/find-dates.js'
import type { ReferenceFact } from './plan-document.js'

/**
 * Legal documents cited by a plan: "Quyết định số 1696/QĐ-TTg ngày 02/10/2015 của Thủ tướng
 * Chính phủ về phê duyệt …". Their dates are references, never deadlines: the spans are
 * returned so the deadline extractor can skip them.
 */
const DOC_TYPES = 'Quyết định|Nghị quyết|Nghị định|Thông tư liên tịch|Thông tư|Kế hoạch hành động|Kế hoạch|Chỉ thị|Công văn|Thông báo kết luận|Thông báo|Hướng dẫn|Chương trình|Luật|Đề án|Văn bản'
const NUMBER = '[0-9][0-9A-Za-zĐđƯư/.\\-&]*[0-9A-Za-zĐđ]'
const DATE = '(?:ngày\\s+)?(?:\\d{1,2}\\/\\d{1,2}\\/\\d{4}|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4})'
const REFERENCE = new RegExp(`(${DOC_TYPES})\\s+số\\s*:?\\s*(${NUMBER})(?:,?\\s+(${DATE}))?`, 'giu')
const ISSUER = /^\s*của\s+(.+?)(?=\s+(?:về|ban hành|phê duyệt|thực hiện|triển khai|hướng dẫn|và)(?![\p{L}])|[,;:(“"]|$)/u

export interface ReferenceSpan {
  index: number
  end: number
}

export interface FoundReference {
  fact: Omit<ReferenceFact, 'documentId' | 'section' | 'quote'>
  span: ReferenceSpan
}

export function findReferences(sentence: string): FoundReference[] {
  const out: FoundReference[] = []
  for (const m of sentence.matchAll(REFERENCE)) {
    const dateText = m[3]
    const date = dateText ? findDates(dateText)[0] : undefined
    let end = m.index + m[0].length
    const after = sentence.slice(end)
    const issuerMatch = ISSUER.exec(after)
    const issuer = issuerMatch ? issuerMatch[1]!.trim() : null
    const titleStart = issuerMatch ? issuerMatch[0].length : 0
    const titleText = after
      .slice(titleStart)
      .split(/[;]|\.(?:\s|$)/)[0]!
      .trim()
    const title = /^(về|ban hành|phê duyệt|điều chỉnh)/u.test(titleText) ? titleText.replace(/^về việc\s+|^về\s+/u, '').slice(0, 200) : null
    end += titleStart
    out.push({
      fact: {
        type: 'reference',
        docType: m[1]!,
        number: m[2]!,
        date: date && date.year ? toIsoDate(date.year, date.month, date.day) : null,
        issuer,
        title: title || null,
      },
      span: { index: m.index, end },
    })
  }
  return out
}

export function insideAny(index: number, spans: ReferenceSpan[]): boolean {
  return spans.some((s) => index >= s.index && index < s.end)
}
