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

/** A table with any columns; a last "ok" cell of true/false prints ✔/✘. */
export function printGrid(title: string, header: string[], rows: (string | boolean | undefined)[][]): void {
  const cells = rows.map((r) => header.map((_, i) => r[i]).map((c) => (c === true ? '✔' : c === false ? '✘' : (c ?? ''))))
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]!.length)))
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  console.log(`\n## ${title}\n`)
  console.log(line(header))
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of cells) console.log(line(r))
}
