import Fastify, { type FastifyInstance } from 'fastify'
import { listenOnLoopback } from './listen-on-loopback.js'

export interface ZaloCall {
  path: string
  headers: Record<string, string | string[] | undefined>
  body: unknown
}

/**
 * Local fakes of the Zalo OA API (openapi.zalo.me), Zalo OAuth (oauth.zaloapp.com) and the Zalo
 * Bot Platform, on one 127.0.0.1 port, with their real envelopes: OA `{error:0,message,data}` /
 * `{error:<negative>,message}` over HTTP 200; OAuth rotating single-use refresh tokens; Bot
 * `{ok,result}` / `{ok:false,error_code,description}`.
 */
export class FakeZaloApi {
  readonly calls: ZaloCall[] = []
  accessToken = 'access-1'
  refreshToken = 'refresh-1'
  private generation = 1
  private readonly usedRefreshTokens = new Set<string>()
  readonly oaFailures: ({ error: number; message: string } | { status: number } | { hang: true })[] = []
  readonly botFailures: ({ status: number; error_code: number; description: string } | { hang: true })[] = []
  private app: FastifyInstance | null = null
  url = ''

  oaMessages(): { user_id: string; text: string }[] {
    return this.calls.filter((c) => c.path === '/v3.0/oa/message/cs' && (c as { ok?: boolean }).ok).map((c) => {
      const b = c.body as { recipient: { user_id: string }; message: { text: string } }
      return { user_id: b.recipient.user_id, text: b.message.text }
    })
  }

  botMessages(): { chat_id: string; text: string }[] {
    return this.calls.filter((c) => c.path.endsWith('/sendMessage') && (c as { ok?: boolean }).ok).map((c) => c.body as { chat_id: string; text: string })
  }

  async start(): Promise<void> {
    const app = Fastify({ forceCloseConnections: true })
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))))
    app.post('/v4/oa/access_token', async (req) => {
      const body = req.body as Record<string, string>
      this.calls.push({ path: req.url, headers: req.headers, body })
      if (req.headers.secret_key !== 'oa-secret') return { error: -14003, error_name: 'Invalid secret key', error_description: 'secret_key is invalid' }
      if (body.grant_type !== 'refresh_token' || body.refresh_token !== this.refreshToken || this.usedRefreshTokens.has(body.refresh_token)) {
        return { error: -14014, error_name: 'Invalid refresh token', error_description: 'Refresh token is invalid or has been used' }
      }
      this.usedRefreshTokens.add(body.refresh_token)
      this.generation++
      this.accessToken = `access-${this.generation}`
      this.refreshToken = `refresh-${this.generation}`
      return { access_token: this.accessToken, refresh_token: this.refreshToken, expires_in: '90000' }
    })
    app.post('/v3.0/oa/message/cs', async (req) => {
      const call: ZaloCall & { ok?: boolean } = { path: req.url, headers: req.headers, body: req.body }
      this.calls.push(call)
      if (req.headers.access_token !== this.accessToken) return { error: -216, message: 'Access token is invalid' }
      const failure = this.oaFailures.shift()
      if (failure && 'hang' in failure) return new Promise(() => {})
      if (failure && 'status' in failure) return { statusCode: failure.status }
      if (failure) return failure
      const text = (req.body as { message?: { text?: string } }).message?.text ?? ''
      if (text.length > 2000) return { error: -201, message: 'text is too long' }
      call.ok = true
      return { error: 0, message: 'Success', data: { message_id: `m${this.calls.length}`, user_id: (req.body as { recipient: { user_id: string } }).recipient.user_id } }
    })
    app.post('/bot:token/:method', async (req, reply) => {
      const call: ZaloCall & { ok?: boolean } = { path: req.url, headers: req.headers, body: req.body }
      this.calls.push(call)
      const { method } = req.params as { method: string }
      const failure = this.botFailures.shift()
      if (failure && 'hang' in failure) return new Promise(() => {})
      if (failure) return reply.code(failure.status).send({ ok: false, error_code: failure.error_code, description: failure.description })
      if (method === 'sendMessage') {
        const text = (req.body as { text?: string }).text ?? ''
        if (text.length > 2000) return { ok: false, error_code: 400, description: 'Bad Request: text is too long' }
        call.ok = true
        return { ok: true, result: { message_id: `b${this.calls.length}`, date: Date.now() } }
      }
      if (method === 'setWebhook') {
        const secret = (req.body as { secret_token?: string }).secret_token ?? ''
        if (secret.length < 8 || secret.length > 256) return { ok: false, error_code: 400, description: 'Bad Request: secret_token must be 8-256 characters' }
        return { ok: true, result: { url: (req.body as { url: string }).url, updated_at: Date.now() } }
      }
      return { ok: true, result: true }
    })
    app.post('/v3.0/oa/message/:kind', async (req) => {
      this.calls.push({ path: req.url, headers: req.headers, body: req.body })
      return { error: 0, message: 'Success', data: {} }
    })
    app.setNotFoundHandler(async (req, reply) => reply.code(404).send({ error: -404, message: `no route ${req.url}` }))
    app.addHook('onSend', async (_req, reply, payload) => {
      const p = payload as string
      if (typeof p === 'string' && p.startsWith('{"statusCode":')) reply.code(JSON.parse(p).statusCode)
      return payload
    })
    this.url = await listenOnLoopback(app)
    this.app = app
  }

  async stop(): Promise<void> {
    await this.app?.close()
  }
}
