/**
 * `npm run eval [-- file.jsonl] [--now YYYY-MM-DD]`: scores the assistant on an eval file and,
 * in the same run, a plain-MiniSearch baseline. Prints accuracy overall and by kind, and failures.
 */
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { loadProcessConfig } from '../../config/load-config.js'
import { loadAssistant } from '../../content/load-assistant.js'
import { createBaseline } from './baseline-search.js'
import { parseNow } from '../../config/parse-now.js'
import { evalQuestionSchema, scoreReply, summarize, type EvalQuestion, type EvalResult } from './score-eval.js'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { now: { type: 'string' }, verbose: { type: 'boolean', default: false } } })
// The shared dev set lives beside the repository; a copy is kept in tests/fixtures for clean clones.
const file = positionals[0] ?? ['../shared/eval/dev-questions.jsonl', 'tests/fixtures/dev-questions.jsonl'].find((f) => existsSync(f))!
const questions: EvalQuestion[] = (await readFile(file, 'utf8'))
  .split('\n')
  .map((line, i) => ({ line, i }))
  .filter(({ line }) => line.trim())
  .map(({ line, i }) => {
    const parsed = evalQuestionSchema.safeParse(JSON.parse(line))
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`)
    return parsed.data
  })

const config = loadProcessConfig()
const { assistant, knowledgeBase } = await loadAssistant(config.CONTENT_DIR)
const now = parseNow(values.now ?? config.NOW)
const results = questions.map((q) => scoreReply(q, assistant.ask(q.q, { now })))
const baseline = createBaseline(knowledgeBase.documents)
const baselineResults = questions.map((q) => scoreReply(q, baseline(q.q)))

const ours = summarize(results)
const base = summarize(baselineResults)
const pct = (x: number) => `${(x * 100).toFixed(1)}%`
console.log(`Eval: ${file} (${questions.length} questions)\n`)
console.log('| kind | bdg-bot | baseline |\n|---|---|---|')
for (const [kind, k] of [...ours.byKind].sort()) {
  const b = base.byKind.get(kind)!
  console.log(`| ${kind} | ${k.pass}/${k.total} | ${b.pass}/${b.total} |`)
}
console.log(`| **overall** | **${pct(ours.accuracy)}** | ${pct(base.accuracy)} |\n`)
printFailures('bdg-bot failures', results)
if (values.verbose) printFailures('baseline failures', baselineResults)
process.exitCode = ours.accuracy >= 0.95 ? 0 : 1

function printFailures(title: string, list: EvalResult[]) {
  const failed = list.filter((r) => !r.pass)
  console.log(`${title}: ${failed.length}`)
  for (const r of failed) console.log(`  ✘ ${r.question.id} [${r.question.kind}] ${r.question.q}\n      ${r.reasons.join('; ')}`)
}
