import { z } from 'zod'
import { ChannelError } from '../../core/errors.js'
import { redactSecrets } from '../../logging/redact-secrets.js'
import { splitMessage } from '../split-message.js'

export const ZALO_BOT_TEXT_LIMIT = 2000

/**
 * The Zalo Bot Platform answered `{ok:false, error_code, description}`: CHANNEL_REJECTED, or
 * CHANNEL_UNAVAILABLE for 429 (as for Telegram). `errorCode` is the platform's number (`code` is
 * the app's stable code); `description` is redacted, as the platform or a proxy may quote the
 * request URL, which holds the bot token.
 */
export class ZaloBotApiError extends ChannelError {
  readonly description: string

  constructor(
    readonly errorCode: number,
    description: string,
    method: string,
    secrets: readonly string[] = [],
  ) {
    const redacted = redactSecrets(description, secrets)
    super(errorCode === 429 ? 'CHANNEL_UNAVAILABLE' : 'CHANNEL_REJECTED', 'Zalo Bot', method, `${errorCode} ${redacted}`)
    this.description = redacted
  }
}

/** The request never completed (network, timeout, 5xx): CHANNEL_UNAVAILABLE. */
export class ZaloBotNetworkError extends ChannelError {
  constructor(method: string, reason: string) {
    super('CHANNEL_UNAVAILABLE', 'Zalo Bot', method, reason)
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
    if (!parsed.data.ok) throw new ZaloBotApiError(parsed.data.error_code, parsed.data.description, method, [this.options.token])
    return parsed.data.result
  }
}
