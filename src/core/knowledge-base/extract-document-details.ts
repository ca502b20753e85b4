import { flattenSections, type DocumentDetails, type PlanDocument } from './plan-document.js'
import { coverageYears } from './coverage-years.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'

/** Vietnamese phone numbers as documents print them: "0373.725.604", "0234 3822 123", "(0296) 3852 000". */
const PHONE = /(?<![\d.])(?:\(0\d{2,3}\)\s?|0\d{2,3}[.\s-]?)\d{3}[.\s-]?\d{3,4}(?![\d.])/g
const BASIS_START = /^(căn cứ|thực hiện)(?!\p{L})/iu
/** The preamble's closing clause ("… xây dựng Kế hoạch … như sau:") states what the document does, not a basis. */
const CLOSING = /(ban hành|xây dựng|đề nghị)\s[^;]*(như sau|cụ thể|sau:|với nội dung)/iu

/**
 * Facts a document states about itself outside its numbered sections: the legal bases its
 * preamble cites ("Căn cứ …", "Thực hiện …", split at ";"), the addressees of a letter
 * ("Kính gửi: …"), contact phone numbers with the words that say whose they are, and the years
 * it covers. Nothing is guessed: a document that says none of these gets empty lists.
 */
export function extractDocumentDetails(doc: PlanDocument): DocumentDetails {
  const legalBases: DocumentDetails['legalBases'] = []
  const addressees: string[] = []
  let inAddressees = false
  for (const paragraph of doc.preamble) {
    const line = paragraph.trim()
    if (/^kính gửi\s*:?/iu.test(line)) {
      inAddressees = true
      const rest = line.replace(/^kính gửi\s*:?\s*/iu, '')
      if (rest) addressees.push(cleanListItem(rest))
      continue
    }
    if (inAddressees && /^[-+•]/.test(line)) {
      addressees.push(cleanListItem(line))
      continue
    }
    inAddressees = false
    if (BASIS_START.test(line)) {
      // One basis per clause; the closing clause ("…, Sở X ban hành …") is not a basis.
      for (const clause of line.split(/;\s*/)) {
        const text = withoutClosingClause(clause).trim()
        if (text.length > 10 && !CLOSING.test(text)) legalBases.push({ text: text.replace(/[,;.:]+$/, ''), section: 'preamble' })
      }
    }
  }
  const contacts: DocumentDetails['contacts'] = []
  const blocks = [...doc.preamble.map((text) => ({ text, section: 'preamble' })), ...flattenSections(doc.sections).flatMap((s) => [s.heading, ...s.paragraphs].map((text) => ({ text, section: s.path })))]
  for (const { text, section } of blocks) {
    for (const m of text.matchAll(PHONE)) {
      const before = text.slice(Math.max(0, m.index - 160), m.index)
      // The owner is named just before the number: "(qua Phòng Trẻ em và BĐG, ĐT 0373.725.604)".
      const context = before
        .slice(Math.max(before.lastIndexOf('('), before.search(/[^.;]*$/)))
        .replace(/^[(\s]+/, '')
        .replace(/[,\s]*(đt|điện thoại|sđt|tel)[.:\s]*$/iu, '')
        .trim()
      const start = text.slice(0, m.index).search(/[^.;:]*$/)
      const closing = text.indexOf(')', m.index)
      const end = closing >= 0 && closing - m.index < 40 ? closing + 1 : m.index + m[0].length
      contacts.push({ phone: m[0].trim(), context, quote: text.slice(start, end).trim(), section })
    }
  }
  return { legalBases, addressees, contacts, coverage: coverageYears(doc) }
}

/**
 * "Căn cứ Quyết định số X về …, Sở Y ban hành Kế hoạch …" → "Căn cứ Quyết định số X về …": the
 * preamble's closing clause says what this document does, not what it cites.
 */
export function withoutClosingClause(text: string): string {
  return text.replace(/,\s*(sở|ủy ban|ubnd|ban|hội)\s[^,]*?(ban hành|xây dựng|đề nghị)[\s\S]*$/iu, '')
}

function cleanListItem(line: string): string {
  return line
    .replace(/^[-+•]\s*/, '')
    .replace(/[;.,]+$/, '')
    .trim()
}

/** True when a recipient line is a filing note ("Lưu: VT", "Lưu VT, …") rather than a recipient. */
export function isFilingNote(recipient: string): boolean {
  return /^luu\b/.test(foldDiacritics(recipient))
}
