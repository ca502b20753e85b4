import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadKnowledgeBase, type KnowledgeBase } from '../../../src/content/load-content.js'
import { Assistant } from '../../../src/core/answers/assistant.js'
import type { DeadlineFact, PlanDocument } from '../../../src/core/knowledge-base/plan-document.js'
import { foldDiacritics } from '../../../src/core/text/normalize-vietnamese.js'
import { scaleCorpus } from '../../../scripts/bench/scale-corpus.js'
import { CONTENT_DIR } from '../../helpers/load-test-content.js'

// Answers that list plans (an agency's tasks, the Action Month periods) look only at the plans in
// scope or picked by the search; these check they still list the right ones among many plans.
let dir: string
let kb: KnowledgeBase
let assistant: Assistant

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-many-plans-'))
  await cp(CONTENT_DIR, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}plans${path.sep}`) })
  for (const { file, text } of await scaleCorpus(CONTENT_DIR, 60)) await writeFile(path.join(dir, 'plans', file), text)
  await rm(path.join(dir, 'plans', 'README.md'), { force: true })
  kb = await loadKnowledgeBase(dir)
  assistant = Assistant.create(kb.documents, kb.glossary)
}, 120_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const actionMonthPeriod = (doc: PlanDocument) => doc.facts.find((f): f is DeadlineFact => f.type === 'deadline' && f.kind === 'period' && /thang hanh dong/.test(foldDiacritics(f.quote)))

/** The newest five Action Month periods of these plans, plans of the same date in load order. */
function newestPeriods(docs: readonly PlanDocument[]): (string | null)[] {
  return docs
    .filter((d) => actionMonthPeriod(d))
    .sort((a, b) => actionMonthPeriod(b)!.date!.localeCompare(actionMonthPeriod(a)!.date!))
    .slice(0, 5)
    .map((d) => d.meta.number)
}

describe('answers over many plans', () => {
  it('lists the newest Action Month periods of all plans, or of the province asked about', () => {
    expect(kb.documents.length).toBe(60)
    const all = assistant.ask('Tháng hành động vì bình đẳng giới từ ngày nào?')
    expect(all.citations.map((c) => c.number)).toEqual(newestPeriods(kb.documents))
    const province = kb.documents.filter((d) => actionMonthPeriod(d)).at(-1)!.meta.province!
    const scoped = assistant.ask(`Tháng hành động vì bình đẳng giới ở ${province} từ ngày nào?`)
    expect(scoped.citations.length).toBeGreaterThan(0)
    expect(scoped.citations.map((c) => c.number)).toEqual(newestPeriods(kb.documents.filter((d) => d.meta.province === province)))
  })

  it("offers at most eight provinces for an agency's tasks, and answers from the plan of the province named", () => {
    const giving = kb.documents.filter((d) => d.facts.some((f) => f.type === 'duty' && f.agencyId === 'so-tu-phap'))
    expect(new Set(giving.map((d) => d.meta.province)).size).toBeGreaterThan(8)
    const r = assistant.ask('Sở Tư pháp có nhiệm vụ gì?')
    const labels = r.buttons?.map((b) => b.label) ?? []
    expect(labels.length).toBeGreaterThan(1)
    expect(labels.length).toBeLessThanOrEqual(8)
    for (const label of labels) expect(giving.map((d) => d.meta.province)).toContain(label)
    const province = giving.at(-1)!.meta.province!
    const scoped = assistant.ask(`Sở Tư pháp ${province} có nhiệm vụ gì?`)
    expect(scoped.found).toBe(true)
    expect(scoped.text).toContain('Sở Tư pháp')
    expect(scoped.citations.every((c) => c.province === province)).toBe(true)
  })
})
