import { capitalize, isUpperCaseLine, sentenceCase } from '../text/letter-case.js'
import type { Glossary } from './glossary.js'
import { KIND_NAMES, kindFromSymbol } from './document-kinds.js'
import type { DocumentMetadata, PartialDate } from './plan-document.js'
import { readClosing } from './read-closing.js'
import { readAnnouncement } from './read-announcement.js'
import type { DocumentParts } from './split-document.js'

/**
 * Reads the metadata a document's parts state: number and symbol, place and date, kind, title
 * and issuer from the header (or, on a news page, from the sentence announcing the document);
 * recipients ("Nơi nhận") and signer from the closing block.
 */
const PLACE_DATE = /^(.*?),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})/iu
const NUMBER_LINE = /Số\s*:?\s*(\S*\/\S+|\/\S+)/iu
const NATIONAL_MOTTO = /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*-\s*Tự do\s*-\s*Hạnh phúc/giu

export function readMetadata(parts: DocumentParts, preamble: string[], body: string[], glossary: Glossary): DocumentMetadata {
  const header = parts.header
  const news = parts.announcement ? readAnnouncement(parts.announcement) : null
  const numberMatch = header.map((l) => NUMBER_LINE.exec(l)).find(Boolean)
  const token = (numberMatch?.[1] ?? news?.number)?.replace(/[.,;]+$/, '') ?? null
  const number = token && !token.startsWith('/') ? token : null
  const symbol = token ? token.slice(token.indexOf('/') + 1) || null : null

  const placeDate = header.map((l) => PLACE_DATE.exec(l)).find(Boolean)
  const issued: PartialDate | null = placeDate
    ? {
        year: Number(placeDate[4]),
        month: placeDate[3] ? Number(placeDate[3]) : null,
        day: placeDate[2] && placeDate[3] ? Number(placeDate[2]) : null,
      }
    : (news?.issued ?? null)

  const type = parts.kindLine ? KIND_NAMES[parts.kindLine]! : parts.letter ? 'công văn' : (kindFromSymbol(symbol) ?? news?.kind ?? 'văn bản')
  const titleRaw =
    parts.title ??
    (news?.rest
      ? news.rest
          .replace(/^\s*(?:về\s+(?:việc\s+)?)?/u, '')
          .replace(/[.;]\s*$/, '')
          .trim() || null
      : null)
  const title = titleRaw ? capitalize(sentenceCase(titleRaw)) : null

  const agencyLines = parts.issuerZone.map((l) => l.replace(NATIONAL_MOTTO, '').trim()).filter((l) => l && isUpperCaseLine(l) && /^(UBND|ỦY BAN|UỶ BAN|SỞ|BỘ|BAN|HỘI|PHÒNG|LIÊN ĐOÀN|CÔNG AN|TRUNG TÂM|VĂN PHÒNG|TỈNH ỦY|TỈNH ĐOÀN)/u.test(l))
  const headerIssuer = agencyLines.at(-1) ?? (news ? news.issuer.toUpperCase() : null)
  const parentLine = agencyLines.length > 1 ? agencyLines.at(-2)! : null

  const province = provinceFrom(placeDate?.[1] ?? '', glossary) ?? provinceFrom(agencyLines.join(' '), glossary) ?? provinceFrom(titleRaw ?? '', glossary) ?? provinceFrom(preamble.join(' '), glossary) ?? mostFrequentProvince(body.join(' '), glossary)

  const issuer = headerIssuer ? displayAgency(headerIssuer, glossary) : (issuerFromSymbol(symbol, glossary) ?? issuerFromPreamble(preamble, glossary))

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
    ...(parts.attached ? { attachment: { type: KIND_NAMES[parts.attached.kind]!, title: parts.attached.title ? capitalize(sentenceCase(parts.attached.title)) : null } } : {}),
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
  // "SỞ Y TẾ TỈNH NGHỆ AN" → "Sở Y tế tỉnh Nghệ An": the agency's name, then its province.
  const rest = known && known.index === 0 ? /^(?:(TỈNH|THÀNH PHỐ)\s+)?(.+)$/u.exec(line.slice(known.end).trim()) : null
  const restProvince = rest ? glossary.findProvinces(rest[2]!)[0] : undefined
  if (known && rest && restProvince && restProvince.index === 0) {
    const unit = rest[1] ? rest[1].toLowerCase() : /tỉnh$/u.test(known.value.name) ? '' : 'tỉnh'
    return [known.value.name, unit, restProvince.value.name].filter(Boolean).join(' ')
  }
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

function yearIn(text: string): number | null {
  const m = /năm\s+(\d{4})/iu.exec(text)
  return m ? Number(m[1]) : null
}
