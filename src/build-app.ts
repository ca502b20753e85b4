import type { FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import type { Telegraf } from 'telegraf'
import { createTelegramBot } from './channels/telegram/telegram-bot.js'
import { registerTelegramWebhook } from './channels/telegram/telegram-webhook-route.js'
import { registerAskRoutes } from './channels/http-api/ask-route.js'
import { registerWebChat } from './channels/web/web-route.js'
import { registerZaloBot } from './channels/zalo-bot/zalo-bot-webhook-route.js'
import { ZaloBotClient } from './channels/zalo-bot/zalo-bot-client.js'
import { registerZaloOa } from './channels/zalo-oa/zalo-oa-webhook-route.js'
import { ZaloOaClient } from './channels/zalo-oa/zalo-oa-client.js'
import type { Config } from './config/config-schema.js'
import { parseNow } from './config/parse-now.js'
import { formatRowError, loadAssistant } from './content/load-assistant.js'
import type { Assistant } from './core/answers/assistant.js'
import { Conversation } from './core/conversation/conversation.js'
import type { ChatStore, TokenStore, UpdateLog } from './core/ports.js'
import { buildServer } from './server/build-server.js'
import { MemoryChatStore, MemoryTokenStore, MemoryUpdateLog } from './storage/memory-stores.js'

export interface AppStores {
  chats: ChatStore
  updates: UpdateLog
  tokens: TokenStore
  /** True when the store answers (for /readyz). */
  ping: () => Promise<boolean>
  close: () => Promise<void>
}

export interface AppDependencies {
  config: Config
  log: Logger
  stores?: AppStores
}

export interface App {
  server: FastifyInstance
  assistant: () => Assistant
  stores: AppStores
  telegram: Telegraf | null
  close: () => Promise<void>
}

/**
 * Wires content, core, store and channels together; never listens (tests use `server.inject`).
 * A channel starts only when configured, and starting never calls Telegram or Zalo.
 */
export async function buildApp({ config, log, stores: given }: AppDependencies): Promise<App> {
  const { assistant, knowledgeBase, directoryErrors } = await loadAssistant(config.CONTENT_DIR)
  for (const e of knowledgeBase.errors) log.error({ file: e.file, code: e.code }, e.message)
  for (const e of directoryErrors) log.warn(formatRowError(e))
  log.info({ documents: knowledgeBase.documents.length, places: assistant.directoryPlaces }, 'content loaded')

  const stores = given ?? memoryStores()
  const now = () => (config.NOW ? parseNow(config.NOW) : new Date())
  const server = await buildServer({ log, ready: async () => knowledgeBase.documents.length > 0 && (await stores.ping()) })
  registerAskRoutes(server, { assistant: () => assistant, now })
  await registerWebChat(server)

  const conversation = (botUsername?: string) => new Conversation({ assistant: () => assistant, chats: stores.chats, now, ...(botUsername ? { botUsername } : {}) })
  let telegram: Telegraf | null = null
  if (config.TELEGRAM_BOT_TOKEN && (config.TELEGRAM_WEBHOOK_SECRET || config.TELEGRAM_POLLING)) {
    telegram = createTelegramBot({ token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, conversation: conversation(), chats: stores.chats, log: log.child({ channel: 'telegram' }) })
    if (config.TELEGRAM_WEBHOOK_SECRET && !config.TELEGRAM_POLLING) registerTelegramWebhook(server, { bot: telegram, secret: config.TELEGRAM_WEBHOOK_SECRET, updates: stores.updates, log: log.child({ channel: 'telegram' }) })
  }
  if (config.ZALO_OA_APP_ID && config.ZALO_OA_SECRET_KEY) {
    const client = new ZaloOaClient({
      appId: config.ZALO_OA_APP_ID,
      secretKey: config.ZALO_OA_SECRET_KEY,
      apiRoot: config.ZALO_OA_API_ROOT,
      oauthRoot: config.ZALO_OAUTH_API_ROOT,
      tokens: stores.tokens,
      initial: config.ZALO_OA_ACCESS_TOKEN && config.ZALO_OA_REFRESH_TOKEN ? { accessToken: config.ZALO_OA_ACCESS_TOKEN, refreshToken: config.ZALO_OA_REFRESH_TOKEN } : null,
    })
    registerZaloOa(server, { client, appId: config.ZALO_OA_APP_ID, secretKey: config.ZALO_OA_SECRET_KEY, conversation: conversation(), chats: stores.chats, updates: stores.updates, log: log.child({ channel: 'zalo-oa' }) })
  }
  if (config.ZALO_BOT_TOKEN && config.ZALO_BOT_WEBHOOK_SECRET) {
    const client = new ZaloBotClient({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_BOT_API_ROOT })
    registerZaloBot(server, { client, secret: config.ZALO_BOT_WEBHOOK_SECRET, conversation: conversation(), updates: stores.updates, log: log.child({ channel: 'zalo-bot' }) })
  }
  return {
    server,
    assistant: () => assistant,
    stores,
    telegram,
    close: async () => {
      await server.close()
      await stores.close()
    },
  }
}

function memoryStores(): AppStores {
  return { chats: new MemoryChatStore(), updates: new MemoryUpdateLog(), tokens: new MemoryTokenStore(), ping: async () => true, close: async () => {} }
}
