import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { z } from 'zod'
import type { Conversation } from '../../core/conversation/conversation.js'
import type { UpdateLog } from '../../core/ports.js'
import { renderPlainText } from '../render-plain-text.js'
import { safeEqual } from '../safe-equal.js'
import { withTimeout } from '../with-retries.js'
import { ZALO_BOT_TEXT_LIMIT, type ZaloBotClient } from './zalo-bot-client.js'

export const ZALO_BOT_WEBHOOK_PATH = '/webhooks/zalo-bot'

const update = z.object({
  event_name: z.string(),
  message: z
    .object({
      message_id: z.union([z.string(), z.number()]).transform(String),
      chat: z.object({ id: z.union([z.string(), z.number()]).transform(String), chat_type: z.string().optional() }),
      text: z.string().max(10_000).optional(),
    })
    .passthrough(),
})

/**
 * POST /webhooks/zalo-bot: secret header checked before the body is read; the update may come
 * bare or wrapped as {ok, result}; text messages go to the conversation, others are ignored.
 */
export function registerZaloBot(app: FastifyInstance, deps: { client: ZaloBotClient; secret: string; conversation: Conversation; updates: UpdateLog; log: Logger }): void {
  app.post(
    ZALO_BOT_WEBHOOK_PATH,
    {
      onRequest: async (req, reply) => {
        if (!safeEqual(req.headers['x-bot-api-secret-token'], deps.secret)) return reply.code(401).send({ error: 'unauthorized' })
      },
    },
    async (req, reply) => {
      const body = req.body as { ok?: boolean; result?: unknown } | null
      const parsed = update.safeParse(body && typeof body === 'object' && 'result' in body ? body.result : body)
      if (!parsed.success) return reply.code(400).send({ error: 'not a Zalo Bot update' })
      const { event_name: event, message } = parsed.data
      if (event !== 'message.text.received' || message.text === undefined) return reply.code(200).send({ ok: true })
      if (!(await deps.updates.claim('zalo-bot', `${event}:${message.message_id}`))) return reply.code(200).send({ ok: true })
      try {
        const chatKind = message.chat.chat_type === 'GROUP' ? 'group' : 'private'
        const outgoing = await deps.conversation.handle({ ref: { platform: 'zalo-bot', chatId: message.chat.id }, chatKind, text: message.text })
        await withTimeout(
          (async () => {
            for (const { reply: r } of outgoing) for (const part of renderPlainText(r, ZALO_BOT_TEXT_LIMIT, { acceptsLocation: false })) await deps.client.sendMessage(message.chat.id, part)
          })(),
          20_000,
          'zalo-bot send',
        )
      } catch (error) {
        deps.log.error({ event, err: { message: (error as Error).message } }, 'zalo-bot update dropped')
      }
      return reply.code(200).send({ ok: true })
    },
  )
}
