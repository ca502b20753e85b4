/**
 * Search + answer latency (p50/p99) over the five seeds, and the worst case for hostile input.
 * The same at 200× and 2,000× the seeds, with memory and start times: scale-bench.ts.
 */
import { readFile } from 'node:fs/promises'
import { loadKnowledgeBase } from '../../src/content/load-content.js'
import { Assistant } from '../../src/core/answers/assistant.js'
import { percentile, printTable } from './bench-table.js'

const EXTRA_QUESTIONS = ['Sở Tư pháp có nhiệm vụ gì?', 'kinh phi cap xa', 'Tháng hành động', 'toi bi danh o hue', 'Hạn báo cáo năm', 'ai chủ trì tuyên truyền']
const HOSTILE = ['', 'báo cáo '.repeat(1250), '😀'.repeat(500), '.*+?^${}()|[]\\'.repeat(100), "'; DROP TABLE x; --", '\u200b'.repeat(5000)]

/** The original 30, the officials' dev split (document numbers, details, years, yes/no …) and a few more (typos, no marks, no province). */
export async function benchQuestions(): Promise<string[]> {
  const files = ['tests/fixtures/dev-questions.jsonl', 'tests/fixtures/questions/dev.jsonl']
  const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')))
  return [
    ...texts.flatMap((t) =>
      t
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { q: string }).q),
    ),
    ...EXTRA_QUESTIONS,
  ]
}

function measure(assistant: Assistant, qs: string[], rounds: number): number[] {
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const q of qs) {
      const t = performance.now()
      assistant.ask(q)
      times.push(performance.now() - t)
    }
  }
  return times.sort((a, b) => a - b)
}

/** The seeds as shipped; larger corpora are measured by the scale benchmark (scale-bench.ts). */
export async function runAnswerBench(contentDir: string): Promise<void> {
  const { documents, glossary } = await loadKnowledgeBase(contentDir)
  const qs = await benchQuestions()
  const t = performance.now()
  const assistant = Assistant.create(documents, glossary)
  const build = performance.now() - t
  measure(assistant, qs, 1) // warm-up
  const times = measure(assistant, qs, 20)
  const worst = Math.max(...HOSTILE.map((h) => measure(assistant, [h], 5).at(-1)!))
  printTable('Assistant: search + answer', [
    { benchmark: 'seeds (5 docs): index build', value: `${(build / 1000).toFixed(2)} s` },
    { benchmark: 'seeds (5 docs): answer p50', value: `${percentile(times, 50).toFixed(2)} ms` },
    { benchmark: 'seeds (5 docs): answer p99', value: `${percentile(times, 99).toFixed(2)} ms` },
    { benchmark: 'hostile input: worst reply', value: `${worst.toFixed(2)} ms`, target: '< 50 ms', ok: worst < 50 },
  ])
}
