import type { Messenger, SendOutcome } from '../../core/broadcasts/broadcast.js'
import type { ChatKind } from '../../core/ports.js'

/**
 * Sends broadcast messages straight over the Bot API (lighter than telegraf for bulk) and maps
 * Telegram's answers onto the outbox: 429 → retry after retry_after; 403 blocked/kicked/
 * deactivated and 400 chat not found → blocked; 5xx and timeouts → retry; other 4xx → failed.
 */
export class TelegramMessenger implements Messenger {
  constructor(private readonly options: { token: string; apiRoot: string; timeoutMs?: number }) {}

  async send(chat: { chatId: string; kind: ChatKind }, text: string): Promise<SendOutcome> {
    let res: Response
    try {
      // The token is in the URL: neither the URL nor the raw error is ever logged.
      res = await fetch(`${this.options.apiRoot.replace(/\/+$/, '')}/bot${this.options.token}/sendMessage`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ chat_id: chat.chatId, text, link_preview_options: { is_disabled: true } }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
      })
    } catch (error) {
      return { ok: false, kind: 'retry', reason: (error as Error).name === 'TimeoutError' ? 'timeout' : 'network error', code: 'network' }
    }
    const body = (await res.json().catch(() => null)) as { ok?: boolean; error_code?: number; description?: string; parameters?: { retry_after?: number } } | null
    if (res.ok && body?.ok) return { ok: true, route: 'send' }
    const code = body?.error_code ?? res.status
    const reason = `${code} ${body?.description ?? res.statusText}`.trim()
    if (code === 429) return { ok: false, kind: 'retry', reason, afterMs: (body?.parameters?.retry_after ?? Number(res.headers.get('retry-after') ?? 1)) * 1000, code: 'rate' }
    if (code === 403) return { ok: false, kind: 'blocked', reason, code: 'blocked' }
    if (code === 400 && /chat not found|user is deactivated/i.test(reason)) return { ok: false, kind: 'blocked', reason, code: 'invalid' }
    if (code >= 500) return { ok: false, kind: 'retry', reason, code: 'network' }
    return { ok: false, kind: 'failed', reason, code: code === 400 ? 'bad_request' : 'failed' }
  }
}
