/** Nearest-place lookup on a synthetic directory of 50,000 places across Vietnam. */
import { NearestPlaces } from '../../src/core/directory/nearest-places.js'
import { percentile, printTable } from './bench-table.js'

export function runDirectoryBench(): void {
  let seed = 42
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  // Vietnam's bounding box, roughly.
  const point = () => ({ latitude: 8.5 + random() * 15, longitude: 102.1 + random() * 7.4 })
  const index = new NearestPlaces(Array.from({ length: 50_000 }, (_, i) => ({ ...point(), item: i })))
  for (let i = 0; i < 200; i++) index.nearest(point().latitude, point().longitude, 3)
  const times: number[] = []
  for (let i = 0; i < 5_000; i++) {
    const p = point()
    const t = performance.now()
    index.nearest(p.latitude, p.longitude, 3)
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  const p99 = percentile(times, 99)
  printTable('Directory: nearest 3 of 50,000 places', [
    { benchmark: 'p50', value: `${percentile(times, 50).toFixed(3)} ms` },
    { benchmark: 'p99', value: `${p99.toFixed(3)} ms`, target: '< 2 ms', ok: p99 < 2 },
  ])
}
