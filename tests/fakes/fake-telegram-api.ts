import Fastify, { type FastifyInstance } from 'fastify'
import { listenOnLoopback } from './listen-on-loopback.js'

export interface TelegramCall {
  method: string
  params: Record<string, unknown>
}

type Failure = { status: number; description: string; retryAfter?: number } | { hang: true } | { status: number; rawBody: string }

/**
 * A local Telegram Bot API on 127.0.0.1 with the real envelopes: `{ok:true,result}` and
 * `{ok:false,error_code,description,parameters}` with HTTP status = error_code. Records every
 * call; `failNext` scripts 429 (with retry_after), 403 blocked, 5xx, or a hang.
 */
export class FakeTelegramApi {
  readonly calls: TelegramCall[] = []
  /** Enforce Telegram's limits like the real server: over the limit → 429 with retry_after. */
  limits: { perSecond?: number; perChatGapMs?: number } = {}
  /** Chats that blocked the bot: sendMessage → 403. */
  readonly blocked = new Set<string>()
  /** Accepted sendMessage calls per chat (duplicates show up as counts above 1). */
  readonly delivered = new Map<string, number>()
  rateLimited = 0
  /** Updates handed out by getUpdates (long polling), in order. */
  readonly pendingUpdates: { update_id: number }[] = []
  private readonly window: number[] = []
  private readonly lastByChat = new Map<string, number>()
  private readonly failures: Failure[] = []
  private readonly methodFailures = new Map<string, Failure[]>()
  private app: FastifyInstance | null = null
  private messageId = 1
  url = ''

  failNext(...failures: Failure[]): void {
    this.failures.push(...failures)
  }

  /** Scripts failures of one method (any method, getMe included), in order. */
  failMethod(method: string, ...failures: Failure[]): void {
    this.methodFailures.set(method.toLowerCase(), [...(this.methodFailures.get(method.toLowerCase()) ?? []), ...failures])
  }

  sent(method = 'sendMessage'): TelegramCall[] {
    return this.calls.filter((c) => c.method === method)
  }

  async start(): Promise<void> {
    const app = Fastify({ forceCloseConnections: true })
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))))
    // For benchmarks that run the fake in its own process.
    app.get('/__stats', async () => ({ delivered: [...this.delivered.values()].reduce((a, b) => a + b, 0), rateLimited: this.rateLimited }))
    app.post('/bot:token/:method', async (req, reply) => {
      const { method } = req.params as { method: string }
      const params = (req.body ?? {}) as Record<string, unknown>
      const name = method.toLowerCase()
      this.calls.push({ method: method, params })
      const scripted = this.methodFailures.get(name)?.shift()
      const failure = scripted ?? (['sendmessage', 'sendvenue', 'sendlocation', 'answercallbackquery'].includes(name) ? this.failures.shift() : undefined)
      if (failure && 'hang' in failure) return new Promise(() => {})
      // A proxy in front of the API answering with HTML instead of JSON.
      if (failure && 'rawBody' in failure) return reply.code(failure.status).type('text/html').send(failure.rawBody)
      if (failure) {
        if (failure.retryAfter) reply.header('retry-after', String(failure.retryAfter))
        return reply.code(failure.status).send({ ok: false, error_code: failure.status, description: failure.description, ...(failure.retryAfter ? { parameters: { retry_after: failure.retryAfter } } : {}) })
      }
      if (name === 'sendmessage') {
        const chat = String(params.chat_id)
        if (this.blocked.has(chat)) return reply.code(403).send({ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' })
        const now = Date.now()
        while (this.window.length && this.window[0]! <= now - 1000) this.window.shift()
        const chatLast = this.lastByChat.get(chat)
        if ((this.limits.perSecond && this.window.length >= this.limits.perSecond) || (this.limits.perChatGapMs && chatLast !== undefined && now - chatLast < this.limits.perChatGapMs)) {
          this.rateLimited++
          reply.header('retry-after', '1')
          return reply.code(429).send({ ok: false, error_code: 429, description: 'Too Many Requests: retry after 1', parameters: { retry_after: 1 } })
        }
        this.window.push(now)
        this.lastByChat.set(chat, now)
        this.delivered.set(chat, (this.delivered.get(chat) ?? 0) + 1)
      }
      switch (name) {
        case 'getme':
          return { ok: true, result: { id: 999, is_bot: true, first_name: 'BĐG', username: 'bdg_test_bot', can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } }
        case 'sendmessage':
        case 'sendvenue':
        case 'sendlocation':
          return { ok: true, result: { message_id: this.messageId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(params.chat_id), type: 'private' }, text: params.text } }
        case 'getupdates': {
          const offset = Number(params.offset ?? 0)
          const ready = this.pendingUpdates.filter((u) => u.update_id >= offset)
          if (!ready.length) await new Promise((r) => setTimeout(r, 50)) // a short long poll
          return { ok: true, result: ready }
        }
        case 'deletewebhook':
          return { ok: true, result: true }
        case 'getwebhookinfo':
          return { ok: true, result: { url: '', pending_update_count: 0, has_custom_certificate: false } }
        case 'setwebhook': {
          const secret = params.secret_token
          if (typeof secret === 'string' && !/^[A-Za-z0-9_-]{1,256}$/.test(secret)) return reply.code(400).send({ ok: false, error_code: 400, description: 'Bad Request: secret token contains unallowed characters' })
          return { ok: true, result: true }
        }
        default:
          return { ok: true, result: true }
      }
    })
    this.url = await listenOnLoopback(app)
    this.app = app
  }

  async stop(): Promise<void> {
    await this.app?.close()
  }
}
