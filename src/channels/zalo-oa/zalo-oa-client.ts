import { z } from 'zod'
import type { TokenStore } from '../../core/ports.js'
import { withRetries } from '../with-retries.js'

/** Zalo OA answered with an error code (HTTP 200, `{error: <negative>, message}`). */
export class ZaloApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly endpoint: string,
  ) {
    super(`Zalo ${endpoint}: ${code} ${message}`)
    this.name = 'ZaloApiError'
  }

  /** The user can no longer be reached: unfollowed, or no interaction in the reply window. */
  get unreachable(): boolean {
    return [-213, -230, -232].includes(this.code)
  }

  get tokenExpired(): boolean {
    return this.code === -216 || this.code === -220
  }
}

/** The request never completed (network, timeout, 5xx). The URL and token are not included. */
export class ZaloNetworkError extends Error {
  constructor(readonly endpoint: string, reason: string) {
    super(`Zalo ${endpoint}: ${reason}`)
    this.name = 'ZaloNetworkError'
  }
}

const sendResponse = z.object({ error: z.number(), message: z.string().optional(), data: z.unknown().optional() })
const tokenResponse = z.object({ access_token: z.string().min(1), refresh_token: z.string().min(1), expires_in: z.union([z.string(), z.number()]).optional() })

export const ZALO_TEXT_LIMIT = 2000
const TOKEN_KEY = 'zalo-oa'

export interface ZaloOaClientOptions {
  appId: string
  secretKey: string
  apiRoot: string
  oauthRoot: string
  tokens: TokenStore
  initial: { accessToken: string; refreshToken: string } | null
  timeoutMs?: number
  sleep?: (ms: number) => Promise<void>
}

/**
 * A small typed client for Zalo Official Account API v3 (no maintained Node client exists).
 * Sends consultation ("cs") text messages, refreshes the access token when Zalo says it
 * expired and keeps the new pair (each refresh token works once, so refreshes are serialised).
 */
export class ZaloOaClient {
  private refreshing: Promise<string> | null = null

  constructor(private readonly options: ZaloOaClientOptions) {}

  async sendText(userId: string, text: string): Promise<void> {
    await this.withToken((token) => this.post('/v3.0/oa/message/cs', token, { recipient: { user_id: userId }, message: { text: text.slice(0, ZALO_TEXT_LIMIT) } }))
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

  private async post(path: string, token: string, payload: unknown): Promise<unknown> {
    return withRetries(
      async () => {
        const json = await this.request(`${this.options.apiRoot}${path}`, path, { method: 'POST', headers: { 'content-type': 'application/json', access_token: token }, body: JSON.stringify(payload) })
        const parsed = sendResponse.safeParse(json)
        if (!parsed.success) throw new ZaloApiError(-1, 'unexpected response shape', path)
        if (parsed.data.error !== 0) throw new ZaloApiError(parsed.data.error, parsed.data.message ?? '', path)
        return parsed.data.data
      },
      {
        // Rate limited (-32) and network trouble are retried; other API errors are final.
        classify: (e) => ({ retry: e instanceof ZaloNetworkError || (e instanceof ZaloApiError && e.code === -32) }),
        ...(this.options.sleep ? { sleep: this.options.sleep } : {}),
      },
    )
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
