import { z } from 'zod'
import { ChannelError } from '../../core/errors.js'
import type { TokenStore } from '../../core/ports.js'
import { redactSecrets } from '../../logging/redact-secrets.js'

/** Zalo's rate limit: the request was refused for now, not for good (like Telegram's 429). */
const RATE_LIMITED = -32

/**
 * Zalo OA answered with an error code (HTTP 200, `{error: <negative>, message}`): CHANNEL_REJECTED,
 * or CHANNEL_UNAVAILABLE for the rate limit. `zaloCode` is Zalo's number (`code` is the app's
 * stable code); Zalo's own text is redacted, as a proxy or Zalo may quote a token in it.
 */
export class ZaloApiError extends ChannelError {
  constructor(
    readonly zaloCode: number,
    message: string,
    readonly endpoint: string,
  ) {
    super(zaloCode === RATE_LIMITED ? 'CHANNEL_UNAVAILABLE' : 'CHANNEL_REJECTED', 'Zalo', endpoint, `${zaloCode} ${redactSecrets(message)}`)
  }

  get tokenExpired(): boolean {
    return this.zaloCode === -216 || this.zaloCode === -220
  }
}

/** The request never completed (network, timeout, 5xx): CHANNEL_UNAVAILABLE. The URL and token are not included. */
export class ZaloNetworkError extends ChannelError {
  constructor(
    readonly endpoint: string,
    reason: string,
  ) {
    super('CHANNEL_UNAVAILABLE', 'Zalo', endpoint, reason)
  }
}

const apiResponse = z.object({ error: z.number(), message: z.string().optional(), data: z.unknown().optional() })
const znsData = z.object({ msg_id: z.union([z.string(), z.number()]).transform(String).optional() }).passthrough()
const sendData = z.object({ message_id: z.union([z.string(), z.number()]).transform(String).optional(), quota: z.object({ quota_type: z.string().optional() }).passthrough().optional() }).passthrough()
const followerPage = z.object({ total: z.coerce.number().int().min(0), users: z.array(z.object({ user_id: z.union([z.string(), z.number()]).transform(String) }).passthrough()).default([]) }).passthrough()

/** What Zalo answered to an accepted send: its message id (receipts refer to it) and the quota used. */
export interface ZaloSendResult {
  messageId: string | null
  /** reply | welcome_msg | sub_quota | purchase_quota | reward_quota; null = charged. */
  quotaType: string | null
}

/** user/getlist filters; `count` ≤ 50 and `offset` ≤ 9951, hence the segments. */
export interface FollowerQuery {
  offset: number
  count: number
  tag_name?: string
  last_interaction_period?: string
  is_follower?: boolean
}

export const PROMOTION_HEADER_LIMIT = 100
export const PROMOTION_TEXT_LIMIT = 1000
const tokenResponse = z.object({ access_token: z.string().min(1), refresh_token: z.string().min(1), expires_in: z.union([z.string(), z.number()]).optional() })

export const ZALO_TEXT_LIMIT = 2000
const TOKEN_KEY = 'zalo-oa'

export interface ZaloOaClientOptions {
  appId: string
  secretKey: string
  apiRoot: string
  /** ZNS / ZBS by phone number (business.openapi.zalo.me). */
  znsApiRoot?: string
  oauthRoot: string
  tokens: TokenStore
  initial: { accessToken: string; refreshToken: string } | null
  timeoutMs?: number
}

/**
 * A small typed client for Zalo Official Account API v3 (no maintained Node client exists).
 * Sends consultation ("cs"), promotion and template messages and lists followers; refreshes the
 * access token when Zalo says it expired and keeps the new pair (each refresh token works once,
 * so refreshes are serialised). Each call is one attempt (plus one after a token refresh):
 * retrying is the outbox's job, paced by its rate limiter.
 */
export class ZaloOaClient {
  private refreshing: Promise<string> | null = null

