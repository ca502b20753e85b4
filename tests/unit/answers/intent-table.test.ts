import { describe, expect, it } from 'vitest'
import { dispatch, type IntentRule } from '../../../src/core/answers/intent-table.js'
import type { AnswerContext } from '../../../src/core/answers/answer-context.js'
import { understandQuestion } from '../../../src/core/answers/understand-question.js'
import { indexDocumentNumbers } from '../../../src/core/answers/find-document-numbers.js'
import type { Reply } from '../../../src/core/answers/reply.js'
import { testKnowledgeBase } from '../../helpers/load-test-content.js'

const reply = (text: string): Reply => ({ intent: 'content', found: true, text, citations: [] })

describe('the intent table', () => {
  it('first matching rule whose reply has the type asked for wins; one without it declines to the next', async () => {
    const kb = await testKnowledgeBase()
    const ctx = { question: 'Hạn báo cáo 6 tháng ở An Giang?', understanding: understandQuestion('Hạn báo cáo 6 tháng ở An Giang?', kb.glossary, indexDocumentNumbers(kb.documents)) } as AnswerContext
    const ran: string[] = []
    const rule = (name: string, text: string | null, when = true): IntentRule => ({ name, when: () => when, answer: () => (ran.push(name), text === null ? null : reply(text)) })
    const table = [rule('skipped', 'Trước ngày 1/1/2021.', false), rule('no-reply', null), rule('no-date', 'Sở Tư pháp: tuyên truyền.'), rule('dated', 'Trước ngày 10/6/2021.'), rule('later', 'Trước ngày 1/1/2022.')]
    expect(dispatch(ctx, table)).toEqual({ rule: 'dated', reply: reply('Trước ngày 10/6/2021.') })
    expect(ran).toEqual(['no-reply', 'no-date', 'dated'])
  })

  it('returns nothing when no rule answers, so the caller says "not found"', async () => {
    const kb = await testKnowledgeBase()
    const ctx = { question: 'x', understanding: understandQuestion('Ai ký kế hoạch 461?', kb.glossary, indexDocumentNumbers(kb.documents)) } as AnswerContext
    expect(dispatch(ctx, [{ name: 'wrong-type', when: () => true, answer: () => reply('Sở Tài chính.') }])).toBeNull()
  })
})
