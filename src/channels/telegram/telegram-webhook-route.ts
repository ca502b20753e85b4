import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import type { Telegraf } from 'telegraf'
import type { Update } from 'telegraf/types'
import type { UpdateLog } from '../../core/ports.js'
import { safeEqual } from '../safe-equal.js'
import { withTimeout } from '../with-retries.js'
import { ensureBotInfo } from './telegram-bot.js'

export const TELEGRAM_WEBHOOK_PATH = '/webhooks/telegram'
const SECRET_HEADER = 'x-telegram-bot-api-secret-token'
/** Longer than the answer time limit: an attempt older than this without finishing has died. */
const UPDATE_LEASE_MS = 30_000

/**
 * POST /webhooks/telegram. The secret header is checked before the body is even read (401,
 * nothing processed); each update_id is handled once; the update is answered inline (the
 * assistant takes milliseconds) under a time limit, and a failing answer still returns 200 so
 * Telegram does not hold this chat's queue retrying it. An update is recorded as done only after
 * it was handled: if the process dies mid-answer, Telegram's retry is answered. When Telegram
 * itself is unreachable (getMe fails) the answer is 503 and Telegram retries later.
 */
export function registerTelegramWebhook(app: FastifyInstance, deps: { bot: Telegraf; secret: string; updates: UpdateLog; log: Logger; leaseMs?: number }): void {
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
      try {
        await ensureBotInfo(deps.bot)
      } catch (error) {
        deps.log.error({ updateId: update.update_id, err: error }, 'telegram unavailable; update left for Telegram to retry')
        return reply.code(503).header('retry-after', '10').send({ error: 'temporarily unavailable' })
      }
      const id = String(update.update_id)
      const state = await deps.updates.begin('telegram', id, deps.leaseMs ?? UPDATE_LEASE_MS)
      if (state === 'done') return reply.code(200).send()
      if (state === 'busy') return reply.code(503).header('retry-after', '10').send({ error: 'update is being handled' })
      try {
        await withTimeout(deps.bot.handleUpdate(update as Update), 25_000, 'telegram update')
      } catch (error) {
        deps.log.error({ updateId: update.update_id, err: error }, 'telegram update dropped')
      }
      await deps.updates.complete('telegram', id)
      return reply.code(200).send()
    },
  )
}
