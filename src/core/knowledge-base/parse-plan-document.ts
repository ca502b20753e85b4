import { DocumentError } from '../errors.js'
import { toIsoDate } from '../text/find-dates.js'
import { buildSectionTree, ownText } from './build-section-tree.js'
import { cleanPlanText } from './clean-plan-text.js'
import { extractBudgets } from './extract-budgets.js'
import { extractDeadlines } from './extract-deadlines.js'
import { extractDuties } from './extract-duties.js'
import { findReferences } from './extract-references.js'
import { headingAgency } from './find-actors.js'
import type { Glossary } from './glossary.js'
import { readMetadata } from './parse-document-header.js'
import { splitDocument } from './split-document.js'
import { flattenSections, type Fact, type PlanDocument, type PlanSection, type ReferenceFact } from './plan-document.js'

export interface ParseOptions {
  /** File name, used as the document id (without extension) and in every error. */
  file: string
  /** Document id; defaults to the file name without its extension. */
  id?: string
  glossary: Glossary
  /** Facts from optional front matter; only fills what the text does not say. */
  frontMatter?: { source_url?: string; province?: string; year?: number }
}

/**
 * Plan text → PlanDocument: metadata, section tree, and facts tied to their section and sentence.
 *
 * @example
 * const doc = parsePlanDocument(text, { file: 'an-giang-2021-67-kh-ubnd.txt', glossary })
 * doc.meta.number // "67/KH-UBND"
 */
export function parsePlanDocument(raw: string, options: ParseOptions): PlanDocument {
  const { file, glossary } = options
  checkReadable(raw, file)
  const lines = cleanPlanText(raw)
  const parts = splitDocument(lines)
  const tree = buildSectionTree(parts.body)
  if (tree.sections.length === 0 && tree.leading.length < 2) {
    throw new DocumentError('DOCUMENT_NO_STRUCTURE', file, 'no recognisable structure (no numbered sections and no paragraphs)')
  }
  const id = options.id ?? file.replace(/^.*\//, '').replace(/\.(txt|md)$/i, '')
  const allBodyText = flattenSections(tree.sections).flatMap(ownText)
  const meta = readMetadata(parts, [...parts.preface, ...tree.leading], allBodyText, glossary)
  const fm = options.frontMatter ?? {}
  if (!meta.province && fm.province) {
    meta.province = glossary.province(fm.province)?.name ?? fm.province
    meta.provinceNow = glossary.province(fm.province)?.now ?? null
  }
  if (meta.year === null && fm.year) meta.year = fm.year
  if (fm.source_url) meta.sourceUrl = fm.source_url

  const warnings: string[] = []
  if (!meta.province) warnings.push('province not found in the text')
  if (!meta.issued) warnings.push('issue date not found in the text')
  if (tree.sections.length === 0) warnings.push('no numbered sections; the body is kept as paragraphs')
  const sections = tree.sections.length ? tree.sections : [{ path: '1', label: '1', level: 2, heading: '', paragraphs: tree.leading, children: [] }]
  const preamble = [...parts.preface, ...(tree.sections.length ? tree.leading : [])]
  const issuedOn = meta.issued?.day && meta.issued.month ? toIsoDate(meta.issued.year, meta.issued.month, meta.issued.day) : null
  // Dates written without a year belong to the year the plan is about ("Kế hoạch … năm 2024" issued in December 2023).
  const titleYear = /năm\s+(\d{4})\s*$/iu.exec(meta.title ?? '')?.[1]
  const facts = extractFacts(id, preamble, sections, titleYear ? Number(titleYear) : meta.year, glossary, issuedOn)
  return { id, file, meta, preamble, sections, facts, warnings }
}

function checkReadable(raw: string, file: string): void {
  if (!raw.trim()) throw new DocumentError('DOCUMENT_EMPTY', file, 'the document is empty')
  if (raw.includes('\u0000')) throw new DocumentError('DOCUMENT_BINARY', file, 'binary content (NUL bytes), not a text document')
  if (raw.includes('\ufffd')) throw new DocumentError('DOCUMENT_ENCODING', file, 'undecodable characters (U+FFFD): save the file as UTF-8')
  if (!/(?:\p{L}[^\p{L}]*){20}/u.test(raw)) throw new DocumentError('DOCUMENT_NO_STRUCTURE', file, 'almost no text (fewer than 20 letters)')
}

function extractFacts(documentId: string, preamble: string[], sections: PlanSection[], year: number | null, glossary: Glossary, issuedOn: string | null): Fact[] {
  const facts: Fact[] = []
  const seenRefs = new Set<string>()
  const addReferences = (sentence: string, section: string) => {
    for (const r of findReferences(sentence)) {
      if (seenRefs.has(r.fact.number)) continue
      seenRefs.add(r.fact.number)
      facts.push({ ...r.fact, documentId, section, quote: sentence } satisfies ReferenceFact)
    }
  }
  for (const p of preamble) splitSentences(p).forEach((s) => addReferences(s, 'preamble'))

  const walk = (list: PlanSection[], inheritedActors: string[]) => {
    for (const section of list) {
      const own = headingAgency(section.heading, glossary)
      const actors = own ? [own] : inheritedActors
      for (const paragraph of ownText(section)) {
        for (const sentence of splitSentences(paragraph)) {
          addReferences(sentence, section.path)
          facts.push(...extractDeadlines(sentence, { documentId, section: section.path, year, sectionActors: actors, glossary, issuedOn }))
          facts.push(...extractBudgets(sentence, { documentId, section: section.path }))
        }
      }
      walk(section.children, actors)
    }
  }
  walk(sections, [])
  facts.push(...extractDuties(documentId, sections, glossary))
  return facts
}

/** Sentences of a paragraph; a period followed by a capital starts a new one ("…hiệu quả. Tổ chức …"). */
export function splitSentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?])\s+(?=[-+•]?\s*\p{Lu})/u)
    .map((s) => s.trim())
    .filter(Boolean)
}
