import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { z } from 'zod'
import type { Conversation, IncomingMessage } from '../../core/conversation/conversation.js'
import type { ChatStore, UpdateLog } from '../../core/ports.js'
import { renderPlainText } from '../render-plain-text.js'
import { withTimeout } from '../with-retries.js'
import { ZALO_TEXT_LIMIT, ZaloApiError, type ZaloOaClient } from './zalo-oa-client.js'
import { verifyZaloOaSignature } from './zalo-oa-signature.js'

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

/**
 * POST /webhooks/zalo-oa. The body is kept as raw bytes so the signature is computed over
 * exactly what Zalo sent; a bad signature is 401 and nothing is processed.
 */
export function registerZaloOa(
  app: FastifyInstance,
  deps: { client: ZaloOaClient; appId: string; secretKey: string; conversation: Conversation; chats: ChatStore; updates: UpdateLog; log: Logger },
): void {
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
      try {
        await withTimeout(handleEvent(head.data.event_name, json, deps), 20_000, 'zalo-oa event')
      } catch (error) {
        deps.log.error({ event: head.data.event_name, err: { message: (error as Error).message } }, 'zalo-oa event dropped')
      }
      return reply.code(200).send({ ok: true })
    })
  })
}

async function handleEvent(name: string, json: unknown, deps: Parameters<typeof registerZaloOa>[1]): Promise<void> {
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
    await deps.chats.update(ref, { active: name === 'follow', kind: 'private' })
    // Following the OA subscribes to the Action Month messages; unfollowing ends every subscription.
    if (name === 'follow') {
      await deps.chats.subscribe(ref, 'thang-hanh-dong')
      incoming = { ref, chatKind: 'private', text: '/start' }
    } else {
      await deps.chats.unsubscribe(ref, null)
    }
  } else {
    // Echoes of our own messages (oa_send_*), receipts and other events need no answer.
    return
  }
  if (!incoming) return
  if (messageId && !(await deps.updates.claim('zalo-oa', messageId))) return
  const outgoing = await deps.conversation.handle(incoming)
  for (const { reply } of outgoing) {
    for (const part of renderPlainText(reply, ZALO_TEXT_LIMIT)) {
      try {
        await deps.client.sendText(incoming.ref.chatId, part)
      } catch (error) {
        if (error instanceof ZaloApiError && error.unreachable) {
          await deps.chats.update(incoming.ref, { active: false })
          return
        }
        throw error
      }
    }
  }
}
