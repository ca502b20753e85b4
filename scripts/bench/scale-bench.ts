/**
 * The search index at 1×, 200× and 2,000× the seed corpus (5, 1,000 and 10,000 plans over hundreds
 * of province-years), against a plain MiniSearch over the same paragraphs in the same run. Each
 * measurement runs in its own process; the corpus is written once per size under the OS temp dir.
 *
 *   npm run bench -- scale --size 200     one size (1, 200 or 2000)
 *   npm run bench -- scale --size 2000 --no-baseline   without the plain MiniSearch (≈ 10 min at 2,000×)
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { printGrid } from './bench-table.js'

const SEEDS = 5
const PROBE = fileURLToPath(new URL('./scale-probe.ts', import.meta.url))
/** Targets from the scale issue, per 1,000 documents. */
const TARGET = { memoryPerThousand: 150 * 1024 * 1024, warmPerThousandMs: 2000, p99Ms: 10 }

type Probe = Record<string, number | boolean | undefined> & { slowest?: [string, number][] }

async function probe(mode: string, size: number, dir: string): Promise<Probe> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', PROBE, mode, String(size), dir], { maxBuffer: 1 << 20 })
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Probe
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const msText = (ms: number) => `${ms.toFixed(2)} ms`
const ratio = (a: number, b: number) => (Number.isNaN(b) ? '' : `${(a / b).toFixed(2)}×`)
/** A plain-MiniSearch cell: empty when the baseline was skipped (`--no-baseline`). */
const base = (value: number | boolean | undefined, format: (n: number) => string, suffix = '') => (value === undefined ? '' : `${format(Number(value))}${suffix}`)

export async function runScaleBench(multiples: number[], options: { baseline?: boolean } = {}): Promise<void> {
  for (const multiple of multiples) {
    const size = multiple * SEEDS
    const dir = path.join(os.tmpdir(), `bdg-scale-${size}`)
    if (!existsSync(path.join(dir, 'content', 'plans'))) await probe('prepare', size, dir)
    const cold = await probe('cold', size, dir)
    const warm = await probe('warm', size, dir)
    const mini: Probe = options.baseline === false ? {} : await probe('minisearch', size, dir)
    const n = Number(cold.documents)
    const perThousand = (x: number) => (x * 1000) / n
    // The targets are per 1,000 plans: a handful of plans cannot be held to them.
    const judged = n >= 1000
    const index = Number(cold.indexBytes)
    const rows = [
      ['index memory (heap + typed arrays, after GC)', mb(index), base(mini.indexBytes, mb), ratio(index, Number(mini.indexBytes)), `≤ ${mb(TARGET.memoryPerThousand)} / 1,000 docs: ${mb(perThousand(index))}`, judged ? perThousand(index) <= TARGET.memoryPerThousand : undefined],
      ['build', s(Number(cold.buildMs)), base(mini.buildMs, s), ratio(Number(cold.buildMs), Number(mini.buildMs)), ''],
      ['snapshot on disk', mb(Number(cold.snapshotBytes)), base(mini.snapshotBytes, mb, ' JSON'), ratio(Number(cold.snapshotBytes), Number(mini.snapshotBytes)), ''],
      ['snapshot load', s(Number(warm.snapshotLoadMs)), base(mini.snapshotLoadMs, s), ratio(Number(warm.snapshotLoadMs), Number(mini.snapshotLoadMs)), ''],
      ['warm start (parse plans + load cache + first answer)', s(Number(warm.warmStartMs)), '', '', `≤ 2 s / 1,000 docs: ${s(perThousand(Number(warm.warmStartMs)))}`, judged ? perThousand(Number(warm.warmStartMs)) <= TARGET.warmPerThousandMs && warm.fromCache === true : undefined],
      ['cold start (parse + build + write cache)', s(Number(cold.coldStartMs)), '', '', ''],
      ['peak RSS, cold start', mb(Number(cold.peakRss)), base(mini.peakRss, mb), ratio(Number(cold.peakRss), Number(mini.peakRss)), ''],
      ['peak RSS, warm start', mb(Number(warm.peakRss)), '', '', ''],
      ['answer p50 after a warm start (full answer vs bare search)', msText(Number(warm.p50)), base(mini.p50, msText), ratio(Number(warm.p50), Number(mini.p50)), ''],
      ['answer p99', msText(Number(warm.p99)), base(mini.p99, msText), ratio(Number(warm.p99), Number(mini.p99)), `< ${TARGET.p99Ms} ms`, judged ? Number(warm.p99) < TARGET.p99Ms : undefined],
      ['answer p99, CPU time (shared machine: no waiting for a core)', msText(Number(warm.cpuP99)), base(mini.cpuP99, msText), ratio(Number(warm.cpuP99), Number(mini.cpuP99)), ''],
    ]
    const title = `Search index at ${multiple}× the seeds: ${n.toLocaleString('en')} plans, ${cold.provinceYears} province-years, ${Number(cold.entries).toLocaleString('en')} entries, ${mini.paragraphs === undefined ? 'no MiniSearch baseline' : `${Number(mini.paragraphs).toLocaleString('en')} paragraphs`}`
    printGrid(title, ['measure', 'PlanIndex', 'plain MiniSearch', 'ratio', 'target', 'ok'], rows)
    // The tail by question: which kinds of question are slow at this size.
    printGrid(
      `Slowest questions at ${multiple}× (median CPU time over the rounds)`,
      ['question', 'CPU'],
      (warm.slowest ?? []).map(([q, ms]) => [q, msText(ms)]),
    )
  }
}
