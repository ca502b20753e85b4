import { capitalize } from '../text/letter-case.js'
import { CITATION_MESSAGES as MESSAGES } from './citation-messages.vi.js'
import type { Glossary } from './glossary.js'
import type { PlanDocument } from './plan-document.js'
import { formatPartialDate } from './plan-document.js'

/** Where an answer comes from: the document and its section. */
export interface Citation {
  province: string | null
  issuer: string | null
  number: string | null
  /** Issue date as far as the document gives it: "2021-02-08", "2020-08", "2022", or null. */
  date: string | null
  section: string
  title: string | null
}

export function citationOf(doc: PlanDocument, section: string): Citation {
  const d = doc.meta.issued
  const pad = (n: number) => String(n).padStart(2, '0')
  const date = d ? (d.month === null ? String(d.year) : d.day === null ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`) : null
  return { province: doc.meta.province, issuer: doc.meta.issuer, number: doc.meta.number, date, section, title: doc.meta.title }
}

/** "Kế hoạch 67/KH-UBND ngày 08/02/2021 của UBND tỉnh An Giang" */
export function describeDocument(doc: PlanDocument, glossary?: Glossary): string {
  const m = doc.meta
  const type = capitalize(m.type)
  const number = m.number ? ` ${m.number}` : ''
  const issued = m.issued ? (m.issued.day ? ` ngày ${formatPartialDate(m.issued)}` : ` ${m.issued.month ? 'tháng' : 'năm'} ${formatPartialDate(m.issued)}`) : m.year ? ` năm ${m.year}` : ''
  const issuer = m.issuer ? ` của ${issuerWithProvince(m.issuer, m.province)}` : ''
  const merged = m.province && m.provinceNow && m.provinceNow !== m.province ? ` ${MESSAGES.provinceMerged(m.province, glossary?.unitName(m.provinceNow) ?? m.provinceNow, m.province.endsWith(m.provinceNow))}` : ''
  return `${type}${number}${issued}${issuer}${merged}`
}

/** "Nguồn: Kế hoạch 67/KH-UBND ngày 08/02/2021 của UBND tỉnh An Giang, mục V.1" */
export function sourceLine(doc: PlanDocument, sections: string[], glossary?: Glossary): string {
  const unique = [...new Set(sections.map(displaySection))]
  const where = unique.map((s) => (PART_LABELS.has(s) ? s : `${MESSAGES.section} ${s}`)).join(', ')
  return `${MESSAGES.source}: ${describeDocument(doc, glossary)}, ${where}`
}

/** Parts of a document outside its numbered sections, as a citation names them. */
const PART_NAMES: Record<string, string> = { preamble: 'phần căn cứ', header: 'phần đầu văn bản', signature: 'phần ký', recipients: 'nơi nhận' }
const PART_LABELS = new Set(Object.values(PART_NAMES))

/** "I.3#2" (a repeated number) is shown as the document prints it, "I.3 (lần 2)". */
export function displaySection(path: string): string {
  if (PART_NAMES[path]) return PART_NAMES[path]
  const [base, n] = path.split('#')
  return n ? `${base} (lần ${n})` : base!
}

/** "UBND tỉnh" → "UBND tỉnh An Giang"; a department gets its province unless its name has it. */
export function issuerWithProvince(issuer: string, province: string | null): string {
  if (!province) return issuer
  if (/^UBND (tỉnh|thành phố)$/u.test(issuer)) return `${issuer} ${province}`
  if (/^(UBND|Ủy ban)/u.test(issuer) || issuer.includes(province)) return issuer
  return `${issuer} tỉnh ${province}`
}
