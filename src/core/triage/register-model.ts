import { REGISTER_WEIGHTS } from './register-weights.js'

/**
 * How much a message reads like an official's question about violence as a topic rather than a
 * person at risk, learned from labelled messages (`scripts/train-register-model.ts`): the sum of
 * the log-odds of the words and word pairs it uses. A tie-breaker only — triage's cues decide
 * whenever someone is named as harmed, and what it tips gets the hotlines on top anyway. Reads the
 * message as triage has already folded it (`ChatText.folded`).
 *
 * @example
 * registerOdds(readChatText('tài liệu tuyên truyền phòng chống bạo lực cho hội viên').folded) > 0 // an official's words
 */
export function registerOdds(folded: string): number {
  let sum = 0
  for (const f of registerFeatures(folded)) sum += REGISTER_WEIGHTS[f] ?? 0
  return sum
}

/** Words and word pairs of a folded message, each once. */
export function registerFeatures(folded: string): Set<string> {
  const words = folded.split(' ').filter(Boolean)
  const out = new Set<string>(words)
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`)
  return out
}
