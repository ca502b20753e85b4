/**
 * `npm run ingest -- --check`: parses every plan in CONTENT_DIR and prints, per document,
 * its metadata, section count, facts by type and warnings. Exits 1 when a document fails.
 */
import { parseArgs } from 'node:util'
import { loadProcessConfig } from '../../config/load-config.js'
import { loadKnowledgeBase } from '../../content/load-content.js'
import { flattenSections, formatPartialDate } from '../../core/knowledge-base/plan-document.js'

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, content: { type: 'string' } } })
const config = loadProcessConfig()
const kb = await loadKnowledgeBase(values.content ?? config.CONTENT_DIR)

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
