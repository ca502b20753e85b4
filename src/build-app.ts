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
import { configWarnings } from './config/config-warnings.js'
import { parseNow } from './config/parse-now.js'
import { loadLiveContent, type ContentReport } from './content/reload-content.js'
import { Assistant } from './core/answers/assistant.js'
import { Conversation } from './core/conversation/conversation.js'
import type { Messenger } from './core/broadcasts/broadcast.js'
import type { Campaign } from './core/broadcasts/campaign.js'
import { abortableSleep, runSender } from './core/broadcasts/run-sender.js'
import { schedulerTick } from './core/broadcasts/run-scheduler.js'
import type { Platform } from './core/ports.js'
import { buildServer } from './server/build-server.js'
import { createStores, type Stores } from './storage/create-stores.js'
import { registerAdminRoutes } from './channels/http-api/admin-routes.js'
import { registerDeadlinesIcs } from './channels/http-api/deadlines-ics-route.js'
import { TelegramMessenger } from './channels/telegram/telegram-messenger.js'
import { ZaloOaMessenger } from './channels/zalo-oa/zalo-oa-messenger.js'
import { ZaloBotMessenger } from './channels/zalo-bot/zalo-bot-messenger.js'

export interface AppDependencies {
  config: Config
  log: Logger
  stores?: Stores
  /** How long an unfinished incoming update counts as being answered (default 30 s); tests shorten it. */
  updateLeaseMs?: number
}

export interface App {
  server: FastifyInstance
  assistant: () => Assistant
  stores: Stores
  telegram: Telegraf | null
  /** The live campaigns (a reload may change them). */
  campaigns: () => Campaign[]
  messengers: Partial<Record<Platform, Messenger>>
  /** Re-reads content/ and swaps it in at once (questions in flight finish on the old); broken files keep their last good version. */
  reloadContent: () => Promise<ContentReport>
  /** Starts the broadcast scheduler and, when this instance holds the lock, the sender. */
  startBackground: (options?: { schedulerIntervalMs?: number; lockRetryMs?: number }) => { stop: () => Promise<void> }
  close: () => Promise<void>
}

/**
 * Wires content, core, store and channels together; never listens (tests use `server.inject`).
 * A channel starts only when configured, and starting never calls Telegram or Zalo.
 */
