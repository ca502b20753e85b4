import type { Reply } from '../core/answers/reply.js'
import { SAFETY } from '../core/answers/safety-messages.vi.js'
import { splitMessage } from './split-message.js'

/**
 * A Reply for platforms without buttons in plain messages (Zalo): suggestions become lines the
 * user can copy, then the text is split under the platform's limit. A platform that cannot
 * receive a shared location (`acceptsLocation: false`, Zalo Bot) asks for a place name instead.
 * Hotline numbers stay first, one per line, as the core wrote them.
 */
export function renderPlainText(reply: Reply, limit: number, options: { acceptsLocation?: boolean } = {}): string[] {
  const suggestions = reply.buttons?.length ? `\n\nBạn có thể gõ:\n${reply.buttons.map((b) => `• ${b.question}`).join('\n')}` : ''
  const text =
    options.acceptsLocation === false
      ? reply.text
          .split('\n')
          .map((l) => (l === SAFETY.findPlace ? SAFETY.findPlaceByName : l))
          .join('\n')
      : reply.text
  return splitMessage(`${text}${suggestions}`, limit)
}
