import { z } from 'zod'
import { splitMessage } from '../split-message.js'

export const ZALO_BOT_TEXT_LIMIT = 2000

/** The Zalo Bot Platform answered `{ok:false, error_code, description}`. */
export class ZaloBotApiError extends Error {
  constructor(
    readonly code: number,
    readonly description: string,
    readonly method: string,
  ) {
    super(`Zalo Bot ${method}: ${code} ${description}`)
    this.name = 'ZaloBotApiError'
  }
}

export class ZaloBotNetworkError extends Error {
  constructor(readonly method: string, reason: string) {
    super(`Zalo Bot ${method}: ${reason}`)
    this.name = 'ZaloBotNetworkError'
  }
}

const envelope = z.union([z.object({ ok: z.literal(true), result: z.unknown() }), z.object({ ok: z.literal(false), error_code: z.number(), description: z.string().default('') })])

/**
 * A small client for the Zalo Bot Platform (Telegram-like `bot<TOKEN>/<method>` API). It has no
 * broadcast or subscriber API: it can only message chats that wrote to the bot. Each call is one
 * attempt; the outbox retries.
 */
export class ZaloBotClient {
  constructor(private readonly options: { token: string; apiRoot: string; timeoutMs?: number }) {}

  /** Sends text, split into parts of at most 2,000 characters. */
  async sendMessage(chatId: string, text: string): Promise<void> {
    for (const part of splitMessage(text, ZALO_BOT_TEXT_LIMIT)) await this.call('sendMessage', { chat_id: chatId, text: part })
  }

  async setWebhook(url: string, secretToken: string): Promise<unknown> {
    return this.call('setWebhook', { url, secret_token: secretToken })
  }

  private async call(method: string, payload: unknown): Promise<unknown> {
    let res: Response
    try {
      // The token is part of the URL: never log the URL or the raw fetch error.
      res = await fetch(`${this.options.apiRoot}/bot${this.options.token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 8000),
      })
    } catch (error) {
      throw new ZaloBotNetworkError(method, (error as Error).name === 'TimeoutError' ? 'timeout' : 'network error')
    }
    if (res.status >= 500) throw new ZaloBotNetworkError(method, `HTTP ${res.status}`)
    const parsed = envelope.safeParse(await res.json().catch(() => null))
    if (!parsed.success) throw new ZaloBotApiError(res.status, 'unexpected response shape', method)
    if (!parsed.data.ok) throw new ZaloBotApiError(parsed.data.error_code, parsed.data.description, method)
    return parsed.data.result
  }
}
