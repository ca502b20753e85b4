import type { Messenger, SendContext, SendOutcome } from '../../core/broadcasts/broadcast.js'
import { checkFollowerCap, nextVietnamMorning, type FollowerCaps, type FollowerLedger } from '../../core/broadcasts/follower-caps.js'
import { routeZaloMessage, type ZaloRouting } from '../../core/broadcasts/route-zalo-message.js'
import { UNKNOWN_STATUS, type SendRoute, type SubscriberStateStore } from '../../core/broadcasts/subscriber-state.js'
import type { ChatKind, ChatRef } from '../../core/ports.js'
import { classifyZaloError, toOutcome } from './classify-zalo-error.js'
import type { ZaloOaClient, ZaloSendResult } from './zalo-oa-client.js'

export interface ZaloOaMessengerDeps {
  client: ZaloOaClient
  states: SubscriberStateStore
  ledger: FollowerLedger
  routing: ZaloRouting
  caps: FollowerCaps
  /** ZBS template for deadline reminders and the parameter that carries the text. */
  reminderTemplate?: { id: string; param: string }
  now: () => Date
}

/**
 * One attempt to reach one OA user, by the route what is sent allows (route-zalo-message.ts):
 * the per-follower caps are checked before a promotion goes out and counted only when Zalo
 * accepts it; Zalo's answer updates the subscriber's state (never on quota, night, rate, token
 * or parameter errors).
 */
export class ZaloOaMessenger implements Messenger {
  constructor(private readonly deps: ZaloOaMessengerDeps) {}

  async send(chat: { chatId: string; kind: ChatKind }, text: string, context: SendContext = { messageKind: 'announcement' }): Promise<SendOutcome> {
    const ref: ChatRef = { platform: 'zalo-oa', chatId: chat.chatId }
    const now = this.deps.now()
    const status = (await this.deps.states.status(ref)) ?? UNKNOWN_STATUS
    const decision = routeZaloMessage(context.messageKind, status, now, this.deps.routing)
    if (!decision.route) return { ok: false, kind: 'skipped', code: decision.reason, reason: `not sent: ${decision.reason}` }
    const route = decision.route
    if (route === 'promotion') {
      const check = checkFollowerCap(await this.deps.ledger.entry(ref, now), now, this.deps.caps)
      if (!check.ok) return { ok: false, kind: 'retry', code: check.reason, reason: check.detail, afterMs: check.until.getTime() - now.getTime() }
    }
    try {
      const result = await this.call(route, chat.chatId, text)
      if (route === 'promotion') await this.deps.ledger.recordAccepted(ref, now)
      return { ok: true, route, ...(result.messageId ? { messageId: result.messageId } : {}) }
    } catch (error) {
      const c = classifyZaloError(error, route)
      if (c.change) await this.deps.states.apply(ref, c.change, now)
      return toOutcome(error, c, (until) => nextVietnamMorning(now, until === 'next-day', this.deps.caps.fromHour).getTime() - now.getTime())
    }
  }

  private call(route: SendRoute, userId: string, text: string): Promise<ZaloSendResult> {
    if (route === 'promotion') return this.deps.client.sendPromotion(userId, text)
    if (route === 'template' && this.deps.reminderTemplate) return this.deps.client.sendTemplate(userId, this.deps.reminderTemplate.id, { [this.deps.reminderTemplate.param]: text })
    return this.deps.client.sendText(userId, text)
  }
}
