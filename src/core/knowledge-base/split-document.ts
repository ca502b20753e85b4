import { isUpperCaseLine } from '../text/letter-case.js'
import { matchHeading } from './build-section-tree.js'
import { KIND_LINE } from './document-kinds.js'
import { readAnnouncement } from './read-announcement.js'

/**
 * Splits the logical lines of a document into the parts Nghị định 30/2020/NĐ-CP (Phụ lục I)
 * lays out: header (issuing body on one or two lines, số/ký hiệu, địa danh and date, tên loại
 * and trích yếu), body, and closing block (nơi nhận, quyền hạn and chức vụ, họ tên).
 * A decision that issues an attached plan ("Ban hành kèm theo Quyết định …") keeps its articles
 * as a preface and the plan becomes the body: the decision's "Nơi nhận" does not end it.
 * A news page has no header: the parts start at the sentence announcing the document.
 */
export interface DocumentParts {
  header: string[]
  body: string[]
  closing: string[]
  /** Articles of the decision that issued the attached document (kept as preamble text). */
  preface: string[]
  /** The kind line as printed ("KẾ HOẠCH"), when there is one. */
  kindLine: string | null
  /** Header lines before the kind line (or the "V/v" line): where the issuing body is printed. */
  issuerZone: string[]
  title: string | null
  /** A letter (công văn) with its subject on a "V/v" line. */
  letter: boolean
  attached: { kind: string; title: string | null } | null
  /** The sentence of a news page that announces the document ("Ngày 12/5/2023, UBND tỉnh … ban hành Kế hoạch số …"). */
  announcement: string | null
}

