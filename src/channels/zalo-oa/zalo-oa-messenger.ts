import { articleTarget } from '../../core/broadcasts/article-target.js'
import { ARTICLE_ROW_CHAT_ID, type ArticleBroadcast, type Messenger, type SendContext, type SendOutcome } from '../../core/broadcasts/broadcast.js'
import { checkFollowerCap, nextVietnamMorning, vietnamHour, type FollowerCaps, type FollowerLedger } from '../../core/broadcasts/follower-caps.js'
import { routeZaloMessage, type ZaloRouting } from '../../core/broadcasts/route-zalo-message.js'
import { UNKNOWN_STATUS, type SendRoute, type SubscriberStateStore } from '../../core/broadcasts/subscriber-state.js'
import type { ChatKind, ChatRef, ReminderPhoneStore } from '../../core/ports.js'
import { classifyZaloError, toOutcome } from './classify-zalo-error.js'
import { ZaloApiError, type ZaloOaClient, type ZaloSendResult } from './zalo-oa-client.js'
import { znsTrackingId } from './zns-tracking-id.js'

export interface ZaloOaMessengerDeps {
  client: ZaloOaClient
  states: SubscriberStateStore
  ledger: FollowerLedger
  routing: ZaloRouting
  caps: FollowerCaps
  /** ZBS template for deadline reminders and the parameter that carries the text. */
  reminderTemplate?: { id: string; param: string }
  /** Template for reminders by phone (ZNS) to officials who consented (/sdt), and where their phones are. */
  phoneTemplate?: { id: string; param: string }
  phones?: Pick<ReminderPhoneStore, 'get'>
  /** Zalo city code by canonical province name (resolveCityCodes), for article broadcasts to one province. */
  cityCodes: Readonly<Record<string, string>>
  now: () => Date
}

/**
 * One attempt to reach one OA user, by the route what is sent allows (route-zalo-message.ts):
 * the per-follower caps are checked before a promotion goes out and counted only when Zalo
 * accepts it; Zalo's answer updates the subscriber's state (never on quota, night, rate, token
 * or parameter errors).
 */
export class ZaloOaMessenger implements Messenger {
  /** The OA's own quota (-211) is spent until then: no call is made before, every send waits. */
  private oaQuotaUntil = 0

  constructor(private readonly deps: ZaloOaMessengerDeps) {}

  async send(chat: { chatId: string; kind: ChatKind }, text: string, context: SendContext = { messageKind: 'announcement' }): Promise<SendOutcome> {
    const now = this.deps.now()
    if (now.getTime() < this.oaQuotaUntil) return { ok: false, kind: 'retry', code: 'quota', reason: 'the OA quota is used up until tomorrow', afterMs: this.oaQuotaUntil - now.getTime() }
    if (chat.chatId === ARTICLE_ROW_CHAT_ID) return this.sendArticle(context.article, now)
    const ref: ChatRef = { platform: 'zalo-oa', chatId: chat.chatId }
    const status = (await this.deps.states.status(ref)) ?? UNKNOWN_STATUS
    const phone = context.messageKind === 'reminder' && this.deps.routing.phoneTemplate ? ((await this.deps.phones?.get(ref))?.phone ?? null) : null
    const decision = routeZaloMessage(context.messageKind, status, now, this.deps.routing, Boolean(context.article), Boolean(phone))
    if (!decision.route) return { ok: false, kind: 'skipped', code: decision.reason, reason: `not sent: ${decision.reason}` }
    const route = decision.route
    if (route === 'article') return this.countArticleReach(ref, context.article!, now)
    if (route === 'promotion') {
      const check = checkFollowerCap(await this.deps.ledger.entry(ref, now), now, this.deps.caps)
      if (!check.ok) return { ok: false, kind: 'retry', code: check.reason, reason: check.detail, afterMs: check.until.getTime() - now.getTime() }
    }
    try {
      const result = await this.call(route, chat.chatId, text, phone, context.deliveryId)
      if (route === 'promotion') await this.deps.ledger.recordAccepted(ref, now)
      return { ok: true, route, ...(result.messageId ? { messageId: result.messageId } : {}) }
    } catch (error) {
      const outcome = await this.refused(error, route, now, ref)
      // Zalo's answer changed what we know (the window is closed after all): when another route now
      // carries this message (a follower route, a template), try it at once instead of skipping.
      if (!outcome.ok && outcome.kind === 'skipped' && outcome.code === 'window_closed') {
        const again = routeZaloMessage(context.messageKind, (await this.deps.states.status(ref)) ?? UNKNOWN_STATUS, now, this.deps.routing, Boolean(context.article), Boolean(phone))
        if (again.route && again.route !== route) return { ok: false, kind: 'retry', code: 'window_closed', reason: `${outcome.reason}; next: ${again.route}`, afterMs: 0 }
      }
      return outcome
    }
  }