  constructor(private readonly options: ZaloOaClientOptions) {}

  /** Consultation message: reaches users who interacted within 7 days (-230/-232 otherwise). */
  async sendText(userId: string, text: string): Promise<ZaloSendResult> {
    return this.send('/v3.0/oa/message/cs', { recipient: { user_id: userId }, message: { text: text.slice(0, ZALO_TEXT_LIMIT) } })
  }

  /** Per-follower "tin truyền thông": followers only, capped per follower, 06:00–21:59. First line = header. */
  async sendPromotion(userId: string, text: string): Promise<ZaloSendResult> {
    const [first = '', ...rest] = text.split('\n')
    const header = first.length <= PROMOTION_HEADER_LIMIT ? first : ''
    const body = (header ? rest.join('\n') : text).trim() || first
    const elements = [...(header ? [{ type: 'header', content: header }] : []), { type: 'text', align: 'left', content: body.slice(0, PROMOTION_TEXT_LIMIT) }]
    return this.send('/v3.0/oa/message/promotion', { recipient: { user_id: userId }, message: { attachment: { type: 'template', payload: { template_type: 'promotion', language: 'VI', elements } } } })
  }

  /** ZBS template message by user id (no 7-day window; the template must be approved). */
  async sendTemplate(userId: string, templateId: string, templateData: Record<string, string>): Promise<ZaloSendResult> {
    return this.send('/v3.0/oa/message/template', { user_id: userId, template_id: templateId, template_data: templateData })
  }

  /**
   * Template message by phone number (ZNS/ZBS, POST business.openapi.zalo.me/message/template):
   * only to an official who gave the phone and consented. `phone` is 84xxxxxxxxx; Zalo answers
   * `data.msg_id`, which receipts and /message/status refer to.
   */
  async sendTemplateByPhone(phone: string, templateId: string, templateData: Record<string, string>, trackingId: string): Promise<ZaloSendResult> {
    const path = '/message/template'
    const body = JSON.stringify({ phone, template_id: templateId, template_data: templateData, tracking_id: trackingId.slice(0, 48) })
    const root = this.options.znsApiRoot ?? 'https://business.openapi.zalo.me'
    const data = await this.withToken((token) => this.call(path, path, { method: 'POST', headers: { 'content-type': 'application/json', access_token: token }, body }, root))
    const parsed = znsData.safeParse(data ?? {})
    return { messageId: parsed.success ? (parsed.data.msg_id ?? null) : null, quotaType: null }
  }

