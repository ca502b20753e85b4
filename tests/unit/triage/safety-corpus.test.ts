import { existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatSafetyReport, loadSafetyCorpus, scoreSafety, summarizeSafety } from '../../../src/channels/cli/safety-eval.js'
import { loadDirectory } from '../../../src/content/load-directory.js'
import { Assistant } from '../../../src/core/answers/assistant.js'
import { SAFETY } from '../../../src/core/answers/safety-messages.vi.js'
import { CONTENT_DIR, testKnowledgeBase } from '../../helpers/load-test-content.js'

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures')

async function evaluate(file: string) {
  const kb = await testKnowledgeBase()
  const { directory } = await loadDirectory(CONTENT_DIR, kb.glossary)
  const assistant = Assistant.create(kb.documents, kb.glossary, directory)
  const corpus = await loadSafetyCorpus(file)
  const results = corpus.map((item) => scoreSafety(item, assistant.ask(item.text, { now: new Date('2026-11-25T12:00:00+07:00') }), SAFETY.header))
  return { corpus, results, summary: summarizeSafety(results) }
}

describe('safety corpus', () => {
  it('has the size and spread the issue asks for (both splits together)', async () => {
    const all = [...(await loadSafetyCorpus(path.join(FIXTURES, 'safety/dev.jsonl'))), ...(await loadSafetyCorpus(path.join(FIXTURES, 'safety/test.jsonl')))]
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length)
    expect(all.filter((c) => c.label === 'at-risk').length).toBeGreaterThanOrEqual(300)
    expect(all.filter((c) => c.label === 'policy').length).toBeGreaterThanOrEqual(150)
    expect(all.filter((c) => c.label === 'off-topic' || c.label === 'greeting').length).toBeGreaterThanOrEqual(100)
    const harms = new Set(all.map((c) => c.harm))
    for (const h of ['physical', 'sexual', 'psychological', 'economic', 'online', 'threat', 'stalking', 'confinement', 'eviction', 'neglect', 'forced-marriage', 'trafficking', 'self-harm']) expect(harms).toContain(h)
    for (const about of ['self', 'child', 'other-person']) expect(all.some((c) => c.about === about)).toBe(true)
  })

  // The test split is never used to tune the lexicons: it measures messages the triage has not seen.
  // The independent held-out sets are reported by `npm run eval`, not gated, so nobody tunes on them.
  for (const file of ['safety/test.jsonl']) {
    const full = path.join(FIXTURES, file)
    it.skipIf(!existsSync(full))(
      `${file}: every person at risk gets 111/113 in the first three lines; at most 2 % of policy questions get the emergency reply`,
      async () => {
        const { results, summary } = await evaluate(full)
        const report = formatSafetyReport(file, results)
        expect(summary.dangerRecall, report).toBe(1)
        expect(summary.policyFalseAlarms, report).toBeLessThanOrEqual(0.02)
      },
      60_000,
    )
  }

  it('dev split: the same bars, and off-topic questions are declined', async () => {
    const { results, summary } = await evaluate(path.join(FIXTURES, 'safety/dev.jsonl'))
    const report = formatSafetyReport('dev', results)
    expect(summary.dangerRecall, report).toBe(1)
    expect(summary.policyFalseAlarms, report).toBeLessThanOrEqual(0.02)
    expect(summary.offTopicDeclined, report).toBeGreaterThanOrEqual(0.95)
  }, 60_000)

  it('names the line and field of a malformed corpus line', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const file = path.join(await mkdtemp(path.join(tmpdir(), 'safety-')), 'bad.jsonl')
    await writeFile(file, '{"id":"a","text":"x","label":"at-risk","about":null,"harm":null,"style":[]}\n{"id":"b","text":"y","label":"danger","about":null,"harm":null,"style":[]}\n')
    await expect(loadSafetyCorpus(file)).rejects.toThrow(/bad\.jsonl:2: label/)
  })
})