  private async refused(error: unknown, route: SendRoute, now: Date, ref?: ChatRef): Promise<SendOutcome> {
    const c = classifyZaloError(error, route)
    if (c.change && ref) await this.deps.states.apply(ref, c.change, now)
    if (error instanceof ZaloApiError && error.zaloCode === -211) this.oaQuotaUntil = nextVietnamMorning(now, true, this.deps.caps.fromHour).getTime()
    return toOutcome(error, c, (until) => nextVietnamMorning(now, until === 'next-day', this.deps.caps.fromHour).getTime() - now.getTime())
  }

  /** The broadcast's one article call: by day only, to the province's city code when it targets one. */
  private async sendArticle(article: ArticleBroadcast | undefined, now: Date): Promise<SendOutcome> {
    if (!article) return { ok: false, kind: 'failed', code: 'bad_request', reason: 'article row without an article id' }
    const opens = nextVietnamMorning(now, false, this.deps.caps.fromHour)
    const hour = vietnamHour(now)
    if (hour < this.deps.caps.fromHour || hour >= this.deps.caps.toHour) return { ok: false, kind: 'retry', code: 'night', reason: 'article broadcasts go out by day', afterMs: opens.getTime() - now.getTime() }
    const target = articleTarget({ ...(article.province ? { province: article.province } : {}) }, this.deps.cityCodes)
    if (target.kind === 'not_sent') return { ok: false, kind: 'failed', code: 'config', reason: `no Zalo city code for ${target.province} in ZALO_OA_CITY_CODES` }
    try {
      const result = await this.deps.client.broadcastArticle(article.id, target.kind === 'province' ? { cities: target.cityCode } : {})
      return { ok: true, route: 'article', ...(result.messageId ? { messageId: result.messageId } : {}) }
    } catch (error) {
      return this.refused(error, 'article', now)
    }
  }

  /**
   * A follower outside the window is reached by the article broadcast: counted once that
   * broadcast was accepted and only within the follower's caps (Zalo shows no more than that).
   */
  private async countArticleReach(ref: ChatRef, article: ArticleBroadcast, now: Date): Promise<SendOutcome> {
    // In flight: look again in a minute; still pending (night, quota): much later, to spare the store.
    if (article.status === 'sending') return { ok: false, kind: 'retry', code: 'article_pending', reason: 'waiting for the article broadcast', afterMs: 60_000 }
    if (article.status === 'pending') return { ok: false, kind: 'retry', code: 'article_pending', reason: 'waiting for the article broadcast', afterMs: 15 * 60_000 }
    if (article.status !== 'sent') return { ok: false, kind: 'skipped', code: 'not_reachable', reason: `the article broadcast was not sent (${article.status ?? 'missing'})` }
    const check = checkFollowerCap(await this.deps.ledger.entry(ref, now), now, { ...this.deps.caps, fromHour: 0, toHour: 24 })
    if (!check.ok) return { ok: false, kind: 'skipped', code: 'quota', reason: check.detail }
    await this.deps.ledger.recordAccepted(ref, now)
    return { ok: true, route: 'article' }
  }

  private call(route: SendRoute, userId: string, text: string, phone: string | null, deliveryId?: number): Promise<ZaloSendResult> {
    if (route === 'promotion') return this.deps.client.sendPromotion(userId, text)
    if (route === 'zns' && this.deps.phoneTemplate && phone) {
      const { id, param } = this.deps.phoneTemplate
      return this.deps.client.sendTemplateByPhone(phone, id, { [param]: text }, deliveryId !== undefined ? znsTrackingId(deliveryId) : `u${userId}-${this.deps.now().getTime()}`)
    }
    if (route === 'template' && this.deps.reminderTemplate) return this.deps.client.sendTemplate(userId, this.deps.reminderTemplate.id, { [this.deps.reminderTemplate.param]: text })
    return this.deps.client.sendText(userId, text)
  }
}
