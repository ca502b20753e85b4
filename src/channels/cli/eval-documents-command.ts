/**
 * `npm run eval:documents`: parses the labelled document corpus (tests/fixtures/documents) and
 * prints, per split (tune / heldout), metadata-field accuracy and the precision and recall of the
 * dated facts reported; `--verbose` lists every wrong field and every fact that is not real — for the tune split only, so
 * the held-out split is never used to tune the parser.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { loadConfig } from '../../config/load-config.js'
import { loadGlossary } from '../../content/load-content.js'
import { scoreDocuments, summarize } from './score-documents.js'

const { values } = parseArgs({ options: { gold: { type: 'string', default: 'tests/fixtures/documents/gold.json' }, verbose: { type: 'boolean', default: false } } })
const config = loadConfig(process.env)
const scores = await scoreDocuments(path.resolve(values.gold), await loadGlossary(config.CONTENT_DIR))
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '-')
console.log('| split | documents | metadata fields right | dated facts real (precision) | gold facts found (recall) |')
console.log('|---|---|---|---|---|')
for (const split of ['tune', 'heldout'] as const) {
  const s = summarize(scores.filter((d) => d.split === split))
  console.log(`| ${split} | ${s.documents} | ${s.fieldsRight}/${s.fields} = ${pct(s.fieldsRight, s.fields)} | ${s.factsReal}/${s.factsReported} = ${pct(s.factsReal, s.factsReported)} | ${s.factsFound}/${s.factsGold} = ${pct(s.factsFound, s.factsGold)} |`)
}
if (values.verbose) {
  for (const d of scores.filter((s) => s.split === 'tune')) {
    if (d.error) console.log(`${d.file}: ERROR ${d.error}`)
    for (const f of d.fields.filter((f) => !f.right)) console.log(`${d.file}: ${f.field} expected ${JSON.stringify(f.expected)} got ${JSON.stringify(f.actual)}`)
    for (const r of d.reported.filter((r) => !r.real)) console.log(`${d.file}: not real ${r.fact.kind} ${r.fact.date}${r.fact.end ? `..${r.fact.end}` : ''} «${r.fact.quote.slice(0, 90)}»`)
    for (const m of d.missed) console.log(`${d.file}: missed ${m.kind} ${m.date}${m.end ? `..${m.end}` : ''}`)
  }
}
