import type { Reply } from '../../core/answers/reply.js'
import { splitMessage } from '../split-message.js'

export const TELEGRAM_TEXT_LIMIT = 4096

/** Escapes the three characters Telegram's HTML mode reserves. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * A Reply as Telegram HTML: first line bold (the direct answer), source lines in italics,
 * split at paragraph boundaries so that every part, once escaped, fits 4,096 characters.
 */
export function renderTelegramHtml(reply: Reply): string[] {
  const render = (part: string, first: boolean) =>
    part
      .split('\n')
      .map((line, j) => {
        const html = escapeHtml(line)
        if (first && j === 0 && reply.found) return `<b>${html}</b>`
        if (line.startsWith('Nguồn:')) return `<i>${html}</i>`
        return html
      })
      .join('\n')
  const out: string[] = []
  const place = (text: string, limit: number) => {
    for (const part of splitMessage(text, limit)) {
      const html = render(part, out.length === 0)
      // Escaping grows "<", ">" and "&": split that part again, smaller, until it fits.
      if (html.length > TELEGRAM_TEXT_LIMIT && part.length > 1) place(part, Math.floor((part.length * TELEGRAM_TEXT_LIMIT) / html.length) - 16)
      else out.push(html)
    }
  }
  place(reply.text, TELEGRAM_TEXT_LIMIT - 16)
  return out
}