const HEADER_LIMIT = 30
const CLOSING_START = /^(Nơi nhận|Nơi gửi)\s*:?/iu
const BODY_START = /^(Căn cứ|Thực hiện|Kính gửi|Theo đề nghị|Xét đề nghị|I\.)/u
const ATTACHMENT_NOTE = /^\(?\s*(?:Ban hành\s+)?kèm theo\s+(?:Quyết định|Nghị quyết|Chỉ thị|Công văn|Kế hoạch|văn bản)/iu
const LOCAL_UNIT = /^(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s+\S/u
const HEADER_META = /^Số\s*:|,\s*ngày\b|CỘNG HÒA|CỘNG HOÀ|Độc lập\s*-/iu

export function splitDocument(input: string[]): DocumentParts {
  const lines = joinHeaderFragments(input)
  const limit = Math.min(lines.length, HEADER_LIMIT)
  const kindAt = lines.findIndex((l, i) => i < limit && isKindLine(l))
  const letterAt = kindAt < 0 ? lines.findIndex((l, i) => i < limit && /^V\/v\b/u.test(l)) : -1
  let bodyStart: number
  let title: string | null = null
  let announcement: string | null = null
  if (kindAt >= 0) {
    const inline = KIND_LINE.exec(lines[kindAt]!)![2]
    bodyStart = kindAt + 1
    if (inline) title = inline
    else if (isTitleLine(lines[bodyStart])) title = lines[bodyStart++]!
    // A title in capitals wrapped over several lines: the next capital lines continue it.
    while (title && isUpperCaseLine(title) && continuesCapitalTitle(lines[bodyStart])) title = `${title} ${lines[bodyStart++]}`
  } else if (letterAt >= 0) {
    title = lines[letterAt]!.replace(/^V\/v\s*/u, '')
    const greeting = lines.findIndex((l, i) => i > letterAt && i < letterAt + 12 && /^Kính gửi/u.test(l))
    bodyStart = greeting >= 0 ? greeting : lastIndexWhere(lines, limit, (l) => HEADER_META.test(l)) + 1
    bodyStart = Math.max(bodyStart, letterAt + 1)
  } else {
    const lastMeta = lastIndexWhere(lines, limit, (l) => HEADER_META.test(l))
    const news = lastMeta < 0 ? lines.findIndex((l, i) => i < 20 && readAnnouncement(l) !== null) : -1
    if (news >= 0) {
      bodyStart = news
      announcement = lines[news]!
    } else {
      // No kind line (copied without it): the trích yếu is the plain lines after the date line.
      let i = lastMeta + 1
      const titleLines: string[] = []
      while (lastMeta >= 0 && isTitleLine(lines[i], true) && !isUpperCaseLine(lines[i]!)) titleLines.push(lines[i++]!)
      title = titleLines.join(' ') || null
      const start = lines.findIndex((l, j) => j >= i && BODY_START.test(l))
      bodyStart = start >= 0 ? start : i
    }
  }
  let closingStart = lines.findIndex((l, i) => i >= bodyStart && CLOSING_START.test(l))
  if (closingStart < 0) closingStart = lines.length
  const header = lines.slice(0, bodyStart)
  const zoneEnd = kindAt >= 0 ? kindAt : letterAt >= 0 ? letterAt : header.length
  const parts: DocumentParts = { header, body: lines.slice(bodyStart, closingStart), closing: lines.slice(closingStart), preface: [], kindLine: kindAt >= 0 ? KIND_LINE.exec(lines[kindAt]!)![1]! : null, issuerZone: header.slice(0, zoneEnd), title, letter: letterAt >= 0, attached: null, announcement }
  return closingStart < lines.length ? withAttachment(parts, lines, closingStart) : parts
}

/** A document issued with this one: its kind line, then within a few lines "(Ban hành kèm theo …)". */
function withAttachment(parts: DocumentParts, lines: string[], closingStart: number): DocumentParts {
  for (let k = closingStart + 1; k < lines.length; k++) {
    if (!isKindLine(lines[k]!)) continue
    const note = lines.findIndex((l, i) => i > k && i <= k + 4 && ATTACHMENT_NOTE.test(l))
    if (note < 0) continue
    const inline = KIND_LINE.exec(lines[k]!)!
    const title = [inline[2], ...lines.slice(k + 1, note)].filter(Boolean).join(' ') || null
    let end = lines.findIndex((l, i) => i > note && CLOSING_START.test(l))
    if (end < 0) end = lines.length
    return {
      ...parts,
      preface: parts.body,
      body: lines.slice(note + 1, end),
      closing: [...lines.slice(closingStart, k), ...lines.slice(end)],
      attached: { kind: inline[1]!, title },
    }
  }
  return parts
}

/**
 * Header lines a copy broke apart are joined again: "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NGÃI",
 * "QUYẾT" / "ĐỊNH" (a kind line split in two).
 */
function joinHeaderFragments(input: string[]): string[] {
  const lines = [...input]
  for (let i = 0; i < Math.min(lines.length - 1, HEADER_LIMIT); i++) {
    const line = lines[i]!
    const next = lines[i + 1]!
    // Header fragments are short; long paragraphs are never tested (this runs on every document).
    if (line.length > 60 || next.length > 80) continue
    const issuerStem = /^(ỦY BAN|UỶ BAN|UBND|HỘI ĐỒNG|HĐND)/u.test(line) && !/\b(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\b/u.test(line) && isUpperCaseLine(line)
    const joined = `${line} ${next}`
    const kindFragment = line.length <= 12 && KIND_LINE.test(joined) && !KIND_LINE.exec(joined)![2] && !isKindLine(line) && isUpperCaseLine(line)
    if ((issuerStem && LOCAL_UNIT.test(next) && isUpperCaseLine(next)) || kindFragment) lines.splice(i, 2, joined)
  }
  return lines
}

function isKindLine(line: string): boolean {
  return KIND_LINE.test(line) && isUpperCaseLine(line.split(/\s+/).slice(0, 2).join(' '))
}

/** A trích yếu line, unlike the legal bases that follow it, does not end a clause with ";" "," or ":". */
function isTitleLine(line: string | undefined, strict = false): boolean {
  if (!line || line.length >= 300 || CLOSING_START.test(line) || /^(Căn cứ|Kính gửi|Theo đề nghị|Xét đề nghị)/u.test(line)) return false
  return strict ? !/[;,:.]$/.test(line) : !/[;,:]$/.test(line)
}

/** The authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") is not part of its title. */
const AUTHORITY = /^(CHỦ TỊCH|ỦY BAN|UỶ BAN|UBND|GIÁM ĐỐC|BỘ TRƯỞNG|HỘI ĐỒNG|BAN CHẤP HÀNH|BAN THƯỜNG VỤ|TRƯỞNG BAN|CỘNG HÒA|CỘNG HOÀ)/u

function continuesCapitalTitle(line: string | undefined): boolean {
  return Boolean(line && line.length < 200 && isUpperCaseLine(line) && isTitleLine(line, true) && !AUTHORITY.test(line) && !matchHeading(line) && !isKindLine(line))
}

function lastIndexWhere(lines: string[], limit: number, test: (l: string) => boolean): number {
  for (let i = limit - 1; i >= 0; i--) if (test(lines[i]!)) return i
  return -1
}
