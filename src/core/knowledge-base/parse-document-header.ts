import { capitalize, isUpperCaseLine, sentenceCase } from '../text/letter-case.js'
import type { Glossary } from './glossary.js'
import type { DocumentMetadata, PartialDate } from './plan-document.js'

/**
 * Splits the logical lines of a document into header, body and closing block, and reads the
 * metadata the header states: number, place and date, type, title, issuer; and from the
 * closing block: recipients ("Nơi nhận") and signer.
 */
export interface DocumentParts {
  header: string[]
  body: string[]
  closing: string[]
}

const DOC_TYPES: Record<string, string> = {
  'KẾ HOẠCH': 'kế hoạch',
  'QUYẾT ĐỊNH': 'quyết định',
  'CÔNG VĂN': 'công văn',
  'BÁO CÁO': 'báo cáo',
  'THÔNG BÁO': 'thông báo',
  'CHƯƠNG TRÌNH': 'chương trình',
  'HƯỚNG DẪN': 'hướng dẫn',
  'CHỈ THỊ': 'chỉ thị',
}
const TYPE_LINE = new RegExp(`^(${Object.keys(DOC_TYPES).join('|')})(?:\\s+(.*))?$`, 'u')
const PLACE_DATE = /^(.*?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/u
const NUMBER_LINE = /Số\s*:?\s*(\S*\/\S+|\/\S+)/u
const CLOSING_START = /^(Nơi nhận|Nơi gửi)\s*:?/iu
const SIGN_ROLE = /^(KT\.?|TM\.?|TL\.?|Q\.|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG|ỦY BAN|UBND)/u
const NATIONAL_MOTTO = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc/giu

export function splitDocument(lines: string[]): DocumentParts & { typeLine: number; titleLines: number } {
  const searchLimit = Math.min(lines.length, 30)
  let typeLine = -1
  for (let i = 0; i < searchLimit; i++) {
    if (TYPE_LINE.test(lines[i]!) && isUpperCaseLine(lines[i]!.split(/\s+/).slice(0, 2).join(' '))) {
      typeLine = i
      break
    }
  }
  if (typeLine < 0) typeLine = lines.findIndex((l, i) => i < searchLimit && /^V\/v\b/u.test(l))
  let bodyStart = typeLine + 1
  let titleLines = 0
  if (typeLine >= 0 && !/^V\/v\b/u.test(lines[typeLine]!) && !TYPE_LINE.exec(lines[typeLine]!)?.[2]) {
    const next = lines[bodyStart]
    // A title line, unlike the legal bases that follow it, does not end a clause with ";" or ",".
    if (next && !/^(Căn cứ|Kính gửi)/u.test(next) && !/[;,:]$/.test(next) && next.length < 300) {
      bodyStart++
      titleLines = 1
    }
  }
  if (typeLine < 0) bodyStart = lines.findIndex((l) => /^(Căn cứ|Thực hiện|Kính gửi|I\.)/u.test(l))
  if (bodyStart < 0) bodyStart = 0
  let closingStart = lines.findIndex((l, i) => i >= bodyStart && CLOSING_START.test(l))
  if (closingStart < 0) closingStart = lines.length
  return {
    header: lines.slice(0, bodyStart),
    body: lines.slice(bodyStart, closingStart),
    closing: lines.slice(closingStart),
    typeLine,
    titleLines,
  }
}

export function readMetadata(parts: ReturnType<typeof splitDocument>, preamble: string[], body: string[], glossary: Glossary): DocumentMetadata {
  const header = parts.header
  const numberMatch = header.map((l) => NUMBER_LINE.exec(l)).find(Boolean)
  const token = numberMatch?.[1]?.replace(/[.,;]+$/, '') ?? null
  const number = token && !token.startsWith('/') ? token : null
  const symbol = token ? token.slice(token.indexOf('/') + 1) || null : null

  const placeDate = header.map((l) => PLACE_DATE.exec(l)).find(Boolean)
  const issued: PartialDate | null = placeDate
    ? {
        year: Number(placeDate[4]),
        month: placeDate[3] ? Number(placeDate[3]) : null,
        day: placeDate[2] && placeDate[3] ? Number(placeDate[2]) : null,
      }
    : null

  const typeText = parts.typeLine >= 0 ? header[parts.typeLine]! : ''
  const typeMatch = TYPE_LINE.exec(typeText)
  const isLetter = /^V\/v\b/u.test(typeText) || header.some((l) => /^V\/v\b/u.test(l))
  const type = typeMatch ? DOC_TYPES[typeMatch[1]!]! : isLetter ? 'công văn' : 'văn bản'
  const titleRaw = typeMatch
    ? (typeMatch[2] ?? (parts.titleLines ? header[parts.typeLine + 1] : null) ?? null)
    : (header.find((l) => /^V\/v\b/u.test(l))?.replace(/^V\/v\s*/u, '') ?? null)
  const title = titleRaw ? capitalize(sentenceCase(titleRaw)) : null

  const agencyLines = header
    .slice(0, Math.max(0, parts.typeLine))
    .map((l) => l.replace(NATIONAL_MOTTO, '').trim())
    .filter((l) => l && isUpperCaseLine(l) && /^(UBND|ỦY BAN|UỶ BAN|SỞ|BỘ|BAN|HỘI|PHÒNG|LIÊN ĐOÀN|CÔNG AN|TRUNG TÂM)/u.test(l))
  const headerIssuer = agencyLines.at(-1) ?? null
  const parentLine = agencyLines.length > 1 ? agencyLines.at(-2)! : null

  const province =
    provinceFrom(placeDate?.[1] ?? '', glossary) ??
    provinceFrom(agencyLines.join(' '), glossary) ??
    provinceFrom(titleRaw ?? '', glossary) ??
    provinceFrom(preamble.join(' '), glossary) ??
    mostFrequentProvince(body.join(' '), glossary)

  const issuer = headerIssuer
    ? displayAgency(headerIssuer, glossary)
    : (issuerFromSymbol(symbol, glossary) ?? issuerFromPreamble(preamble, glossary))

  const closing = readClosing(parts.closing)
  return {
    province,
    provinceNow: province ? (glossary.province(province)?.now ?? null) : null,
    issuer,
    parentIssuer: parentLine ? displayAgency(parentLine, glossary) : null,
    number,
    symbol,
    issued,
    year: issued?.year ?? yearIn(titleRaw ?? '') ?? null,
    type,
    title,
    signer: closing.signer,
    signerRole: closing.role,
    recipients: closing.recipients,
    sourceUrl: null,
  }
}

function provinceFrom(text: string, glossary: Glossary): string | null {
  return glossary.findProvinces(text)[0]?.value.name ?? null
}

function mostFrequentProvince(text: string, glossary: Glossary): string | null {
  const counts = new Map<string, number>()
  for (const m of glossary.findProvinces(text)) counts.set(m.value.name, (counts.get(m.value.name) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

/** "SỞ LAO ĐỘNG - TB VÀ XÃ HỘI" → "Sở Lao động – Thương binh và Xã hội"; "UBND TỈNH SÓC TRĂNG" → "UBND tỉnh Sóc Trăng". */
function displayAgency(line: string, glossary: Glossary): string {
  const known = glossary.findAgencies(line)[0]
  if (known && known.index === 0 && line.length - known.end <= 2) return known.value.name
  const ubnd = /^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(TỈNH|THÀNH PHỐ)\s+(.+)$/u.exec(line)
  if (ubnd) {
    const place = glossary.findProvinces(ubnd[2]!)[0]?.value.name ?? sentenceCase(ubnd[2]!)
    return `UBND ${ubnd[1]!.toLowerCase()} ${place}`
  }
  return sentenceCase(line)
}

/** The issuer is the subject of the preamble's last "… ban hành/xây dựng Kế hoạch" (earlier ones sit inside cited documents). */
function issuerFromPreamble(preamble: string[], glossary: Glossary): string | null {
  for (const p of [...preamble].reverse()) {
    const matches = [...p.matchAll(/(ban hành|xây dựng)\s+(Kế hoạch|kế hoạch)/gu)].reverse()
    for (const m of matches) {
      const last = glossary.findAgencies(p.slice(0, m.index)).at(-1)
      if (last && m.index - last.end <= 30) return last.value.name
    }
  }
  return null
}

function issuerFromSymbol(symbol: string | null, glossary: Glossary): string | null {
  const code = symbol?.split('-').at(-1)
  if (!code) return null
  if (code === 'UBND') return 'UBND tỉnh'
  const expansion = glossary.abbreviations.get(code)
  return expansion && /^Sở|^Ủy ban/u.test(expansion) ? expansion : null
}

function readClosing(closing: string[]): { recipients: string[]; signer: string | null; role: string | null } {
  const recipients = closing.filter((l) => /^[-+•]/.test(l)).map((l) => l.replace(/^[-+•]\s*/, '').replace(/[;,.]+$/, '').trim())
  const roleLines = closing.filter((l) => SIGN_ROLE.test(l) && isUpperCaseLine(l))
  const nameLine = [...closing].reverse().find((l) => isPersonName(l))
  return { recipients, signer: nameLine ?? null, role: roleLines.length ? roleLines.join(' ').replace(/\s+/g, ' ') : null }
}

function isPersonName(line: string): boolean {
  const words = line.split(/\s+/)
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w)) && !/^(Nơi|Lưu|Như)/u.test(line)
}

function yearIn(text: string): number | null {
  const m = /năm\s+(\d{4})/iu.exec(text)
  return m ? Number(m[1]) : null
}
