import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { z } from 'zod'
import type { SubscriberStateStore } from '../../core/broadcasts/subscriber-state.js'
import type { Conversation, IncomingMessage } from '../../core/conversation/conversation.js'
import type { ChatStore, Platform, UpdateLog } from '../../core/ports.js'
import { renderPlainText } from '../render-plain-text.js'
import { withTimeout } from '../with-retries.js'
import { classifyZaloError } from './classify-zalo-error.js'
import { ZALO_TEXT_LIMIT, type ZaloOaClient } from './zalo-oa-client.js'
import { verifyZaloOaSignature } from './zalo-oa-signature.js'
import { deliveryIdOfTracking } from './zns-tracking-id.js'

export const ZALO_OA_WEBHOOK_PATH = '/webhooks/zalo-oa'

const envelope = z.object({ app_id: z.union([z.string(), z.number()]).transform(String), event_name: z.string(), timestamp: z.union([z.string(), z.number()]).transform(String) }).passthrough()
const textEvent = z.object({ sender: z.object({ id: z.string() }), message: z.object({ msg_id: z.string(), text: z.string().max(10_000) }) })
const locationEvent = z.object({
  sender: z.object({ id: z.string() }),
  message: z.object({
    msg_id: z.string(),
    attachments: z.array(z.object({ type: z.literal('location'), payload: z.object({ coordinates: z.object({ latitude: z.coerce.number(), longitude: z.coerce.number() }) }) })).min(1),
  }),
})
const followEvent = z.object({ follower: z.object({ id: z.string() }) })
const id = z.union([z.string(), z.number()]).transform(String)
// OA receipts carry `msg_ids` (seen) or `msg_id` (received); ZNS receipts (same event name) add
// `delivery_time` (ms) and our `tracking_id`, and name the phone (or its hash) as the recipient.
const receiptEvent = z.object({ message: z.object({ msg_ids: z.array(id).optional(), msg_id: id.optional(), delivery_time: id.optional(), tracking_id: id.optional() }).passthrough() })

/** Receipts are folded into outbox rows by message id. */
export interface ReceiptSink {
  record(platform: Platform, messageIds: string[], kind: 'delivered' | 'seen', at: Date): Promise<number>
  /** A ZNS (template by phone) receipt: into rows sent by that route, by Zalo's msg_id or our tracking id (the row id). */
  recordZns(messageIds: string[], deliveryIds: number[], at: Date): Promise<number>
}

export interface ZaloOaWebhookDeps {
  client: ZaloOaClient
  appId: string
  secretKey: string
  conversation: Conversation
  chats: ChatStore
  states: SubscriberStateStore
  receipts: ReceiptSink
  updates: UpdateLog
  log: Logger
  /** Events whose body timestamp is further than this from now are refused (replays). */
  maxSkewMs: number
  /** The real clock (not the NOW demo date): replay protection compares with Zalo's timestamps. */
  clock?: () => number
}

/**
 * POST /webhooks/zalo-oa. The body is kept as raw bytes so the signature is computed over
 * exactly what Zalo sent; a bad signature is 401 and nothing is processed.
 */
export function registerZaloOa(app: FastifyInstance, deps: ZaloOaWebhookDeps): void {
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body))
    scope.post(ZALO_OA_WEBHOOK_PATH, async (req, reply) => {
      const raw = (req.body as Buffer | undefined)?.toString('utf8') ?? ''
      let json: unknown
      try {
        json = JSON.parse(raw)
      } catch {
        return reply.code(400).send({ error: 'malformed JSON body' })
      }
      const head = envelope.safeParse(json)
      if (!head.success) return reply.code(400).send({ error: 'not a Zalo OA event' })
      if (head.data.app_id !== deps.appId || !verifyZaloOaSignature(req.headers['x-zevent-signature'], deps.appId, raw, head.data.timestamp, deps.secretKey)) {
        return reply.code(401).send({ error: 'bad signature' })
      }
      // No nonce in Zalo events: a signed event replayed later is refused by its timestamp (ms).
      const eventAt = Number(head.data.timestamp)
      if (!Number.isFinite(eventAt) || Math.abs((deps.clock ?? Date.now)() - eventAt) > deps.maxSkewMs) {
        deps.log.warn({ event: head.data.event_name }, 'zalo-oa event refused: timestamp too far from now')
        return reply.code(400).send({ error: 'stale or future event timestamp' })
      }
      try {
        await withTimeout(handleEvent(head.data.event_name, json, new Date(eventAt), deps), 20_000, 'zalo-oa event')
      } catch (error) {
        deps.log.error({ event: head.data.event_name, err: { message: (error as Error).message } }, 'zalo-oa event dropped')
      }
      return reply.code(200).send({ ok: true })
    })
  })
}

