import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadKnowledgeBase, type KnowledgeBase } from '../../../src/content/load-content.js'
import { Assistant } from '../../../src/core/answers/assistant.js'
import { buildKnowledgeSnapshot } from '../../../src/core/answers/knowledge-snapshot.js'
import type { Fact, PlanDocument } from '../../../src/core/knowledge-base/plan-document.js'
import { scaleCorpus } from '../../../scripts/bench/scale-corpus.js'
import { CONTENT_DIR } from '../../helpers/load-test-content.js'

// With 10,000 plans, a question that walks every plan costs milliseconds: the plans a question is
// about come from lookups made once per reload (by province, by year covered, by document number,
// in catalog order). These questions are answered as before, without walking the plan list.
let dir: string
let kb: KnowledgeBase
let plain: Assistant
let counted: Assistant
let walks = 0

/** Counts every walk over all plans (iterating the map of plans by id). */
class WalkCountingMap<K, V> extends Map<K, V> {
  override values(): MapIterator<V> {
    walks++
    return super.values()
  }
  override keys(): MapIterator<K> {
    walks++
    return super.keys()
  }
  override entries(): MapIterator<[K, V]> {
    walks++
    return super.entries()
  }
  override forEach(callback: (value: V, key: K, map: Map<K, V>) => void): void {
    walks++
    super.forEach(callback)
  }
  override [Symbol.iterator](): MapIterator<[K, V]> {
    walks++
    return super[Symbol.iterator]()
  }
}

