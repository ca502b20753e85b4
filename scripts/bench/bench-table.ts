/** Prints benchmark rows as an aligned table. */
export interface BenchRow {
  benchmark: string
  value: string
  target?: string
  ok?: boolean
}

export function printTable(title: string, rows: BenchRow[]): void {
  const widths = [Math.max(9, ...rows.map((r) => r.benchmark.length)), Math.max(5, ...rows.map((r) => r.value.length)), Math.max(6, ...rows.map((r) => (r.target ?? '').length))]
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 4)).join(' | ')} |`
  console.log(`\n## ${title}\n`)
  console.log(`${line(['benchmark', 'value', 'target'])}  `)
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows) console.log(`${line([r.benchmark, r.value, r.target ?? ''])}${r.ok === undefined ? '' : r.ok ? ' ✔' : ' ✘'}`)
}

export function percentile(sortedMs: number[], p: number): number {
  if (!sortedMs.length) return 0
  return sortedMs[Math.min(sortedMs.length - 1, Math.floor((p / 100) * sortedMs.length))]!
}

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
