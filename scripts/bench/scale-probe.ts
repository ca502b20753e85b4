/**
 * One measurement of the scale benchmark in a fresh process (so heap and peak RSS belong to that
 * measurement alone). Prints one JSON line. Modes:
 *   prepare <size> <dir>  write the synthetic content folder
 *   cold <size> <dir>     first start (parse, build, write the DATA_DIR caches); the index's own memory
 *   warm <size> <dir>     start from the caches as the server does (loadAssistant), then answer the questions
 *   minisearch <size> <dir>  plain MiniSearch over the same paragraphs: build, save/load, queries
 */
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import MiniSearch from 'minisearch'
import { loadAssistant } from '../../src/content/load-assistant.js'
import { loadKnowledgeBase } from '../../src/content/load-content.js'
import { INDEX_CACHE_FILE, KEY_BYTES } from '../../src/content/search-index-cache.js'
import { flattenSections } from '../../src/core/knowledge-base/plan-document.js'
import { PlanIndex } from '../../src/core/search/plan-index.js'
import { benchQuestions } from './answer-bench.js'
import { percentile } from './bench-table.js'
import { scaleCorpus } from './scale-corpus.js'

const [mode, sizeArg, dir] = process.argv.slice(2) as [string, string, string]
const documents = Number(sizeArg)
const contentDir = path.join(dir, 'content')
const cacheDir = path.join(dir, 'data')
const ROUNDS = 5
const BUDGET_MS = 30_000
/** How many of the slowest questions the report names. */
const SLOWEST = 6

/**
 * Heap plus typed-array memory once garbage is gone: the index keeps most of itself in
 * ArrayBuffers, whose backing stores are released a little after the collection that frees them.
 */
async function memory(): Promise<number> {
  for (let i = 0; i < 3; i++) {
    global.gc?.()
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const m = process.memoryUsage()
  return m.heapUsed + m.arrayBuffers
}
const peakRss = () => process.resourceUsage().maxRSS * 1024

/**
 * Latency per question, wall clock and CPU time of this thread (the machine is shared: the
 * difference is time spent waiting for a core). Rounds stop after a time budget, so the slow
 * baseline at 10,000 plans still finishes.
 */
function timeEach(qs: string[], ask: (q: string) => unknown): { p50: number; p99: number; cpuP99: number; slowest: [string, number][] } {
  for (const q of qs) ask(q) // warm-up
  const wall: number[] = []
  const cpu: number[] = []
  const perQuestion = new Map<string, number[]>()
  const started = performance.now()
  for (let r = 0; r < ROUNDS && (r === 0 || performance.now() - started < BUDGET_MS); r++) {
    for (const q of qs) {
      const c = process.cpuUsage()
      const t = performance.now()
      ask(q)
      wall.push(performance.now() - t)
      const used = process.cpuUsage(c)
      cpu.push((used.user + used.system) / 1000)
      perQuestion.set(q, [...(perQuestion.get(q) ?? []), cpu.at(-1)!])
    }
  }
  wall.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  // Which questions make the tail: each one's median CPU time over the rounds, slowest first.
  const median = (times: number[]) =>
    percentile(
      [...times].sort((a, b) => a - b),
      50,
    )
  const slowest = [...perQuestion]
    .map(([q, times]): [string, number] => [q, median(times)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, SLOWEST)
  return { p50: percentile(wall, 50), p99: percentile(wall, 99), cpuP99: percentile(cpu, 99), slowest }
}

const out: Record<string, number | boolean | [string, number][]> = {}
if (mode === 'prepare') {
  await rm(dir, { recursive: true, force: true })
  await cp('content', contentDir, { recursive: true, filter: (src) => !src.includes(`${path.sep}plans${path.sep}`) })
  await mkdir(path.join(contentDir, 'plans'), { recursive: true })
  for (const doc of await scaleCorpus('content', documents)) await writeFile(path.join(contentDir, 'plans', doc.file), doc.text)
} else if (mode === 'cold') {
  // A first start as the server makes it: parse, build, write both caches to DATA_DIR.
  await rm(cacheDir, { recursive: true, force: true })
  const started = performance.now()
  const { assistant, knowledgeBase: kb } = await loadAssistant(contentDir, { cacheDir, cacheAfterMs: 0 })
  out.coldStartMs = performance.now() - started
  out.peakRss = peakRss()
  out.documents = kb.documents.length
  out.provinceYears = new Set(kb.documents.map((d) => `${d.meta.province}|${d.meta.year}`)).size
  out.entries = assistant.knowledge.index.size
  out.snapshotBytes = (await stat(path.join(cacheDir, INDEX_CACHE_FILE))).size
  // The index alone: built again beside the first, its memory is the difference.
  const before = await memory()
  const t = performance.now()
  const index = PlanIndex.build([...kb.documents], assistant.knowledge.analyzer)
  out.buildMs = performance.now() - t
  out.indexBytes = (await memory()) - before
  out.entriesAgain = index.size
} else if (mode === 'warm') {
  const qs = await benchQuestions()
  const started = performance.now()
  const { assistant, indexFromCache } = await loadAssistant(contentDir, { cacheDir })
  assistant.ask(qs[0]!)
  out.warmStartMs = performance.now() - started
  out.fromCache = indexFromCache
  out.peakRss = peakRss()
  const t = performance.now()
  PlanIndex.fromSnapshot((await readFile(path.join(cacheDir, INDEX_CACHE_FILE))).subarray(KEY_BYTES), assistant.knowledge.analyzer)
  out.snapshotLoadMs = performance.now() - t
  // Answers as a restarted server gives them (the index read from the snapshot).
  Object.assign(
    out,
    timeEach(qs, (q) => assistant.ask(q)),
  )
} else if (mode === 'minisearch') {
  const kb = await loadKnowledgeBase(contentDir)
  const paragraphs = kb.documents.flatMap((doc) => flattenSections(doc.sections).flatMap((s) => [s.heading, ...s.paragraphs].filter(Boolean).map((text, i) => ({ id: `${doc.id}#${s.path}#${i}`, text }))))
  const before = await memory()
  const t = performance.now()
  let mini = new MiniSearch({ fields: ['text'] })
  mini.addAll(paragraphs)
  out.buildMs = performance.now() - t
  out.indexBytes = (await memory()) - before
  out.paragraphs = paragraphs.length
  const json = JSON.stringify(mini)
  out.snapshotBytes = Buffer.byteLength(json)
  const t2 = performance.now()
  mini = MiniSearch.loadJSON(json, { fields: ['text'] })
  out.snapshotLoadMs = performance.now() - t2
  Object.assign(
    out,
    timeEach(await benchQuestions(), (q) => mini.search(q)),
  )
  out.peakRss = peakRss()
} else {
  throw new Error(`unknown mode ${mode}`)
}
console.log(JSON.stringify(out))