export async function buildApp({ config, log, stores: given, updateLeaseMs }: AppDependencies): Promise<App> {
  for (const warning of configWarnings(config)) log.warn(warning)
  const loaded = await loadLiveContent(config.CONTENT_DIR, null, { cacheDir: config.DATA_DIR })
  for (const problem of loaded.report.problems) log.warn({ problem }, 'content problem')
  log.info({ documents: loaded.report.documents, places: loaded.report.places, campaigns: loaded.report.campaigns, indexFromCache: loaded.indexFromCache }, 'content loaded')
  // What the bot serves right now; a reload replaces it whole (see reloadContent below).
  let live = loaded.live
  const assistant = new Assistant(loaded.snapshot, loaded.directory)

  const stores = given ?? (await createStores({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, glossary: live.glossary }))
  // NOW fixes "today" for answers and what is due; the outbox always runs on the real clock
  // (a frozen clock would never reach a retry's time and would stretch the pacing).
  const now = () => (config.NOW ? parseNow(config.NOW) : new Date())
  const clock = () => new Date()
  const messengers: Partial<Record<Platform, Messenger>> = {}
  const server = await buildServer({ log, trustProxy: config.TRUST_PROXY, ready: async () => assistant.knowledge.documents.length > 0 && (await stores.ping()) })
  registerAskRoutes(server, { assistant: () => assistant, now })
  registerDeadlinesIcs(server, { assistant: () => assistant, now })
  await registerWebChat(server)
  if (config.ADMIN_TOKEN) registerAdminRoutes(server, { token: config.ADMIN_TOKEN, stores, now })

  const conversation = (botUsername?: string) => new Conversation({ assistant: () => assistant, chats: stores.chats, now, ...(botUsername ? { botUsername } : {}) })
  let telegram: Telegraf | null = null
  if (config.TELEGRAM_BOT_TOKEN && (config.TELEGRAM_WEBHOOK_SECRET || config.TELEGRAM_POLLING)) {
    telegram = createTelegramBot({ token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, conversation: conversation(), chats: stores.chats, log: log.child({ channel: 'telegram' }) })
    if (config.TELEGRAM_WEBHOOK_SECRET && !config.TELEGRAM_POLLING) registerTelegramWebhook(server, { bot: telegram, secret: config.TELEGRAM_WEBHOOK_SECRET, updates: stores.updates, log: log.child({ channel: 'telegram' }), ...(updateLeaseMs ? { leaseMs: updateLeaseMs } : {}) })
    messengers.telegram = new TelegramMessenger({ token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT })
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
    messengers['zalo-oa'] = new ZaloOaMessenger(client)
    registerZaloOa(server, { client, appId: config.ZALO_OA_APP_ID, secretKey: config.ZALO_OA_SECRET_KEY, conversation: conversation(), chats: stores.chats, updates: stores.updates, log: log.child({ channel: 'zalo-oa' }) })
  }
  if (config.ZALO_BOT_TOKEN && config.ZALO_BOT_WEBHOOK_SECRET) {
    const client = new ZaloBotClient({ token: config.ZALO_BOT_TOKEN, apiRoot: config.ZALO_BOT_API_ROOT })
    messengers['zalo-bot'] = new ZaloBotMessenger(client)
    registerZaloBot(server, { client, secret: config.ZALO_BOT_WEBHOOK_SECRET, conversation: conversation(), updates: stores.updates, log: log.child({ channel: 'zalo-bot' }) })
  }
  const background = new Set<{ stop: () => Promise<void> }>()
  const senderLog = log.child({ component: 'broadcasts' })
  const startBackground: App['startBackground'] = (options = {}) => {
    const abort = new AbortController()
    const tick = () =>
      schedulerTick({
        store: stores.broadcasts,
        campaigns: () => [...live.campaigns.values()],
        knowledge: () => assistant.knowledge,
        now,
        clock,
        log: senderLog,
        // Platforms stop retrying an update within a day; two days of ids are plenty.
        housekeeping: (at) => stores.updates.prune(new Date(at.getTime() - 2 * 86_400_000)),
      }).catch((error: Error) => senderLog.error({ err: { message: error.message } }, 'scheduler tick failed'))
    void tick()
    const timer = setInterval(tick, options.schedulerIntervalMs ?? 30_000)
    const lock = stores.senderLock()
    const sending = (async () => {
      if (!Object.keys(messengers).length) return
      // Exactly one sender per bot: wait for the lock, then drain the outbox until stopped.
      while (!abort.signal.aborted) {
        try {
          if (await lock.tryAcquire()) {
            senderLog.info({}, 'this instance is the broadcast sender')
            // Stops at once when asked to, or when the lock is lost (another instance may take over).
            await runSender({ store: stores.broadcasts, messengers, now: clock, log: senderLog }, AbortSignal.any([abort.signal, lock.held]))
            if (lock.held.aborted && !abort.signal.aborted) senderLog.warn({ err: lock.held.reason }, 'broadcast sender lock lost; stopped sending')
          }
        } catch (error) {
          senderLog.error({ err: { message: (error as Error).message } }, 'broadcast sender stopped; retrying')
        }
        await abortableSleep(options.lockRetryMs ?? 5_000, abort.signal)
      }
    })()
    const handle = {
      stop: async () => {
        abort.abort()
        clearInterval(timer)
        await sending
        await lock.release()
        background.delete(handle)
      },
    }
    background.add(handle)
    return handle
  }

  const reloadContent: App['reloadContent'] = async () => {
    const fresh = await loadLiveContent(config.CONTENT_DIR, live, { cacheDir: config.DATA_DIR })
    for (const problem of fresh.report.problems) log.warn({ problem }, 'content problem')
    if (fresh.report.keptPrevious.length) log.warn({ kept: fresh.report.keptPrevious }, 'content reload: broken files keep their last good version')
    live = fresh.live
    assistant.reload(fresh.snapshot)
    assistant.reloadDirectory(fresh.directory)
    log.info({ documents: fresh.report.documents, places: fresh.report.places, campaigns: fresh.report.campaigns }, 'content reloaded')
    return fresh.report
  }

  return {
    server,
    assistant: () => assistant,
    stores,
    telegram,
    campaigns: () => [...live.campaigns.values()],
    messengers,
    reloadContent,
    startBackground,
    close: async () => {
      for (const b of [...background]) await b.stop()
      await server.close()
      await stores.close()
    },
  }
}
