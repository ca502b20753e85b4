import { Assistant } from '../../src/core/answers/assistant.js'
import { testKnowledgeBase } from './load-test-content.js'

let assistant: Promise<Assistant> | undefined

/** The assistant over the bundled content, built once per test file. */
export function testAssistant(): Promise<Assistant> {
  assistant ??= testKnowledgeBase().then((kb) => Assistant.create(kb.documents, kb.glossary))
  return assistant
}

/** Noon in Vietnam on a given day. */
export const vietnamDay = (iso: string) => new Date(`${iso}T12:00:00+07:00`)
