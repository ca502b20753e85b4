/**
 * `npm run ingest -- --check`: parses every plan in CONTENT_DIR and prints, per document,
 * its metadata, section count, facts by type and warnings. Exits 1 when a document fails.
 *
 * `npm run ingest -- --json [files…]`: reads and parses the given files (.txt .md .docx .doc .pdf,
 * scans through OCR; default: every plan in CONTENT_DIR) and prints one JSON array with, per file,
 * `{ file, format, encoding, metadata, sections, facts, warnings }` (metadata/sections/facts/warnings
 * exactly as the admin preview shows them), or `{ file, error, message }` for a file that fails.
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadProcessConfig } from '../../config/load-config.js'
import { parseDocumentFile } from '../../content/documents/parse-document-file.js'
import { previewOf } from '../../content/documents/document-preview.js'
import { SUPPORTED_EXTENSIONS } from '../../content/documents/read-document-file.js'
import { loadGlossary, loadKnowledgeBase } from '../../content/load-content.js'
import { DocumentError } from '../../core/errors.js'
import { flattenSections, formatPartialDate } from '../../core/knowledge-base/plan-document.js'

const { values, positionals } = parseArgs({ options: { check: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, content: { type: 'string' } }, allowPositionals: true })
const config = loadProcessConfig()
const contentDir = values.content ?? config.CONTENT_DIR

if (values.json) {
  const glossary = await loadGlossary(contentDir)
  const plansDir = path.join(contentDir, 'plans')
  const files = positionals.length
    ? positionals
    : (await readdir(plansDir))
        .filter((f) => SUPPORTED_EXTENSIONS.includes(path.extname(f).toLowerCase()))
        .sort()
        .map((f) => path.join(plansDir, f))
  const out: unknown[] = []
  for (const file of files) {
    const name = path.basename(file)
    try {
      const { document, source } = await parseDocumentFile(await readFile(file), name, { glossary })
      const { metadata, sections, facts, warnings } = previewOf(document, 'draft')
      out.push({ file: name, format: source.format, encoding: source.encoding, metadata, sections, facts, warnings })
    } catch (error) {
      if (!(error instanceof DocumentError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      out.push({ file: name, error: error instanceof DocumentError ? error.code : 'DOCUMENT_NOT_FOUND', message: error instanceof DocumentError ? error.message : `${name}: no such file` })
      process.exitCode = 1
    }
  }
  console.log(JSON.stringify(out, null, 2))
} else {
  const kb = await loadKnowledgeBase(contentDir)
  for (const doc of kb.documents) {
    const m = doc.meta
    const counts = new Map<string, number>()
    for (const f of doc.facts) counts.set(f.type, (counts.get(f.type) ?? 0) + 1)
    console.log(`✔ ${doc.file}`)
    console.log(`    ${m.type} ${m.number ?? '(không số)'} · ${m.issuer ?? '?'} · ${m.province ?? '?'}${m.provinceNow && m.provinceNow !== m.province ? ` (nay: ${m.provinceNow})` : ''} · ngày ${formatPartialDate(m.issued) ?? '?'}`)
    console.log(`    title: ${m.title ?? '-'}`)
    console.log(`    signer: ${m.signer ?? '-'} · sections: ${flattenSections(doc.sections).length} · facts: ${[...counts].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`)
    for (const w of doc.warnings) console.log(`    warning: ${w}`)
  }
  for (const e of kb.errors) console.error(`✘ ${e.message} [${e.code}]`)
  console.log(`\n${kb.documents.length} document(s) loaded, ${kb.errors.length} error(s).`)
  if (kb.errors.length > 0 || (values.check && kb.documents.length === 0)) process.exitCode = 1
}
