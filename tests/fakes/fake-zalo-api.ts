import { TZDate } from '@date-fns/tz'
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify'
import { listenOnLoopback } from './listen-on-loopback.js'

/** What the fake Zalo knows about one user of the OA. */
export interface FakeZaloUser {
  follower: boolean
  /** Last time the user interacted with the OA (ms); consultation messages need it within 7 days. */
  lastInteraction?: number
  /** A standing refusal for every send to this user (e.g. -227 dormant, -244 restricted, -108 no account). */
  refuse?: number
  /** Promotions accepted, by Vietnam "YYYY-MM" and "YYYY-MM-DD". */
  perMonth: Map<string, number>
  perDay: Map<string, number>
  tags: Set<string>
}

const DAY_MS = 86_400_000

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
 *
 * The OA side enforces Zalo's rules (reference/zalo-messaging.md) on its own clock `now`:
 * consultation only within 7 days of the user's last interaction (-230); promotions to followers
 * only (-213), 06:00–21:59 Vietnam time (-234), at most `caps.daily` a day and `caps.monthly` a
 * Vietnam calendar month per follower (-218); the OA's own quota (-211); standing per-user
 * refusals (-227, -244, -108…); rate limit (-32) after `rateLimitPerMinute` calls; user/getlist
 * paged ≤ 50 with offset ≤ 9951.
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
  /** The fake's clock (ms); tests move it to cross days, months and nights. */
  now: () => number = () => Date.now()
  readonly users = new Map<string, FakeZaloUser>()
  caps = { monthly: 4, daily: 1 }
  /** Sends the OA may still make today (any type); -211 when spent. Infinity: unlimited. */
  oaQuota = Infinity
  rateLimitPerMinute = Infinity
  /**
   * ZNS (business.openapi.zalo.me, same port): phones with a Zalo account, and each one's standing
   * refusal (-139 refused ZNS, -114/-119 cannot receive…). A phone not listed has no account (-118).
   */
  readonly znsPhones = new Map<string, { refuse?: number }>()
  private sentThisMinute: number[] = []
  private nextMessageId = 1

  private user(id: string): FakeZaloUser {
    let u = this.users.get(id)
    if (!u) this.users.set(id, (u = { follower: false, perMonth: new Map(), perDay: new Map(), tags: new Set() }))
    return u
  }

  /** The user wrote to the OA (or clicked, called…): the consultation window opens. */
  interact(userId: string, at = this.now()): void {
    this.user(userId).lastInteraction = at
  }

  follow(userId: string, at = this.now()): void {
    const u = this.user(userId)
    u.follower = true
    u.lastInteraction = at
  }

  unfollow(userId: string): void {
    this.user(userId).follower = false
  }

  tag(userId: string, tag: string): void {
    this.user(userId).tags.add(tag)
  }

  refuse(userId: string, code: number | undefined): void {
    const u = this.user(userId)
    if (code === undefined) delete u.refuse
    else u.refuse = code
  }

  /** Accepted sends, by endpoint kind. */
  accepted(kind: 'cs' | 'promotion' | 'template'): { user_id: string; message_id: string; body: unknown }[] {
    return this.calls.filter((c) => c.path === `/v3.0/oa/message/${kind}` && (c as { ok?: boolean }).ok).map((c) => ({ user_id: recipientOf(c.body), message_id: (c as { messageId?: string }).messageId ?? '', body: c.body }))
  }

  /** Why Zalo would refuse this send now, or null when it is accepted. */
  private refusal(kind: string, userId: string): { error: number; message: string } | null {
    const now = this.now()
    this.sentThisMinute = this.sentThisMinute.filter((t) => now - t < 60_000)
    if (this.sentThisMinute.length >= this.rateLimitPerMinute) return { error: -32, message: 'The request has exceeded the rate limit' }
    this.sentThisMinute.push(now)
    if (this.oaQuota <= 0) return { error: -211, message: 'Out of quota' }
    const u = this.user(userId)
    if (u.refuse !== undefined) return { error: u.refuse, message: 'refused for this user' }
    if (kind === 'cs') {
      if (u.lastInteraction === undefined) return { error: -232, message: 'User has not interacted with the OA' }
      if (now - u.lastInteraction > 7 * DAY_MS) return { error: -230, message: 'User has not interacted with the OA in the last 7 days' }
    }
    if (kind === 'promotion') {
      if (!u.follower) return { error: -213, message: 'User has not followed the OA' }
      const t = new TZDate(now, 'Asia/Ho_Chi_Minh')
      if (t.getHours() < 6 || t.getHours() >= 22) return { error: -234, message: 'Promotion messages can only be sent from 06:00 to 22:00' }
      const { month, day } = vietnamKeys(now)
      if ((u.perDay.get(day) ?? 0) >= this.caps.daily || (u.perMonth.get(month) ?? 0) >= this.caps.monthly) return { error: -218, message: 'Recipient has reached the quota of received messages' }
    }
    return null
  }

  private accept(kind: string, userId: string): string {
    if (Number.isFinite(this.oaQuota)) this.oaQuota--
    if (kind === 'promotion') {
      const u = this.user(userId)
      const { month, day } = vietnamKeys(this.now())
      u.perMonth.set(month, (u.perMonth.get(month) ?? 0) + 1)
      u.perDay.set(day, (u.perDay.get(day) ?? 0) + 1)
    }
    return `zm-${this.nextMessageId++}`
  }

  /** Accepted ZNS sends by phone. */
  znsMessages(): { phone: string; template_id: string; template_data: Record<string, string>; msg_id: string }[] {
    return this.calls.filter((c) => c.path === '/message/template' && (c as { ok?: boolean }).ok).map((c) => ({ ...(c.body as { phone: string; template_id: string; template_data: Record<string, string> }), msg_id: (c as { messageId?: string }).messageId ?? '' }))
  }

  /**
   * The webhook fields Zalo posts when an accepted ZNS message reaches the phone (reference §4):
   * `user_received_message` with the phone's hash as recipient, `delivery_time` (ms), `msg_id` and
   * the sender's `tracking_id`. `withoutMsgId` models a receipt for a send whose answer we lost.
   */
  znsReceipt(msgId: string, deliveredAt: number, withoutMsgId = false): Record<string, unknown> {
    const call = this.calls.find((c) => c.path === '/message/template' && (c as { messageId?: string }).messageId === msgId)
    const body = call?.body as { phone: string; tracking_id?: string } | undefined
    if (!body) throw new Error(`no accepted ZNS message ${msgId}`)
    const message = { delivery_time: String(deliveredAt), ...(withoutMsgId ? {} : { msg_id: msgId }), ...(body.tracking_id ? { tracking_id: body.tracking_id } : {}) }
    return { sender: { id: 'oa' }, recipient: { id: `hash-${body.phone.length}` }, message }
  }

  /** Accepted consultation (cs) messages. */
  oaMessages(): { user_id: string; text: string }[] {
    return this.calls
      .filter((c) => c.path === '/v3.0/oa/message/cs' && (c as { ok?: boolean }).ok)
      .map((c) => {
        const b = c.body as { recipient: { user_id: string }; message: { text: string } }
        return { user_id: b.recipient.user_id, text: b.message.text }
      })
  }

  botMessages(): { chat_id: string; text: string }[] {
    return this.calls.filter((c) => c.path.endsWith('/sendMessage') && (c as { ok?: boolean }).ok).map((c) => c.body as { chat_id: string; text: string })
  }

  private record(req: FastifyRequest): ZaloCall & { ok?: boolean; messageId?: string } {
    const call: ZaloCall & { ok?: boolean; messageId?: string } = { path: req.url, headers: req.headers, body: req.body }
    this.calls.push(call)
    return call
  }

  /** A wrong token (`tokenError`: -216 OA, -124 ZNS) or the next queued failure; null: the send goes on. */
  private tokenOrFailure(req: FastifyRequest, tokenError: number): object | null {
    if (req.headers.access_token !== this.accessToken) return { error: tokenError, message: 'Access token is invalid' }
    const failure = this.oaFailures.shift()
    if (failure && 'hang' in failure) return new Promise(() => {})
    if (failure && 'status' in failure) return { statusCode: failure.status }
    return failure ?? null
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
    app.post('/v3.0/oa/message/:kind', async (req) => {
      const call = this.record(req)
      const { kind } = req.params as { kind: string }
      const early = this.tokenOrFailure(req, -216)
      if (early) return early
      // Transaction endpoints and the v2 message API are shut; promotion/template are per-user.
      if (kind !== 'cs' && kind !== 'promotion' && kind !== 'template') return { error: -240, message: 'This API has been shut down' }
      const userId = recipientOf(req.body)
      if (!userId) return { error: -201, message: 'user_id is invalid' }
      if (kind === 'cs') {
        const text = (req.body as { message?: { text?: string } }).message?.text ?? ''
        if (!text || text.length > 2000) return { error: -201, message: 'text is empty or too long' }
      }
      if (kind === 'promotion') {
        const elements = (req.body as { message?: { attachment?: { payload?: { elements?: { type: string; content: string }[] } } } }).message?.attachment?.payload?.elements ?? []
        if (!elements.length || elements.some((e) => (e.type === 'header' && e.content.length > 100) || (e.type === 'text' && e.content.length > 1000))) return { error: -201, message: 'promotion elements are invalid' }
      }
      const refused = this.refusal(kind, userId)
      if (refused) return refused
      call.ok = true
      call.messageId = this.accept(kind, userId)
      return { error: 0, message: 'Success', data: { message_id: call.messageId, user_id: userId, ...(kind === 'cs' ? { quota: { quota_type: 'reply' } } : {}) } }
    })
    // ZNS / ZBS template by phone: `{phone:"84…",template_id,template_data,tracking_id}` → data.msg_id (reference §5).
    app.post('/message/template', async (req) => {
      const call = this.record(req)
      const early = this.tokenOrFailure(req, -124)
      if (early) return early
      const b = req.body as { phone?: string; template_id?: string; template_data?: Record<string, string>; tracking_id?: string }
      if (!b.template_id || !b.template_data || typeof b.template_data !== 'object') return { error: -201, message: 'template_id or template_data is invalid' }
      if ((b.tracking_id ?? '').length > 48) return { error: -201, message: 'tracking_id is too long' }
      // Zalo quotes the phone in its error text: the client must not let it reach logs or the report.
      if (!/^84\d{9}$/.test(b.phone ?? '')) return { error: -108, message: `Phone number ${b.phone ?? ''} is invalid` }
      const t = new TZDate(this.now(), 'Asia/Ho_Chi_Minh')
      if (t.getHours() < 6 || t.getHours() >= 22) return { error: -133, message: `ZNS to ${b.phone} cannot be sent between 22:00 and 06:00` }
      if (this.oaQuota <= 0) return { error: -144, message: 'Daily quota exceeded' }
      const phone = this.znsPhones.get(b.phone!)
      if (!phone) return { error: -118, message: `Phone number ${b.phone} has no Zalo account` }
      if (phone.refuse !== undefined) return { error: phone.refuse, message: `User ${b.phone} refused or cannot receive ZNS` }
      call.ok = true
      call.messageId = `zns-${this.nextMessageId++}`
      if (Number.isFinite(this.oaQuota)) this.oaQuota--
      return { error: 0, message: 'Success', data: { msg_id: call.messageId, sent_time: String(this.now()), quota: { dailyQuota: '500', remainingQuota: '499' } } }
    })
    // The OA article broadcast to followers (targeted by city codes); one call reaches many followers.
    app.post('/v2.0/oa/message', async (req) => {
      const call = this.record(req)
      const early = this.tokenOrFailure(req, -216)
      if (early) return early
      const b = req.body as { recipient?: { target?: Record<string, string> }; message?: { attachment?: { payload?: { template_type?: string; elements?: { media_type?: string; attachment_id?: string }[] } } } }
      const elements = b.message?.attachment?.payload?.elements ?? []
      if (!b.recipient?.target || b.message?.attachment?.payload?.template_type !== 'media' || !elements.length || elements.length > 5 || elements.some((e) => e.media_type !== 'article' || !e.attachment_id)) return { error: -201, message: 'broadcast payload is invalid' }
      if (this.oaQuota <= 0) return { error: -211, message: 'Out of quota' }
      call.ok = true
      call.messageId = this.accept('article', '')
      return { error: 0, message: 'Success', data: { message_id: call.messageId } }
    })
    app.get('/v2.0/oa/tag/gettagsofoa', async (req) => {
      this.calls.push({ path: '/v2.0/oa/tag/gettagsofoa', headers: req.headers, body: null })
      if (req.headers.access_token !== this.accessToken) return { error: -216, message: 'Access token is invalid' }
      return { error: 0, message: 'Success', data: [...new Set([...this.users.values()].flatMap((u) => [...u.tags]))] }
    })
    app.get('/v3.0/oa/user/getlist', async (req) => {
      this.calls.push({ path: '/v3.0/oa/user/getlist', headers: req.headers, body: (req.query as { data?: string }).data })
      if (req.headers.access_token !== this.accessToken) return { error: -216, message: 'Access token is invalid' }
      let q: { offset?: number; count?: number; last_interaction_period?: string; is_follower?: boolean; tag_name?: string }
      try {
        q = JSON.parse((req.query as { data?: string }).data ?? '{}')
      } catch {
        return { error: -201, message: 'data is not JSON' }
      }
      const offset = q.offset ?? 0
      const count = q.count ?? 10
      if (count < 1 || count > 50) return { error: -201, message: 'count must be 1–50' }
      if (offset < 0 || offset > 9951) return { error: -201, message: 'offset must be 0–9951' }
      const since = periodStart(q.last_interaction_period, this.now())
      const matching = [...this.users].filter(([, u]) => (q.tag_name === undefined || u.tags.has(q.tag_name)) && (q.is_follower === undefined || u.follower === q.is_follower) && (since === null || (u.lastInteraction !== undefined && u.lastInteraction >= since.from && u.lastInteraction < since.to))).map(([id]) => id)
      return { error: 0, message: 'Success', data: { total: matching.length, count: Math.min(count, Math.max(0, matching.length - offset)), offset, users: matching.slice(offset, offset + count).map((user_id) => ({ user_id })) } }
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

function recipientOf(body: unknown): string {
  const b = body as { recipient?: { user_id?: string }; user_id?: string }
  return b.recipient?.user_id ?? b.user_id ?? ''
}

function vietnamKeys(at: number): { month: string; day: string } {
  const t = new TZDate(at, 'Asia/Ho_Chi_Minh')
  const day = `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`
  return { month: day.slice(0, 7), day }
}

/** user/getlist `last_interaction_period` as a [from, to) range of interaction times. */
function periodStart(period: string | undefined, now: number): { from: number; to: number } | null {
  if (!period) return null
  const days: Record<string, [number, number]> = { TODAY: [0, 1], YESTERDAY: [1, 2], L7D: [0, 7], L30D: [0, 30] }
  const range = days[period]
  if (!range) return { from: 0, to: 0 }
  const startOfToday = new TZDate(now, 'Asia/Ho_Chi_Minh')
  startOfToday.setHours(0, 0, 0, 0)
  const base = startOfToday.getTime() + DAY_MS
  return { from: base - range[1]! * DAY_MS, to: base - range[0]! * DAY_MS }
}
