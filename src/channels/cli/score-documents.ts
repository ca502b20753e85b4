import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { parseDocumentFile } from '../../content/documents/parse-document-file.js'
import type { Glossary } from '../../core/knowledge-base/glossary.js'
import type { DeadlineFact, PlanDocument } from '../../core/knowledge-base/plan-document.js'
import { foldDiacritics } from '../../core/text/normalize-vietnamese.js'

/**
 * Scores the parser on a labelled document corpus (tests/fixtures/documents/gold.json):
 * metadata fields right, and the precision (and recall) of the dated facts it reports
 * (deadlines, periods and dated events; targets are not dated facts).
 */
const goldFact = z.object({ kind: z.enum(['due', 'period', 'event']), date: z.string(), end: z.string().nullable() })
export const goldSchema = z.object({
  documents: z.array(
    z.object({
      file: z.string(),
      split: z.enum(['tune', 'heldout']),
      format: z.string(),
      metadata: z.object({ kind: z.string(), number: z.string(), issuer: z.string(), province: z.string(), year: z.number(), date: z.string(), title: z.string().optional(), signer: z.string().optional() }),
      facts: z.array(goldFact),
    }),
  ),
})
export type GoldDocument = z.infer<typeof goldSchema>['documents'][number]

export interface DocumentScore {
  file: string
  split: GoldDocument['split']
  fields: { field: string; expected: unknown; actual: unknown; right: boolean }[]
  reported: { fact: Pick<DeadlineFact, 'kind' | 'date' | 'end' | 'quote'>; real: boolean }[]
  missed: z.infer<typeof goldFact>[]
  error?: string
}

export interface SplitScore {
  documents: number
  fieldsRight: number
  fields: number
  factsReal: number
  factsReported: number
  factsFound: number
  factsGold: number
}

export async function scoreDocuments(goldFile: string, glossary: Glossary, only?: (d: GoldDocument) => boolean): Promise<DocumentScore[]> {
  const gold = goldSchema.parse(JSON.parse(await readFile(goldFile, 'utf8')))
  const dir = path.join(path.dirname(goldFile), 'files')
  const scores: DocumentScore[] = []
  for (const g of gold.documents.filter(only ?? (() => true))) {
    try {
      const { document } = await parseDocumentFile(await readFile(path.join(dir, g.file)), g.file, { glossary })
      scores.push(scoreDocument(g, document, glossary))
    } catch (error) {
      const fields = Object.entries(g.metadata).map(([field, expected]) => ({ field, expected, actual: null, right: false }))
      scores.push({ file: g.file, split: g.split, fields, reported: [], missed: g.facts, error: (error as Error).message })
    }
  }
  return scores
}

export function scoreDocument(g: GoldDocument, doc: PlanDocument, glossary: Glossary): DocumentScore {
  const m = doc.meta
  const date = m.issued?.day && m.issued.month ? `${m.issued.year}-${pad(m.issued.month)}-${pad(m.issued.day)}` : null
  const actual: Record<string, unknown> = { kind: m.type, number: m.number, issuer: m.issuer, province: m.province, year: m.year, date, title: m.title, signer: m.signer }
  const fields = Object.entries(g.metadata).map(([field, expected]) => ({
    field,
    expected,
    actual: actual[field],
    right: field === 'issuer' ? sameAgency(String(expected), actual[field], g.metadata.province, glossary) : same(expected, actual[field]),
  }))
  const dated = doc.facts.filter((f): f is DeadlineFact => f.type === 'deadline' && f.date !== null && f.kind !== 'target' && f.kind !== 'recurring')
  const key = (f: { date: string | null; end: string | null }) => `${f.date}|${f.end ?? ''}`
  const goldKeys = new Set(g.facts.map(key))
  const reportedKeys = new Set(dated.map(key))
  return {
    file: g.file,
    split: g.split,
    fields,
    reported: dated.map((f) => ({ fact: { kind: f.kind, date: f.date, end: f.end, quote: f.quote }, real: goldKeys.has(key(f)) })),
    missed: g.facts.filter((f) => !reportedKeys.has(key(f))),
  }
}

export function summarize(scores: DocumentScore[]): SplitScore {
  const found = scores.reduce((n, s) => n + new Set(s.reported.filter((r) => r.real).map((r) => `${r.fact.date}|${r.fact.end}`)).size, 0)
  return {
    documents: scores.length,
    fieldsRight: scores.reduce((n, s) => n + s.fields.filter((f) => f.right).length, 0),
    fields: scores.reduce((n, s) => n + s.fields.length, 0),
    factsReal: scores.reduce((n, s) => n + s.reported.filter((r) => r.real).length, 0),
    factsReported: scores.reduce((n, s) => n + s.reported.length, 0),
    factsFound: found,
    factsGold: scores.reduce((n, s) => n + s.missed.length, 0) + found,
  }
}

function same(expected: unknown, actual: unknown): boolean {
  if (typeof expected === 'number') return expected === actual
  return typeof actual === 'string' && normalize(String(expected)) === normalize(actual)
}

/** Same agency: equal once case, marks, dashes and the province name are set aside, or the same glossary agency. */
function sameAgency(expected: string, actual: unknown, province: string, glossary: Glossary): boolean {
  if (typeof actual !== 'string') return false
  const strip = (s: string) => normalize(s).replace(new RegExp(`\\s*(tinh|thanh pho)?\\s*${normalize(province)}$`), '')
  if (strip(expected) === strip(actual)) return true
  const a = glossary.findAgencies(expected)[0]
  const b = glossary.findAgencies(actual)[0]
  return Boolean(a && b && a.value.id === b.value.id && a.index === 0 && b.index === 0)
}

function normalize(s: string): string {
  return foldDiacritics(s)
    .replace(/[–—-]/g, '-')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}
