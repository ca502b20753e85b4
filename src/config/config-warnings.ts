import type { Config } from './config-schema.js'

/**
 * Channels that are half configured and therefore stay off: said out loud at start, instead of
 * a bot that silently never answers. (Combinations that can never work are errors in the schema.)
 */
export function configWarnings(c: Config): string[] {
  const warnings: string[] = []
  if (c.TELEGRAM_BOT_TOKEN && !c.TELEGRAM_WEBHOOK_SECRET && !c.TELEGRAM_POLLING) warnings.push('Telegram is off: TELEGRAM_BOT_TOKEN is set but neither TELEGRAM_WEBHOOK_SECRET (webhook) nor TELEGRAM_POLLING=true')
  if (c.ZALO_BOT_TOKEN && !c.ZALO_BOT_WEBHOOK_SECRET) warnings.push('Zalo Bot is off: ZALO_BOT_TOKEN is set without ZALO_BOT_WEBHOOK_SECRET')
  if (!c.ZALO_BOT_TOKEN && c.ZALO_BOT_WEBHOOK_SECRET) warnings.push('Zalo Bot is off: ZALO_BOT_WEBHOOK_SECRET is set without ZALO_BOT_TOKEN')
  if (!c.ZALO_OA_APP_ID && (c.ZALO_OA_SECRET_KEY || c.ZALO_OA_ACCESS_TOKEN || c.ZALO_OA_REFRESH_TOKEN)) warnings.push('Zalo OA is off: ZALO_OA_APP_ID is not set')
  if (c.ZALO_OA_APP_ID && Boolean(c.ZALO_OA_ACCESS_TOKEN) !== Boolean(c.ZALO_OA_REFRESH_TOKEN)) warnings.push('Zalo OA: set ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN together (one without the other is ignored)')
  if (c.TELEGRAM_POLLING && !c.TELEGRAM_BOT_TOKEN) warnings.push('Telegram is off: TELEGRAM_POLLING=true without TELEGRAM_BOT_TOKEN')
  return warnings
}