async function handleEvent(name: string, json: unknown, eventAt: Date, deps: ZaloOaWebhookDeps): Promise<void> {
  let incoming: IncomingMessage | null = null
  let messageId: string | null = null
  if (name === 'user_send_text') {
    const e = textEvent.parse(json)
    messageId = e.message.msg_id
    incoming = { ref: { platform: 'zalo-oa', chatId: e.sender.id }, chatKind: 'private', text: e.message.text }
  } else if (name === 'user_send_location') {
    const e = locationEvent.parse(json)
    messageId = e.message.msg_id
    const { latitude, longitude } = e.message.attachments[0]!.payload.coordinates
    incoming = { ref: { platform: 'zalo-oa', chatId: e.sender.id }, chatKind: 'private', location: { latitude, longitude } }
  } else if (name === 'follow' || name === 'unfollow') {
    const e = followEvent.parse(json)
    const ref = { platform: 'zalo-oa' as const, chatId: e.follower.id }
    if (!(await deps.chats.get(ref))) await deps.chats.update(ref, { kind: 'private' })
    // Applied only when newer than the last follow/unfollow seen for this user: a repeated or late event changes nothing.
    if (!(await deps.states.applyFollow(ref, name === 'follow', eventAt))) return
    await deps.chats.update(ref, { active: name === 'follow' })
    // Following the OA subscribes to the Action Month messages; unfollowing ends every subscription.
    if (name === 'follow') {
      await deps.chats.subscribe(ref, 'thang-hanh-dong')
      incoming = { ref, chatKind: 'private', text: '/start' }
    } else {
      await deps.chats.unsubscribe(ref, null)
    }
  } else if (name === 'user_received_message' || name === 'user_seen_message') {
    const e = receiptEvent.parse(json)
    const ids = [...(e.message.msg_ids ?? []), ...(e.message.msg_id ? [e.message.msg_id] : [])]
    if (name === 'user_received_message' && e.message.delivery_time !== undefined) {
      // ZNS: delivered when Zalo says it reached the phone, not when the event was posted.
      const deliveredAt = Number(e.message.delivery_time)
      const tracked = deliveryIdOfTracking(e.message.tracking_id)
      await deps.receipts.recordZns(ids, tracked === null ? [] : [tracked], Number.isFinite(deliveredAt) && deliveredAt > 0 ? new Date(deliveredAt) : eventAt)
      return
    }
    await deps.receipts.record('zalo-oa', ids, name === 'user_seen_message' ? 'seen' : 'delivered', eventAt)
    return
  } else {
    // Echoes of our own messages (oa_send_*) and other events need no answer.
    return
  }
  if (!incoming) return
  if (messageId && !(await deps.updates.claim('zalo-oa', messageId))) return
  const outgoing = await deps.conversation.handle(incoming)
  // The user wrote (or followed): the 7-day consultation window reopens.
  await deps.states.touchInbound(incoming.ref, eventAt)
  for (const { reply } of outgoing) {
    for (const part of renderPlainText(reply, ZALO_TEXT_LIMIT)) {
      try {
        await deps.client.sendText(incoming.ref.chatId, part)
      } catch (error) {
        // One attempt; what Zalo's answer says about the user is kept (never unsubscribes on a closed window).
        const c = classifyZaloError(error, 'cs')
        if (c.change) await deps.states.apply(incoming.ref, c.change, eventAt)
        if (c.kind !== 'retry') return
        throw error
      }
    }
  }
}