/** The plan list, counting the methods that walk it whole. */
function walkCounting(documents: readonly PlanDocument[]): readonly PlanDocument[] {
  const whole = new Set<string | symbol>(['map', 'filter', 'forEach', 'flatMap', 'reduce', 'slice', 'sort', 'toSorted', Symbol.iterator])
  return new Proxy(documents, {
    get(target, prop, receiver) {
      if (whole.has(prop)) walks++
      return Reflect.get(target, prop, receiver) as unknown
    },
  })
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-scope-lookups-'))
  await cp(CONTENT_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}plans${path.sep}`) })
  for (const { file, text } of await scaleCorpus(CONTENT_DIR, 60)) await writeFile(path.join(dir, 'plans', file), text)
  await rm(path.join(dir, 'plans', 'README.md'), { force: true })
  kb = await loadKnowledgeBase(dir)
  const snapshot = Assistant.snapshot(kb.documents, kb.glossary)
  plain = new Assistant(snapshot)
  counted = new Assistant({ ...snapshot, documents: walkCounting(snapshot.documents), byId: new WalkCountingMap(snapshot.byId) })
}, 120_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('choosing the plans a question is about', () => {
  it('answers province, year, catalog, document-number and not-loaded questions without walking every plan', () => {
    const province = kb.documents[0]!.meta.province!
    const year = kb.documents[0]!.meta.year!
    const other = kb.glossary.provinces.find((p) => !kb.documents.some((d) => d.meta.province === p.name))!.name
    const questions = [
      `Hạn báo cáo 6 tháng ở ${province}?`,
      `Kế hoạch năm ${year} của ${province} có những nội dung gì?`,
      `Tỉnh nào có kế hoạch cho năm ${year}?`,
      'Hiện bạn có tài liệu của tỉnh nào?',
      'Quyết định 1696 về cái gì?',
      `Quyết định 1696 ở ${province} về cái gì?`,
      `Sở Nội vụ ${province} có bao nhiêu câu lạc bộ bóng đá?`,
      `ai la chu tich ubnd tinh ${province} hien nay`,
      `Hạn báo cáo 6 tháng ở ${other}?`,
    ]
    for (const q of questions) {
      walks = 0
      const reply = counted.ask(q, { now: new Date('2026-01-15T03:00:00Z') })
      expect({ q, walks }).toEqual({ q, walks: 0 })
      expect(reply).toEqual(plain.ask(q, { now: new Date('2026-01-15T03:00:00Z') }))
    }
  })

  it('lists a year’s plans by province in Vietnamese order, then by year, and counts the rest', () => {
    const year = kb.documents[0]!.meta.year!
    const reply = plain.ask(`Tỉnh nào có kế hoạch cho năm ${year}?`)
    const covers = (d: PlanDocument) => plain.knowledge.details.get(d.id)!.coverage.some((s) => s.from <= year && year <= s.to)
    const covering = kb.documents.filter(covers)
    expect(covering.length).toBeGreaterThan(1)
    const listed = reply.text.split('\n').filter((l) => l.startsWith('• '))
    expect(listed.length).toBe(Math.min(20, covering.length))
    const provinces = listed.map((l) => l.slice(2, l.indexOf(':')))
    expect(provinces).toEqual([...provinces].sort((a, b) => a.localeCompare(b, 'vi')))
  })

  it('answers a decision cited by many plans from its fullest citation, in the first plan citing it so', () => {
    const citing = kb.documents.filter((d) => d.facts.some((f) => f.type === 'reference' && f.number.startsWith('1696/')))
    expect(citing.length).toBeGreaterThan(5)
    const reply = plain.ask('Quyết định 1696 về cái gì?')
    expect(reply.found).toBe(true)
    expect(reply.text).toMatch(/^Quyết định số 1696\//)
    expect(citing.map((d) => d.meta.number)).toContain(reply.citations[0]!.number)
  })
})

describe('questions choosing many plans', () => {
  // Reads of each plan's id and of each citation of the decision, counted on copies of the plans:
  // a question reading them all costs thousands of reads at 10,000 plans.
  let reads = { ids: 0, citations: 0 }
  let watched: Assistant
  const decision = (f: Fact) => f.type === 'reference' && f.number.startsWith('1696/')

  beforeAll(() => {
    const watch = <T extends object>(target: T, count: () => void, props: ReadonlySet<string | symbol>): T =>
      new Proxy(target, {
        get(t, prop, receiver) {
          if (props.has(prop)) count()
          return Reflect.get(t, prop, receiver) as unknown
        },
      })
    const copies = kb.documents.map((doc) => {
      const facts = doc.facts.map((f) => (decision(f) ? watch(f, () => reads.citations++, new Set(['title', 'date', 'issuer', 'number'])) : f))
      return watch({ ...doc, facts }, () => reads.ids++, new Set(['id']))
    })
    watched = new Assistant(buildKnowledgeSnapshot(copies, kb.glossary, plain.knowledge.index))
  })

  /** Reads made answering the question a second time (the first may build what a reload keeps). */
  function readsFor(question: string): { ids: number; citations: number } {
    const now = new Date('2026-01-15T03:00:00Z')
    watched.ask(question, { now })
    reads = { ids: 0, citations: 0 }
    const reply = watched.ask(question, { now })
    const made = reads
    expect(reply).toEqual(plain.ask(question, { now }))
    return made
  }

  it('answers a decision many plans cite from lookups kept per reload, not by reading every citation', () => {
    const citations = kb.documents.flatMap((d) => d.facts.filter(decision))
    expect(citations.length).toBeGreaterThan(20)
    const national = readsFor('Quyết định số 1696 nói về nội dung gì?')
    expect(national.citations).toBeLessThan(15)
    expect(national.ids).toBeLessThan(15)
    const province = kb.documents.find((d) => d.facts.some(decision))!.meta.province!
    expect(readsFor(`Ở ${province}, quyết định 1696 được ban hành ngày nào?`).citations).toBeLessThan(15)
  })

  it('lists the plans of a year from the catalog’s own lookups, reading only the plans it lists', () => {
    const covers = (year: number) => kb.documents.filter((d) => plain.knowledge.details.get(d.id)!.coverage.some((s) => s.from <= year && year <= s.to)).length
    const year = kb.documents.map((d) => d.meta.year!).reduce((a, b) => (covers(b) > covers(a) ? b : a))
    expect(covers(year)).toBeGreaterThan(25)
    // Twenty plans are listed, each read a few times to write its line and source.
    expect(readsFor(`Những tỉnh nào đã có kế hoạch năm ${year}?`).ids).toBeLessThan(80)
  })
})
