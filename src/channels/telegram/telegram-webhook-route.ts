import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import type { Telegraf } from 'telegraf'
import type { Update } from 'telegraf/types'
import type { UpdateLog } from '../../core/ports.js'
import { safeEqual } from '../safe-equal.js'
import { withTimeout } from '../with-retries.js'

export const TELEGRAM_WEBHOOK_PATH = '/webhooks/telegram'
const SECRET_HEADER = 'x-telegram-bot-api-secret-token'

/**
 * POST /webhooks/telegram. The secret header is checked before the body is even read (401,
 * nothing processed); each update_id is handled once; the update is answered inline (the
 * assistant takes milliseconds) under a time limit, and any failure still returns 200 so
 * Telegram does not hold this chat's queue retrying it.
 */
export function registerTelegramWebhook(app: FastifyInstance, deps: { bot: Telegraf; secret: string; updates: UpdateLog; log: Logger }): void {
  app.post(
    TELEGRAM_WEBHOOK_PATH,
    {
      onRequest: async (req, reply) => {
        if (!safeEqual(req.headers[SECRET_HEADER], deps.secret)) return reply.code(401).send({ error: 'unauthorized' })
      },
    },
    async (req, reply) => {
      const update = req.body as Partial<Update> | null
      if (!update || typeof update !== 'object' || typeof update.update_id !== 'number') return reply.code(400).send({ error: 'not a Telegram update' })
      if (!(await deps.updates.claim('telegram', String(update.update_id)))) return reply.code(200).send()
      try {
        await withTimeout(deps.bot.handleUpdate(update as Update), 25_000, 'telegram update')
      } catch (error) {
        deps.log.error({ updateId: update.update_id, err: { message: (error as Error).message } }, 'telegram update dropped')
      }
      return reply.code(200).send()
    },
  )
}
