import { isUpperCaseLine } from '../text/letter-case.js'
import { matchHeading } from './build-section-tree.js'
import { removeInvisible } from '../text/normalize-vietnamese.js'
import { stripPageChrome } from './strip-page-chrome.js'

/**
 * Turns the raw text of a plan (plain text or light markdown exported from Word/PDF) into
 * logical lines: NFC, markdown emphasis and `#` heading marks removed, and paragraphs that a
 * page break cut in mid-sentence ("tham\n\ngia", "tập\n\nhuấn") joined again. Web copies are
 * repaired too: pipe-table cells become lines, page chrome goes, and hard wraps after a word that
 * cannot end a line ("Số:" / number, "ngày" / date, "giai đoạn" / years) are re-joined.
 */
export function cleanPlanText(raw: string): string[] {
  const lines = removeInvisible(
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' '),
  )
    .normalize('NFC')
    .split('\n')
    .flatMap(splitTableRow)
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
  return stripPageChrome(blocks)
}

/** "| Số: 15/KH-UBND | Hậu Giang, ngày 03 tháng 3 năm 2023 |" → one line per cell; "|---|---|" → nothing. */
function splitTableRow(line: string): string[] {
  if (!/^\s*\|.*\|\s*$/.test(line)) return [line]
  return line
    .split('|')
    .map((cell) => cell.trim())
    .filter((cell) => cell && !/^:?-{3,}:?$/.test(cell))
}

function cleanLine(line: string): string {
  return line
    .replace(/\u00a0/g, ' ')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A line ending in one of these words was cut by a hard wrap: the next line continues it. */
const DANGLING_END = /(?:^Số\s*:|(?<!\p{L})(?:ngày|tháng|năm|từ|đến|giai đoạn|số|và|của|tại|theo|với|về|trên))$/iu
const SENTENCE_END = /[.;:!?…"”’)\]]$/
const STARTS_LOWER = /^\p{Ll}/u

/**
 * A line continues the previous block when the previous one stops without closing punctuation
 * and this one starts in lower case — the signature of a page break inside a sentence.
 * Numbered items ("a) …") are never continuations.
 */
function continuesPrevious(prev: string, line: string, afterBlank: boolean): boolean {
  // Only the end of a (possibly long) block is tested.
  if (DANGLING_END.test(prev.length > 24 ? prev.slice(-16) : prev) && !matchHeading(line)) return true
  if (SENTENCE_END.test(prev)) return false
  if (!STARTS_LOWER.test(line)) return false
  if (/^[a-zđ]\s*\)/.test(line)) return false
  if (isUpperCaseLine(prev)) return false
  return afterBlank || !/^[-+•]/.test(line)
}
