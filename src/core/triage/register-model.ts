import { readChatText } from './read-chat-text.js'
import { REGISTER_WEIGHTS } from './register-weights.js'

/**
 * How much a message reads like an official's question about violence as a topic rather than a
 * person at risk, learned from labelled messages (`scripts/train-register-model.ts`): the sum of
 * the log-odds of the words and word pairs it uses. A tie-breaker only — triage's cues decide
 * whenever someone is named as harmed, and what it tips gets the hotlines on top anyway.
 *
 * @example
 * registerOdds('tài liệu tuyên truyền phòng chống bạo lực cho hội viên') > 0 // an official's words
 */
export function registerOdds(text: string): number {
  let sum = 0
  for (const f of registerFeatures(text)) sum += REGISTER_WEIGHTS[f] ?? 0
  return sum
}

/** Words and word pairs of the message, folded and normalised as triage reads it, each once. */
export function registerFeatures(text: string): Set<string> {
  const words = readChatText(text).folded.split(' ').filter(Boolean)
  const out = new Set<string>(words)
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`)
  return out
}
