import type { Logger } from 'pino'
import type { Telegraf } from 'telegraf'
import { abortableSleep } from '../../core/broadcasts/run-sender.js'
import { ALLOWED_UPDATES, ensureBotInfo } from './telegram-bot.js'

/**
 * Long polling (local development) that outlives a Telegram outage: a failed getMe or a poll that
 * stops with an error is retried with capped backoff until `signal` aborts, instead of leaving a
 * bot that never answers until a restart.
 */
export async function runPolling(bot: Telegraf, options: { log: Logger; signal: AbortSignal; sleep?: (ms: number, signal?: AbortSignal) => Promise<void> }): Promise<void> {
  const sleep = options.sleep ?? abortableSleep
  for (let attempt = 0; !options.signal.aborted; attempt++) {
    try {
      await ensureBotInfo(bot)
      // Resolves when polling is stopped (bot.stop on shutdown).
      await bot.launch({ allowedUpdates: [...ALLOWED_UPDATES] })
      return
    } catch (error) {
      if (options.signal.aborted) return
      const waitMs = Math.min(60_000, 1000 * 2 ** attempt)
      options.log.error({ err: error, retryInMs: waitMs }, 'telegram polling failed; retrying')
      await sleep(waitMs, options.signal)
    }
  }
}
