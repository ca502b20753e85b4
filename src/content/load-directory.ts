import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { z } from 'zod'
import { Directory } from '../core/directory/directory.js'
import { hotlineSchema, placeSchema, type Hotline, type Place, type RowError } from '../core/directory/place.js'
import type { Glossary } from '../core/knowledge-base/glossary.js'
import { parseDirectoryCsv } from './parse-directory-csv.js'

export interface LoadedDirectory {
  directory: Directory
  /** Rows that were skipped, each naming file, row and column. */
  errors: RowError[]
}

/** Reads content/shelters.csv and content/hotlines.csv; a bad row is reported and skipped. */
export async function loadDirectory(contentDir: string, glossary: Glossary): Promise<LoadedDirectory> {
  const { places, hotlines } = await loadDirectoryRows(contentDir)
  return { directory: new Directory(places.rows, hotlines.rows, glossary), errors: [...places.errors, ...hotlines.errors] }
}

/** The rows of both directory files, each with its errors. */
export async function loadDirectoryRows(contentDir: string): Promise<{ places: { rows: Place[]; errors: RowError[] }; hotlines: { rows: Hotline[]; errors: RowError[] } }> {
  return { places: await readRows(path.join(contentDir, 'shelters.csv'), placeSchema), hotlines: await readRows(path.join(contentDir, 'hotlines.csv'), hotlineSchema) }
}

async function readRows<T extends { id: string }>(file: string, schema: z.ZodType<T>): Promise<{ rows: T[]; errors: RowError[] }> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return { rows: [], errors: [{ file: path.basename(file), row: 0, column: '-', message: 'file not found' }] }
  }
  return parseDirectoryCsv(text, path.basename(file), schema)
}

export type { Hotline, Place }
