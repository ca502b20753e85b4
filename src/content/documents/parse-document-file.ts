import { parsePlanDocument } from '../../core/knowledge-base/parse-plan-document.js'
import type { Glossary } from '../../core/knowledge-base/glossary.js'
import type { PlanDocument } from '../../core/knowledge-base/plan-document.js'
import { readDocumentFile, type DocumentText, type ReadOptions } from './read-document-file.js'

export interface ParsedFile {
  document: PlanDocument
  source: Omit<DocumentText, 'text'>
}

/**
 * Any supported file → PlanDocument. What the reader had to do (OCR, a legacy encoding) becomes
 * a warning, so an officer checks the preview more carefully.
 */
export async function parseDocumentFile(bytes: Uint8Array, file: string, options: ReadOptions & { glossary: Glossary; id?: string; province?: string; year?: number }): Promise<ParsedFile> {
  const { text, ...source } = await readDocumentFile(bytes, file, options)
  const frontMatter = { ...(options.province ? { province: options.province } : {}), ...(options.year ? { year: options.year } : {}) }
  const document = parsePlanDocument(text, { file, glossary: options.glossary, frontMatter, ...(options.id ? { id: options.id } : {}) })
  document.warnings.unshift(...sourceNotes(source))
  return { document, source }
}

/** Warnings about how the text was obtained: OCR from a scan, or converted from a legacy encoding. */
export function sourceNotes(source: { format: string; encoding: string }): string[] {
  return [...(source.format.endsWith('-ocr') ? ['text read by OCR from a scan: check numbers, dates and names'] : []), ...(source.encoding !== 'unicode' ? [`text converted from the ${source.encoding.toUpperCase()} encoding to Unicode`] : [])]
}
