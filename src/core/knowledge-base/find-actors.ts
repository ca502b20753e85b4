import type { Glossary } from './glossary.js'

/**
 * Who must act, read from the subject of a Vietnamese clause: the agencies named before
 * the first action verb ("UBND cấp huyện, các sở, ban, ngành … chủ động xây dựng …").
 */
const ACTION_VERB = /(?<![\p{L}])(chủ động|chịu trách nhiệm|có trách nhiệm|xây dựng|báo cáo|gửi|tổ chức|triển khai|thực hiện|hoàn thành|nộp|tham mưu|chủ trì|phối hợp|hướng dẫn|theo dõi|cập nhật|phát động|tiếp tục|kiểm tra|đôn đốc|rà soát|bố trí)(?![\p{L}])/iu

const AGENCY_HEAD =
  /^(?:(?:tất cả )?các\s+(?:sở|cơ quan|đơn vị|huyện|thị xã|thành phố|xã|phường|địa phương|ngành|ban|tổ chức|Sở|Phòng)|(?:UBND|Ủy ban|Uỷ ban|Sở|Ban|Phòng|Văn phòng|Hội|Liên đoàn|Công an|Công đoàn|Báo|Đài|Cục|Trung tâm|Bộ|Thủ trưởng|Trưởng|Người đứng đầu|Chủ tịch|Thường trực|Đoàn|Tỉnh ủy|Mặt trận)(?![\p{L}]))/u

export interface ClauseParts {
  actors: string[]
  /** The clause from its action verb on ("xây dựng Kế hoạch …"). */
  predicate: string
}

const INTRO = /^(Căn cứ|Trên cơ sở|Theo|Thực hiện|Để|Nhằm|Hàng năm|Hằng năm|Định kỳ|Hàng tháng)(?![\p{L}])/u

export function splitSubject(clause: string, glossary?: Glossary): ClauseParts {
  const verb = ACTION_VERB.exec(clause)
  if (!verb || verb.index === 0) return { actors: [], predicate: clause.trim() }
  let subject = clause.slice(0, verb.index)
  // "Sở Kế hoạch và đầu tư: Chủ trì …" — the agency is what stands before the colon.
  if (subject.includes(':')) subject = subject.slice(0, subject.indexOf(':'))
  if (subject.length > 240) return { actors: [], predicate: clause.trim() }
  return { actors: subjectAgencies(subject, glossary), predicate: clause.slice(verb.index).trim() }
}

/**
 * Splits "UBND thành phố Huế, các thị xã và các huyện, các sở, ngành có liên quan" into agencies.
 * Known agency names keep their inner "và" and commas ("Sở Lao động – Thương binh và Xã hội").
 */
export function subjectAgencies(subject: string, glossary?: Glossary): string[] {
  let protectedText = subject
  for (const m of glossary?.findAgencies(subject) ?? []) {
    const inner = subject.slice(m.index, m.end).replace(/,/g, '\u0001').replace(/ và /g, ' \u0002\u0002 ')
    protectedText = protectedText.slice(0, m.index) + inner + protectedText.slice(m.end)
  }
  const fragments = protectedText
    .split(/,\s*|\s+và\s+/u)
    .map((f) =>
      f
        .replace(/\u0001/g, ',')
        .replace(/\u0002\u0002/g, 'và')
        .replace(/^(?:Đề nghị|Giao)\s+/u, '')
        .trim(),
    )
    .filter(Boolean)
  const actors: string[] = []
  let skipping = fragments.length > 0 && INTRO.test(fragments[0]!)
  if (!skipping && fragments[0] && !AGENCY_HEAD.test(fragments[0])) return []
  for (const fragment of fragments) {
    if (AGENCY_HEAD.test(fragment)) {
      actors.push(fragment)
      skipping = false
    } else if (!skipping && actors.length) actors[actors.length - 1] += `, ${fragment}`
  }
  return actors
}

/** The agency a section heading is about ("Đề nghị Hội Liên hiệp Phụ nữ tỉnh:", "3. Sở Tài chính: Hướng dẫn …"). */
export function headingAgency(heading: string, glossary: Glossary): string | null {
  const stripped = heading.replace(/^Đề nghị\s+/u, '')
  const colon = stripped.endsWith(':') ? stripped.slice(0, -1) : stripped.split(':')[0]!
  const candidate = colon.trim()
  const known = glossary.findAgencies(candidate)[0]
  if (known && known.index === 0 && candidate.length <= 300 && (stripped.includes(':') || candidate.length - known.end < 40)) {
    return candidate
  }
  if (AGENCY_HEAD.test(candidate) && candidate.length <= 160 && (stripped.includes(':') || candidate.split(/\s+/).length <= 12)) {
    return candidate
  }
  return null
}
