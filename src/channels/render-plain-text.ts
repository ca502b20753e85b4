import type { Reply } from '../core/answers/reply.js'
import { splitMessage } from './split-message.js'

/**
 * A Reply for platforms without buttons in plain messages (Zalo): suggestions become lines the
 * user can copy, then the text is split under the platform's limit.
 */
export function renderPlainText(reply: Reply, limit: number): string[] {
  const suggestions = reply.buttons?.length ? `\n\nBạn có thể gõ:\n${reply.buttons.map((b) => `• ${b.question}`).join('\n')}` : ''
  return splitMessage(`${reply.text}${suggestions}`, limit)
}
