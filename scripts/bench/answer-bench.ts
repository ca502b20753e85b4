/**
 * Search + answer latency (p50/p99) over the five seeds and over a synthetic corpus 200 times
 * larger, with the index memory; and the worst case for hostile input.
 */
import { readFile } from 'node:fs/promises'
import { loadGlossary, loadKnowledgeBase } from '../../src/content/load-content.js'
import { Assistant } from '../../src/core/answers/assistant.js'
import { PlanIndex } from '../../src/core/search/plan-index.js'
import { parsePlanDocument } from '../../src/core/knowledge-base/parse-plan-document.js'
import { mb, percentile, printTable, type BenchRow } from './bench-table.js'
import { syntheticCorpus } from './parse-bench.js'

const EXTRA_QUESTIONS = ['Sở Tư pháp có nhiệm vụ gì?', 'kinh phi cap xa', 'Tháng hành động', 'toi bi danh o hue', 'Hạn báo cáo năm', 'ai chủ trì tuyên truyền']
const HOSTILE = ['', 'báo cáo '.repeat(1250), '😀'.repeat(500), '.*+?^${}()|[]\\'.repeat(100), "'; DROP TABLE x; --", '\u200b'.repeat(5000)]

/** The evaluation questions plus a few more (typos, no marks, no province). */
export async function benchQuestions(): Promise<string[]> {
  const text = await readFile('tests/fixtures/dev-questions.jsonl', 'utf8')
  return [...text.split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { q: string }).q), ...EXTRA_QUESTIONS]
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

export async function runAnswerBench(contentDir: string): Promise<void> {
  const glossary = await loadGlossary(contentDir)
  const qs = await benchQuestions()
  const rows: BenchRow[] = []
  for (const [label, count, rounds] of [['seeds (5 docs)', 5, 20], ['200× (1,000 docs)', 1000, 10]] as const) {
    // The seeds as shipped; the large corpus spreads copies of them over all 63 provinces.
    const docs = count === 5 ? (await loadKnowledgeBase(contentDir)).documents : (await syntheticCorpus(contentDir, count)).map((s) => parsePlanDocument(s.text, { file: s.file, glossary }))
    global.gc?.()
    const heapBefore = process.memoryUsage().heapUsed
    const t = performance.now()
    const assistant = Assistant.create(docs, glossary)
    const build = performance.now() - t
    const heapAfter = process.memoryUsage().heapUsed
    measure(assistant, qs, 1) // warm-up
    const times = measure(assistant, qs, rounds)
    const p99 = percentile(times, 99)
    rows.push({ benchmark: `${label}: index build`, value: `${(build / 1000).toFixed(2)} s` })
    if (count === 1000) {
      // What a restart with the cached index (DATA_DIR/search-index.json) costs instead.
      const json = JSON.stringify(assistant.knowledge.index)
      const t2 = performance.now()
      PlanIndex.load(json, assistant.knowledge.analyzer)
      rows.push({ benchmark: `${label}: index load from cache`, value: `${((performance.now() - t2) / 1000).toFixed(2)} s (${(json.length / 1e6).toFixed(0)} MB JSON)` })
    }
    rows.push({ benchmark: `${label}: index memory (heap)`, value: mb(heapAfter - heapBefore) })
    rows.push({ benchmark: `${label}: answer p50`, value: `${percentile(times, 50).toFixed(2)} ms` })
    rows.push({ benchmark: `${label}: answer p99`, value: `${p99.toFixed(2)} ms`, ...(count === 1000 ? { target: '< 10 ms', ok: p99 < 10 } : {}) })
    if (count === 5) {
      const worst = Math.max(...HOSTILE.map((h) => measure(assistant, [h], 5).at(-1)!))
      rows.push({ benchmark: 'hostile input: worst reply', value: `${worst.toFixed(2)} ms`, target: '< 50 ms', ok: worst < 50 })
    }
  }
  printTable('Assistant: search + answer', rows)
}
