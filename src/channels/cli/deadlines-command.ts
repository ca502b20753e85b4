/** `npm run deadlines [-- --json]`: every deadline fact of the loaded plans. */
import { parseArgs } from 'node:util'
import { loadProcessConfig } from '../../config/load-config.js'
import { loadKnowledgeBase } from '../../content/load-content.js'
import { listDeadlines } from '../../core/knowledge-base/list-deadlines.js'

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, content: { type: 'string' } } })
const config = loadProcessConfig()
const kb = await loadKnowledgeBase(values.content ?? config.CONTENT_DIR)
for (const e of kb.errors) console.error(`✘ ${e.message}`)
const records = listDeadlines(kb.documents)
if (values.json) {
  console.log(JSON.stringify(records, null, 2))
} else {
  for (const r of records) {
    const when = r.end ? `${r.date} → ${r.end}` : (r.date ?? r.recurrence ?? '')
    console.log(`${r.province ?? '?'} · ${r.number ?? r.issuer ?? '?'} · mục ${r.section} · ${r.kind} ${when}\n    ${r.action}${r.actors.length ? `\n    ai: ${r.actors.join('; ')}` : ''}${r.recipient ? `\n    gửi: ${r.recipient}` : ''}`)
  }
}
