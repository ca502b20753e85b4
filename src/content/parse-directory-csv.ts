import { CsvError, parse } from 'csv-parse/sync'
import type { z } from 'zod'
import type { RowError } from '../core/directory/place.js'

/** A quoted cell may span lines (an address typed with Alt+Enter), but not more than this many. */
const MAX_LINES_PER_ROW = 10

/**
 * Parses a directory CSV (shelters.csv, hotlines.csv) and validates each row; one bad row never
 * costs the others. Accepts what spreadsheets save: a UTF-8 BOM, CRLF line ends, and ";" (Excel
 * in a Vietnamese or European locale) or tab instead of ",". A row with an unbalanced quote, too
 * many or too few cells, an invalid value or an id seen before is reported (file, spreadsheet row,
 * column) and skipped. The console's import preview calls this directly.
 */
export function parseDirectoryCsv<T extends { id: string }>(text: string, file: string, schema: z.ZodType<T>): { rows: T[]; errors: RowError[] } {
  const rows: T[] = []
  const errors: RowError[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/)
  const headerLine = lines.findIndex((l) => l.trim() !== '')
  if (headerLine < 0) return { rows, errors: [{ file, row: 1, column: '-', message: 'the file is empty: the first row must name the columns' }] }
  const delimiter = detectDelimiter(lines[headerLine]!)
  const header = parseRecord(lines[headerLine]!, delimiter)
  if (!header.ok) return { rows, errors: [{ file, row: 1, column: '-', message: `the header row is not valid CSV: ${header.reason}` }] }
  const columns = header.cells.map((c) => c.trim())
  const seen = new Set<string>()
  // Rows as a spreadsheet shows them: the header is row 1.
  let row = 1
  for (let i = headerLine + 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue
    row++
    let record = parseRecord(lines[i]!, delimiter)
    // An open quote at the end of the line: the cell may go on in the next lines.
    for (let j = i + 1; !record.ok && record.open && j < lines.length && j - i < MAX_LINES_PER_ROW; j++) {
      const joined = parseRecord(lines.slice(i, j + 1).join('\n'), delimiter)
      if (joined.ok && joined.cells.length === columns.length) {
        record = joined
        i = j
      } else if (!joined.ok && joined.open) continue
      else break
    }
    if (!record.ok) {
      errors.push({ file, row, column: '-', message: record.open ? 'a quote (") is opened but never closed in this row: check the quotes' : `not valid CSV: ${record.reason}` })
      continue
    }
    const cells = record.cells
    if (cells.length > columns.length) {
      errors.push({ file, row, column: '-', message: `${cells.length} cells but the header has ${columns.length} columns: a "${delimiter}" inside a cell needs quotes around the cell` })
      continue
    }
    if (cells.length < columns.length) {
      errors.push({ file, row, column: columns[cells.length]!, message: `${cells.length} cells but the header has ${columns.length} columns (missing from "${columns[cells.length]}")` })
      continue
    }
    const values = Object.fromEntries(columns.map((c, k) => [c, cells[k]!.trim()]))
    const parsed = schema.safeParse(values)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, row, column: String(issue.path[0] ?? '-'), message: issue.message })
    } else if (seen.has(parsed.data.id)) {
      errors.push({ file, row, column: 'id', message: `duplicate id "${parsed.data.id}" (the first one is kept)` })
    } else {
      seen.add(parsed.data.id)
      rows.push(parsed.data)
    }
  }
  return { rows, errors }
}

type ParsedRecord = { ok: true; cells: string[] } | { ok: false; open: boolean; reason: string }

function parseRecord(text: string, delimiter: string): ParsedRecord {
  try {
    const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][]
    if (records.length !== 1) return { ok: false, open: false, reason: 'a line break outside quotes' }
    return { ok: true, cells: records[0]! }
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, open: error.code === 'CSV_QUOTE_NOT_CLOSED', reason: error.message }
    throw error
  }
}

/** The separator the header row uses most, outside quotes: ",", ";" or tab. */
function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '')
  const counts = [',', ';', '\t'].map((d) => [d, unquoted.split(d).length - 1] as const)
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0]
}
