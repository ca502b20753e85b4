import { isUpperCaseLine } from '../text/letter-case.js'
import { removeInvisible } from '../text/normalize-vietnamese.js'

/**
 * Turns the raw text of a plan (plain text or light markdown exported from Word/PDF) into
 * logical lines: NFC, markdown emphasis and `#` heading marks removed, and paragraphs that a
 * page break cut in mid-sentence ("tham\n\ngia", "tập\n\nhuấn") joined again.
 */
export function cleanPlanText(raw: string): string[] {
  const lines = removeInvisible(raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\t/g, ' '))
    .normalize('NFC')
    .split('\n')
    .map(cleanLine)
  const blocks: string[] = []
  let lastWasBlank = false
  for (const line of lines) {
    if (!line) {
      lastWasBlank = true
      continue
    }
    const prev = blocks.at(-1)
    if (prev !== undefined && continuesPrevious(prev, line, lastWasBlank)) blocks[blocks.length - 1] = `${prev} ${line}`
    else blocks.push(line)
    lastWasBlank = false
  }
  return blocks
}

function cleanLine(line: string): string {
  return line
    .replace(/\u00a0/g, ' ')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

const SENTENCE_END = /[.;:!?…"”’)\]]$/
const STARTS_LOWER = /^\p{Ll}/u

/**
 * A line continues the previous block when the previous one stops without closing punctuation
 * and this one starts in lower case — the signature of a page break inside a sentence.
 * Numbered items ("a) …") are never continuations.
 */
function continuesPrevious(prev: string, line: string, afterBlank: boolean): boolean {
  if (SENTENCE_END.test(prev)) return false
  if (!STARTS_LOWER.test(line)) return false
  if (/^[a-zđ]\s*\)/.test(line)) return false
  if (isUpperCaseLine(prev)) return false
  return afterBlank || !/^[-+•]/.test(line)
}
