/**
 * `npm run ask -- "câu hỏi"` prints the reply as a user sees it.
 * `--json` prints the Reply; `--jsonl` reads one question per line from stdin and writes one
 * Reply JSON per line (with "question"). `--now YYYY-MM-DD`, `--province NAME`.
 */
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import { loadProcessConfig } from '../../config/load-config.js'
import { loadAssistant } from '../../content/load-assistant.js'
import type { AskContext, Reply } from '../../core/answers/reply.js'
import { parseNow } from '../../config/parse-now.js'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    jsonl: { type: 'boolean', default: false },
    now: { type: 'string' },
    province: { type: 'string' },
    agency: { type: 'string' },
  },
})
const config = loadProcessConfig()
const { assistant, knowledgeBase } = await loadAssistant(config.CONTENT_DIR, { cacheDir: config.DATA_DIR })
for (const e of knowledgeBase.errors) console.error(`✘ ${e.message}`)
const context: AskContext = { now: parseNow(values.now ?? config.NOW), province: values.province ?? null, agency: values.agency ?? null }

if (values.jsonl) {
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue
    console.log(JSON.stringify({ question: line, ...assistant.ask(line, context) }))
  }
} else {
  const question = positionals.join(' ')
  const reply = assistant.ask(question, context)
  console.log(values.json ? JSON.stringify(reply, null, 2) : render(reply))
}

function render(reply: Reply): string {
  const buttons = reply.buttons?.length ? `\n\n${reply.buttons.map((b) => `[${b.label}]`).join(' ')}` : ''
  return `${reply.text}${buttons}`
}