  /**
   * The OA's article broadcast to its followers (POST /v2.0/oa/message, `recipient.target`): the
   * article is made and approved in the OA console; `cities` narrows it to Zalo city codes.
   */
  async broadcastArticle(articleId: string, target: { cities?: string }): Promise<ZaloSendResult> {
    return this.send('/v2.0/oa/message', { recipient: { target }, message: { attachment: { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'article', attachment_id: articleId }] } } } })
  }

  /** One page of GET /v3.0/oa/user/getlist. */
  async listFollowers(query: FollowerQuery): Promise<{ total: number; userIds: string[] }> {
    const path = '/v3.0/oa/user/getlist'
    const data = await this.withToken((token) => this.call(`${path}?data=${encodeURIComponent(JSON.stringify(query))}`, path, { method: 'GET', headers: { access_token: token } }))
    const parsed = followerPage.safeParse(data)
    if (!parsed.success) throw new ZaloApiError(-1, 'unexpected follower list shape', path)
    return { total: parsed.data.total, userIds: parsed.data.users.map((u) => u.user_id) }
  }

  /** The OA's tag names (GET /v2.0/oa/tag/gettagsofoa): segments for paging past the offset limit. */
  async listTags(): Promise<string[]> {
    const path = '/v2.0/oa/tag/gettagsofoa'
    const data = await this.withToken((token) => this.call(path, path, { method: 'GET', headers: { access_token: token } }))
    const parsed = z.array(z.string()).safeParse(data ?? [])
    if (!parsed.success) throw new ZaloApiError(-1, 'unexpected tag list shape', path)
    return parsed.data
  }

  private async send(path: string, payload: unknown): Promise<ZaloSendResult> {
    const data = await this.withToken((token) => this.call(path, path, { method: 'POST', headers: { 'content-type': 'application/json', access_token: token }, body: JSON.stringify(payload) }))
    const parsed = sendData.safeParse(data ?? {})
    return { messageId: parsed.success ? (parsed.data.message_id ?? null) : null, quotaType: parsed.success ? (parsed.data.quota?.quota_type ?? null) : null }
  }

  private async withToken<T>(call: (token: string) => Promise<T>): Promise<T> {
    const token = await this.accessToken()
    try {
      return await call(token)
    } catch (error) {
      if (!(error instanceof ZaloApiError && error.tokenExpired)) throw error
      return call(await this.refresh(token))
    }
  }

  private async accessToken(): Promise<string> {
    const stored = await this.options.tokens.load(TOKEN_KEY)
    const token = stored?.accessToken ?? this.options.initial?.accessToken
    if (!token) throw new ZaloApiError(-216, 'no access token configured', 'token')
    return token
  }

  /** One refresh at a time: two concurrent refreshes would burn the single-use refresh token. */
  refresh(expiredToken?: string): Promise<string> {
    this.refreshing ??= this.doRefresh(expiredToken).finally(() => {
      this.refreshing = null
    })
    return this.refreshing
  }

  private async doRefresh(expiredToken?: string): Promise<string> {
    const stored = await this.options.tokens.load(TOKEN_KEY)
    // Another request may have refreshed already while this one waited.
    if (stored && expiredToken && stored.accessToken !== expiredToken) return stored.accessToken
    const refreshToken = stored?.refreshToken ?? this.options.initial?.refreshToken
    if (!refreshToken) throw new ZaloApiError(-220, 'no refresh token configured', 'oauth')
    const body = new URLSearchParams({ app_id: this.options.appId, grant_type: 'refresh_token', refresh_token: refreshToken })
    const json = await this.request(`${this.options.oauthRoot}/v4/oa/access_token`, 'oauth', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', secret_key: this.options.secretKey },
      body,
    })
    const parsed = tokenResponse.safeParse(json)
    if (!parsed.success) {
      const e = json as { error?: number; error_description?: string; error_name?: string }
      throw new ZaloApiError(typeof e.error === 'number' ? e.error : -1, e.error_description ?? e.error_name ?? 'unexpected token response', 'oauth')
    }
    const tokens = { accessToken: parsed.data.access_token, refreshToken: parsed.data.refresh_token }
    await this.options.tokens.save(TOKEN_KEY, tokens)
    return tokens.accessToken
  }

  private async call(pathAndQuery: string, endpoint: string, init: RequestInit, root = this.options.apiRoot): Promise<unknown> {
    const json = await this.request(`${root}${pathAndQuery}`, endpoint, init)
    const parsed = apiResponse.safeParse(json)
    if (!parsed.success) throw new ZaloApiError(-1, 'unexpected response shape', endpoint)
    if (parsed.data.error !== 0) throw new ZaloApiError(parsed.data.error, parsed.data.message ?? '', endpoint)
    return parsed.data.data
  }

  private async request(url: string, endpoint: string, init: RequestInit): Promise<unknown> {
    let res: Response
    try {
      res = await fetch(url, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs ?? 8000) })
    } catch (error) {
      throw new ZaloNetworkError(endpoint, (error as Error).name === 'TimeoutError' ? 'timeout' : 'network error')
    }
    if (res.status >= 500) throw new ZaloNetworkError(endpoint, `HTTP ${res.status}`)
    try {
      return await res.json()
    } catch {
      throw new ZaloNetworkError(endpoint, `HTTP ${res.status} with a body that is not JSON`)
    }
  }
}
