import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import type { z } from 'zod'
import { Directory } from '../core/directory/directory.js'
import { hotlineSchema, placeSchema, type Hotline, type Place, type RowError } from '../core/directory/place.js'
import type { Glossary } from '../core/knowledge-base/glossary.js'

export interface LoadedDirectory {
  directory: Directory
  /** Rows that were skipped, each naming file, row and column. */
  errors: RowError[]
}

/** Reads content/shelters.csv and content/hotlines.csv; a bad row is reported and skipped. */
export async function loadDirectory(contentDir: string, glossary: Glossary): Promise<LoadedDirectory> {
  const places = await readRows(path.join(contentDir, 'shelters.csv'), placeSchema)
  const hotlines = await readRows(path.join(contentDir, 'hotlines.csv'), hotlineSchema)
  return { directory: new Directory(places.rows, hotlines.rows, glossary), errors: [...places.errors, ...hotlines.errors] }
}

/** Parses and validates CSV rows; a row with an id already seen is reported and skipped. */
export function parseCsvRows<T extends { id: string }>(text: string, file: string, schema: z.ZodType<T>): { rows: T[]; errors: RowError[] } {
  const rows: T[] = []
  const errors: RowError[] = []
  let records: Record<string, string>[]
  try {
    const body = text.replace(/^\uFEFF/, '')
    records = parse(body, { columns: true, skip_empty_lines: true, trim: true, relax_column_count: false, delimiter: headerDelimiter(body) }) as Record<string, string>[]
  } catch (error) {
    const e = error as { lines?: number; message: string }
    return { rows, errors: [{ file, row: e.lines ?? 0, column: '-', message: `not valid CSV: ${e.message}` }] }
  }
  const seen = new Set<string>()
  records.forEach((record, i) => {
    // Row numbers as a spreadsheet shows them: the header is row 1.
    const row = i + 2
    const parsed = schema.safeParse(record)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, row, column: String(issue.path[0] ?? '-'), message: issue.message })
    } else if (seen.has(parsed.data.id)) {
      errors.push({ file, row, column: 'id', message: `duplicate id "${parsed.data.id}" (the first one is kept)` })
    } else {
      seen.add(parsed.data.id)
      rows.push(parsed.data)
    }
  })
  return { rows, errors }
}

/** Excel saves "CSV" with ';' where the decimal mark is a comma (as in Vietnamese settings): read it from the header. */
export function headerDelimiter(text: string): ',' | ';' {
  const header = text.slice(0, text.search(/\r?\n|$/))
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ','
}

async function readRows<T extends { id: string }>(file: string, schema: z.ZodType<T>): Promise<{ rows: T[]; errors: RowError[] }> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return { rows: [], errors: [{ file: path.basename(file), row: 0, column: '-', message: 'file not found' }] }
  }
  return parseCsvRows(text, path.basename(file), schema)
}

export type { Hotline, Place }
