/**
 * Parse time and memory: the five seeds, then a synthetic corpus of 1,000 documents made from
 * them (each copy gets another province, number and year so nothing is cached by accident).
 */
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { loadGlossary } from '../../src/content/load-content.js'
import { parsePlanDocument } from '../../src/core/knowledge-base/parse-plan-document.js'
import type { PlanDocument } from '../../src/core/knowledge-base/plan-document.js'
import { mb, printTable, type BenchRow } from './bench-table.js'

/** The seed plans' texts, in file order. */
export async function readSeedPlans(contentDir: string): Promise<{ file: string; text: string }[]> {
  const dir = path.join(contentDir, 'plans')
  return Promise.all(
    (await readdir(dir))
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map(async (f) => ({ file: f, text: await readFile(path.join(dir, f), 'utf8') })),
  )
}

export async function syntheticCorpus(contentDir: string, count: number): Promise<{ file: string; text: string }[]> {
  const glossary = await loadGlossary(contentDir)
  const seeds = await readSeedPlans(contentDir)
  const provinces = glossary.provinces.map((p) => p.name)
  return Array.from({ length: count }, (_, i) => {
    const seed = seeds[i % seeds.length]!
    const province = provinces[i % provinces.length]!
    const year = 2020 + (i % 7)
    const text = seed.text
      .replace(/An Giang|Sóc Trăng|Thừa Thiên Huế|Bình Định|Thanh Hóa/g, province)
      .replace(/Số: (\*\*)?\d*\//, `Số: $1${100 + i}/`)
      .replace(/năm 202[0-2]/g, `năm ${year}`)
    return { file: `synthetic-${i}-${seed.file}`, text }
  })
}

export async function runParseBench(contentDir: string): Promise<void> {
  const glossary = await loadGlossary(contentDir)
  const seeds = await syntheticCorpus(contentDir, 5)
  const rows: BenchRow[] = []

  for (const s of seeds) parsePlanDocument(s.text, { file: s.file, glossary }) // warm-up
  const reps = 50
  let t = performance.now()
  for (let r = 0; r < reps; r++) for (const s of seeds) parsePlanDocument(s.text, { file: s.file, glossary })
  rows.push({ benchmark: 'parse 5 seeds (mean of 50)', value: `${((performance.now() - t) / reps).toFixed(2)} ms` })

  const corpus = await syntheticCorpus(contentDir, 1000)
  global.gc?.()
  const before = process.memoryUsage()
  t = performance.now()
  const docs: PlanDocument[] = corpus.map((s) => parsePlanDocument(s.text, { file: s.file, glossary }))
  const elapsed = performance.now() - t
  const after = process.memoryUsage()
  const facts = docs.reduce((n, d) => n + d.facts.length, 0)
  rows.push({ benchmark: 'parse 1,000 documents', value: `${(elapsed / 1000).toFixed(2)} s`, target: '< 2 s', ok: elapsed < 2000 })
  rows.push({ benchmark: 'memory for 1,000 (RSS)', value: mb(after.rss), target: '< 300 MB', ok: after.rss < 300 * 1024 * 1024 })
  rows.push({ benchmark: 'heap growth for 1,000', value: mb(after.heapUsed - before.heapUsed) })
  rows.push({ benchmark: 'facts extracted', value: String(facts) })

  // The layouts of the labelled corpus (web copies, news pages, decisions with attached plans, letters).
  const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures/documents')
  const sources = await Promise.all(['sources', 'heldout'].map(async (d) => Promise.all((await readdir(path.join(fixtures, d))).map(async (f) => readFile(path.join(fixtures, d, f), 'utf8')))))
  const layouts = sources.flat()
  global.gc?.()
  t = performance.now()
  for (let i = 0; i < 1000; i++) parsePlanDocument(layouts[i % layouts.length]!.replace(/Số: (\d+)\//, `Số: ${1000 + i}/`), { file: `layout-${i}.txt`, glossary })
  const layoutElapsed = performance.now() - t
  rows.push({ benchmark: `parse 1,000 documents in the corpus's ${layouts.length} layouts`, value: `${(layoutElapsed / 1000).toFixed(2)} s`, target: '< 2 s', ok: layoutElapsed < 2000 })
  rows.push({ benchmark: 'memory after both (RSS)', value: mb(process.memoryUsage().rss), target: '< 300 MB', ok: process.memoryUsage().rss < 300 * 1024 * 1024 })
  printTable('Knowledge base: parsing', rows)
}
