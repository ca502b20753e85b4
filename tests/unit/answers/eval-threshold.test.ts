import { describe, expect, it } from 'vitest'
import { readEvalFile, scoreReply, summarize } from '../../../src/channels/cli/score-eval.js'
import { testAssistant } from '../../helpers/test-assistant.js'

const NOW = new Date('2026-11-24T12:00:00+07:00')

async function accuracy(file: string): Promise<number> {
  const assistant = await testAssistant()
  const questions = await readEvalFile(file)
  return summarize(questions.map((q) => scoreReply(q, assistant.ask(q.q, { now: NOW })))).accuracy
}

describe('answer quality on the eval sets (issue 10)', () => {
  it('answers at least 90% of the untuned test split, within 5 points of the tuned dev split', async () => {
    const test = await accuracy('tests/fixtures/questions/test.jsonl')
    const dev = await accuracy('tests/fixtures/questions/dev.jsonl')
    expect(test).toBeGreaterThanOrEqual(0.9)
    expect(dev).toBeGreaterThanOrEqual(0.9)
    expect(Math.abs(dev - test)).toBeLessThanOrEqual(0.05)
  })

  it('keeps the original 30 questions at 95% or more', async () => {
    expect(await accuracy('tests/fixtures/dev-questions.jsonl')).toBeGreaterThanOrEqual(0.95)
  })

  it('has at least 200 questions over every kind, the test split written apart', async () => {
    const dev = await readEvalFile('tests/fixtures/questions/dev.jsonl')
    const test = await readEvalFile('tests/fixtures/questions/test.jsonl')
    expect(dev.length + test.length).toBeGreaterThanOrEqual(200)
    const kinds = ['deadline', 'responsibility', 'budget', 'content', 'overview', 'details', 'document-number', 'year', 'yes-no', 'not-found']
    for (const split of [dev, test]) expect(kinds.filter((k) => !split.some((q) => q.kind === k))).toEqual([])
    const texts = new Set(dev.map((q) => q.q))
    expect(test.filter((q) => texts.has(q.q))).toEqual([])
  })
})
