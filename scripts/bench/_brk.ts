import { readFile } from 'node:fs/promises'
import { loadKnowledgeBase } from '../../src/content/load-content.js'
import { indexCacheKey, readCachedIndex } from '../../src/content/search-index-cache.js'
import { decodeSnapshot } from '../../src/core/search/index-snapshot.js'
import { VietnameseAnalyzer } from '../../src/core/text/analyze-vietnamese.js'
import { Assistant } from '../../src/core/answers/assistant.js'
import { benchQuestions } from './answer-bench.js'
const dir = process.argv[2]!
let t = performance.now()
const kb = await loadKnowledgeBase(`${dir}/content`)
console.log('parse', (performance.now() - t).toFixed(0)); t = performance.now()
const key = indexCacheKey(kb.documents, kb.glossary.abbreviations)
console.log('key', (performance.now() - t).toFixed(0)); t = performance.now()
const analyzer = new VietnameseAnalyzer(kb.glossary.abbreviations)
const bytes = await readFile(`${dir}/data/search-index.bin`)
console.log('read', (performance.now() - t).toFixed(0)); t = performance.now()
const data = decodeSnapshot(bytes.subarray(72))
console.log('decode', (performance.now() - t).toFixed(0)); t = performance.now()
const index = (await readCachedIndex(`${dir}/data`, key, analyzer))!
console.log('readCached', (performance.now() - t).toFixed(0)); t = performance.now()
const a = new Assistant(Assistant.snapshot(kb.documents, kb.glossary, index))
console.log('assistant', (performance.now() - t).toFixed(0))
console.log('terms', data.dictionary.size, 'termChars', data.dictionary.terms.reduce((n, x) => n + x.length, 0), 'postings text', data.fieldPostings[0]!.values.length, 'heading', data.fieldPostings[1]!.values.length, 'docPostings', data.documentPostings.values.length, 'textBytes', data.entries.text.length)
const qs = await benchQuestions()
for (const q of qs) a.ask(q)
const times: [number, string][] = []
for (const q of qs) { const t0 = performance.now(); for (let i = 0; i < 3; i++) a.ask(q); times.push([(performance.now() - t0) / 3, q]) }
times.sort((x, y) => y[0] - x[0]); console.log(times.slice(0, 6).map(([m, q]) => `${m.toFixed(1)} ${q}`).join('\n'))
const idx = a.knowledge.index as any
const orig = idx.search.bind(idx)
let searchMs = 0, calls = 0
idx.search = (...args: unknown[]) => { const t0 = performance.now(); const r = orig(...args); searchMs += performance.now() - t0; calls++; return r }
for (const q of ['Sở Tư pháp có nhiệm vụ gì?', 'Kế hoạch của Sở Tài chính Sóc Trăng năm 2020 căn cứ Quyết định nào của Thủ tướng?', 'toi bi danh o hue']) {
  searchMs = 0; calls = 0
  const t0 = performance.now(); a.ask(q); console.log(q, 'total', (performance.now() - t0).toFixed(1), 'search', searchMs.toFixed(1), 'calls', calls)
}
idx.search = (...args: any[]) => { const t0 = performance.now(); const r = orig(...args); console.log('search', JSON.stringify(args, (k, v) => v instanceof Set ? `Set(${v.size})` : v), (performance.now() - t0).toFixed(1)); return r }
a.ask('Sở Tư pháp có nhiệm vụ gì?'); a.ask('toi bi danh o hue')
