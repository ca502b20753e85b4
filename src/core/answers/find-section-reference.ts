import type { PlanDocument, PlanSection } from '../knowledge-base/plan-document.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'

/**
 * A part of a document the question points at by its place: "phần thứ hai", "mục II", "mục 1
 * phần I", by its heading and an ordinal: "mục đích thứ nhất", "nhiệm vụ thứ ba", or by its
 * heading alone: "mục đích của KH 461", "chế độ báo cáo trong kế hoạch".
 */
export interface SectionReference {
  /** Positions from the top (1-based): [2] is part II, [1, 1] is I.1; [] with a heading is the titled section itself. */
  path: number[]
  /** Heading words the ordinal counts within, or the title asked for alone ("muc dich"), folded. */
  heading: string | null
}

const ORDINAL_WORDS: Record<string, number> = { nhat: 1, 'dau tien': 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 }
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10 }
const ORDINAL = `thu (?:${Object.keys(ORDINAL_WORDS).join('|')})`
const PLACE = new RegExp(`\\b(phan|muc|diem) (${ORDINAL}|[ivx]+|\\d{1,2})\\b`, 'g')
const HEADED = new RegExp(`\\b((?:muc dich|yeu cau|muc tieu|nhiem vu|giai phap|noi dung)(?: cu the| chu yeu)?) (${ORDINAL}|dau tien)\\b`)

/**
 * A plan's standard part titles, named as the thing asked about: followed by the document, a
 * question word or nothing ("Mục đích KH …?", "yêu cầu đặt ra trong KH … là gì", "có đặt mục
 * tiêu cho năm 2025 không"), not by a topic ("mục tiêu về giáo dục" is searched, not a part).
 */
const TITLED = new RegExp(
  `\\b(muc dich|yeu cau|muc tieu(?: chung| cu the)?|nhiem vu(?: chu yeu)?|giai phap(?: chu yeu)?|kinh phi(?: thuc hien)?|to chuc thuc hien|che do bao cao)(?=\\s*[?.!,]?\\s*$|,| (cua|trong(?! tam)|dat ra|de ra|ke hoach|kh|van ban|cong van|so \\d|\\d|la gi|la nhung gi|gi|gom|the nao|ra sao|nhu the nao|cho nam|den nam|nham)\\b)`,
)

function ordinal(word: string): number | null {
  const w = word.replace(/^thu /, '')
  return ORDINAL_WORDS[w] ?? ROMAN[w] ?? (/^\d+$/.test(w) ? Number(w) : null)
}

export function findSectionReference(question: string): SectionReference | null {
  const folded = foldDiacritics(question).toLowerCase().replace(/\s+/g, ' ')
  const headed = HEADED.exec(folded)
  if (headed) return { heading: headed[1]!, path: [ordinal(headed[2]!)!] }
  let top: number | null = null
  let sub: number | null = null
  for (const m of folded.matchAll(PLACE)) {
    const n = ordinal(m[2]!)
    if (n === null) continue
    // "phần" and Roman numerals name the top parts; "mục 1", "điểm 2" a numbered item.
    if (m[1] === 'phan' || ROMAN[m[2]!] !== undefined || m[2]!.startsWith('thu ')) top = n
    else sub = n
  }
  if (top === null && sub === null) {
    const titled = TITLED.exec(folded)
    return titled ? { heading: titled[1]!, path: [] } : null
  }
  return { heading: null, path: top === null ? [sub!] : sub === null ? [top] : [top, sub] }
}

/** A subsection title, as opposed to an item's sentence. */
const MAX_TITLE = 40

/** The section a reference names in one document, or null. */
export function resolveSectionReference(doc: PlanDocument, ref: SectionReference): PlanSection | null {
  if (ref.heading) {
    const heading = ref.heading
    const named = (s: PlanSection) => foldDiacritics(s.heading).toLowerCase().includes(heading)
    // A subsection titled by the words ("1. Mục đích"), not an item that merely uses them.
    const titled = (s: PlanSection) => s.heading.length <= MAX_TITLE && foldDiacritics(s.heading).toLowerCase().startsWith(heading)
    if (!ref.path.length) return titledSection(doc, named, titled)
    for (const top of doc.sections) {
      // "Mục đích thứ nhất": the n-th item under the heading, or under its own "Mục đích" subsection.
      const section = named(top) ? (top.children.find(titled) ?? top) : top.children.find(titled)
      if (!section) continue
      return section.children[ref.path[0]! - 1] ?? (section !== top && section.children.length === 0 ? section : null)
    }
    return null
  }
  let sections = doc.sections
  let found: PlanSection | null = null
  for (const n of ref.path) {
    found = sections[n - 1] ?? null
    if (!found) return null
    sections = found.children
  }
  return found
}

/** A top part that names the heading among others ("I. MỤC ĐÍCH, YÊU CẦU"), longer than a title but not a sentence. */
const MAX_PART_TITLE = 80

/** "Mục đích" alone: its own subsection ("1. Mục đích") when the part has one, else the part that names it. */
function titledSection(doc: PlanDocument, named: (s: PlanSection) => boolean, titled: (s: PlanSection) => boolean): PlanSection | null {
  for (const top of doc.sections) {
    if (named(top) && top.heading.length <= MAX_PART_TITLE) return top.children.find(titled) ?? top
    const child = top.children.find(titled)
    if (child) return child
  }
  return null
}
