import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const CORE = path.resolve(import.meta.dirname, '../../src/core')

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  return (await Promise.all(entries.map((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)])))).flat()
}

// Frameworks and layer boundaries are enforced by ESLint (eslint.config.js); these two checks need the import graph.
describe('architecture', () => {
  it('the directory returns data only: it imports nothing from answers/ (replies are built there)', async () => {
    const offenders: string[] = []
    for (const file of (await files(path.join(CORE, 'directory'))).filter((f) => f.endsWith('.ts'))) {
      const text = await readFile(file, 'utf8')
      for (const m of text.matchAll(/^import .* from '([^']+)'/gm)) if (m[1]!.includes('/answers/')) offenders.push(`${path.basename(file)} → ${m[1]}`)
    }
    expect(offenders).toEqual([])
  })

  it('src/core/answers has no import cycle (the knowledge snapshot lives apart from the assistant)', async () => {
    const answers = path.join(CORE, 'answers')
    const graph = new Map<string, string[]>()
    for (const file of (await files(answers)).filter((f) => f.endsWith('.ts'))) {
      const text = await readFile(file, 'utf8')
      const deps = [...text.matchAll(/^(?:import|export) .* from '(\.[^']+)'/gm)].map((m) => path.resolve(path.dirname(file), m[1]!).replace(/\.js$/, '.ts')).filter((d) => d.startsWith(answers))
      graph.set(file, deps)
    }
    const cycles: string[] = []
    const state = new Map<string, 'open' | 'done'>()
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return
      if (state.get(file) === 'open') return void cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.basename(f)).join(' → '))
      state.set(file, 'open')
      for (const dep of graph.get(file) ?? []) visit(dep, [...trail, file])
      state.set(file, 'done')
    }
    for (const file of graph.keys()) visit(file, [])
    expect(cycles).toEqual([])
  })
})
