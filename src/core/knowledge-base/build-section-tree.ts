import { isUpperCaseLine } from '../text/letter-case.js'
import type { PlanSection } from './plan-document.js'

/**
 * Builds the section tree from the document's own numbering:
 * Roman numerals and parts ("Phần thứ nhất", "Chương II"; level 1) → "1." (level 2) → "1.1." (level 3) → "a)" (level 4 under a number,
 * level 3 otherwise). Bullets and plain paragraphs belong to the innermost open section.
 * A number repeated by mistake (two "3." in a row) is kept as its own section, "I.3#2".
 */
interface HeadingMatch {
  kind: 'roman' | 'number' | 'subnumber' | 'letter'
  label: string
  heading: string
}

const ROMAN = /^(?:(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+)?(XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*[.:]\s+(.*)$/
/** A Roman number on its own line: "IV." or, with a word before it, "PHẦN I" (the dot is optional then). */
const ROMAN_ALONE = /^(?:(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s+(XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*\.?|(XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\s*\.)$/
/** "1. …", "1) …", and the articles of a decision: "Điều 1. …". */
const NUMBER = /^(?:(?:Điều|ĐIỀU)\s+)?(\d{1,2})\s*[.):]\s*(\S.*)?$/
const SUBNUMBER = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/
const LETTER = /^([a-zđ])\s*\)\s*(\S.*)$/

/** "Phần thứ nhất" / "PHẦN THỨ HAI": a part numbered in words, labelled with its Roman number. */
const PART_IN_WORDS = /^(?:Phần|PHẦN)\s+(?:thứ|THỨ)\s+(nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|TÁM|CHÍN|MƯỜI)\s*[.:]?\s*(.*)$/u
const ORDINALS = ['nhất', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']
const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

const LEVEL: Record<HeadingMatch['kind'], number> = { roman: 1, number: 2, subnumber: 3, letter: 4 }

export function matchHeading(line: string): HeadingMatch | null {
  let m = ROMAN.exec(line)
  if (m) return { kind: 'roman', label: m[1]!, heading: m[2]!.trim() }
  m = PART_IN_WORDS.exec(line)
  if (m) return { kind: 'roman', label: ROMANS[ORDINALS.indexOf(m[1]!.toLowerCase())]!, heading: m[2]!.trim() }
  m = ROMAN_ALONE.exec(line)
  if (m) return { kind: 'roman', label: (m[1] ?? m[2])!, heading: '' }
  m = SUBNUMBER.exec(line)
  if (m) return { kind: 'subnumber', label: `${m[1]}.${m[2]}`, heading: m[3]!.trim() }
  m = NUMBER.exec(line)
  // "2020. ..." or "15/11" never match: one or two digits followed by "." or ")".
  if (m) return { kind: 'number', label: m[1]!, heading: (m[2] ?? '').trim() }
  m = LETTER.exec(line)
  if (m) return { kind: 'letter', label: m[1]!, heading: m[2]!.trim() }
  return null
}

export interface SectionTree {
  /** Blocks before the first heading. */
  leading: string[]
  sections: PlanSection[]
}

export function buildSectionTree(blocks: string[]): SectionTree {
  const leading: string[] = []
  const roots: PlanSection[] = []
  const stack: PlanSection[] = []
  for (const block of blocks) {
    const h = matchHeading(block)
    if (!h) {
      const open = stack.at(-1)
      // "PHẦN I" on one line and "QUY ĐỊNH CHUNG" on the next: the second line is the heading.
      if (open && !open.heading && !open.paragraphs.length && !open.children.length && isUpperCaseLine(block)) open.heading = block
      else if (open) open.paragraphs.push(block)
      else leading.push(block)
      continue
    }
    const level = LEVEL[h.kind]
    while (stack.length && stack.at(-1)!.level >= level) stack.pop()
    const parent = stack.at(-1)
    const siblings = parent ? parent.children : roots
    const label = h.kind === 'subnumber' ? h.label.split('.')[1]! : h.label
    const base = parent ? `${parent.path}.${label}` : label
    const path = uniquePath(base, siblings)
    const section: PlanSection = { path, label, level, heading: h.heading, paragraphs: [], children: [] }
    siblings.push(section)
    stack.push(section)
  }
  return { leading, sections: roots }
}

function uniquePath(base: string, siblings: PlanSection[]): string {
  if (!siblings.some((s) => s.path === base)) return base
  let n = 2
  while (siblings.some((s) => s.path === `${base}#${n}`)) n++
  return `${base}#${n}`
}

/** Heading and paragraphs of a section, without its children. */
export function ownText(section: PlanSection): string[] {
  return section.heading ? [section.heading, ...section.paragraphs] : section.paragraphs
}

/** Heading, paragraphs and all descendants' text. */
export function fullText(section: PlanSection): string[] {
  return [...ownText(section), ...section.children.flatMap(fullText)]
}
