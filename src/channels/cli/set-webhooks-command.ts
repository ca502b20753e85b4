/**
 * `npm run webhook:set`: registers the webhooks with the platforms that are configured, and the
 * Telegram command menu. The server itself never calls the platforms at start.
 */
import { Telegraf } from 'telegraf'
import { loadProcessConfig } from '../../config/load-config.js'
import { ALLOWED_UPDATES, TELEGRAM_COMMANDS } from '../telegram/telegram-bot.js'
import { TELEGRAM_WEBHOOK_PATH } from '../telegram/telegram-webhook-route.js'
import { ZaloBotClient } from '../zalo-bot/zalo-bot-client.js'
import { ZALO_BOT_WEBHOOK_PATH } from '../zalo-bot/zalo-bot-webhook-route.js'
import { ZALO_OA_WEBHOOK_PATH } from '../zalo-oa/zalo-oa-webhook-route.js'

const config = loadProcessConfig()
const base = config.PUBLIC_URL?.replace(/\/+$/, '')
let done = 0

if (config.TELEGRAM_BOT_TOKEN && config.TELEGRAM_WEBHOOK_SECRET) {
  if (!base?.startsWith('https://')) fail('PUBLIC_URL must be the public https:// address of this server')
  const telegram = new Telegraf(config.TELEGRAM_BOT_TOKEN, { telegram: { apiRoot: config.TELEGRAM_API_ROOT } }).telegram
  const url = `${base}${TELEGRAM_WEBHOOK_PATH}`
  await telegram.setWebhook(url, { secret_token: config.TELEGRAM_WEBHOOK_SECRET, allowed_updates: [...ALLOWED_UPDATES], max_connections: 40 })
  await telegram.setMyCommands([...TELEGRAM_COMMANDS])
  console.log(`✔ Telegram webhook: ${url} (${ALLOWED_UPDATES.join(', ')}), ${TELEGRAM_COMMANDS.length} commands`)
  done++
}
if (config.ZALO_BOT_TOKEN && config.ZALO_BOT_WEBHOOK_SECRET) {
  if (!base?.startsWith('https://')) fail('PUBLIC_URL must be the public https:// address of this server')
  const url = `${base}${ZALO_BOT_WEBHOOK_PATH}`
  await new ZaloBotClient({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_BOT_API_ROOT }).setWebhook(url, config.ZALO_BOT_WEBHOOK_SECRET)
  console.log(`✔ Zalo Bot webhook: ${url}`)
  done++
}
if (config.ZALO_OA_APP_ID) {
  console.log(`ℹ Zalo OA: set the webhook URL ${base ?? '<PUBLIC_URL>'}${ZALO_OA_WEBHOOK_PATH} in the app's settings on developers.zalo.me (events: user_send_text, user_send_location, follow, unfollow).`)
}
if (!done) console.log('Nothing to register: set TELEGRAM_BOT_TOKEN + TELEGRAM_WEBHOOK_SECRET and/or ZALO_BOT_TOKEN + ZALO_BOT_WEBHOOK_SECRET, and PUBLIC_URL.')

function fail(message: string): never {
  console.error(`✘ ${message}`)
  process.exit(1)
}
