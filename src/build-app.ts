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
import { createZaloOaClient } from './channels/zalo-oa/create-zalo-oa-client.js'
import type { Config } from './config/config-schema.js'
import { followerCaps, phoneTemplateId, resolveCityCodes, zaloRouting } from './config/zalo-rules-config.js'
import { configWarnings } from './config/config-warnings.js'
import { parseNow } from './config/parse-now.js'
import { loadLiveContent, type ContentReport } from './content/reload-content.js'
import { Assistant } from './core/answers/assistant.js'
import { Conversation } from './core/conversation/conversation.js'
import type { Messenger } from './core/broadcasts/broadcast.js'
import type { Campaign } from './core/broadcasts/campaign.js'
import { warningsOfCampaign } from './core/broadcasts/campaign-planner.js'
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
import { DocumentLibrary } from './content/documents/document-library.js'
import { registerDocumentRoutes } from './channels/http-api/document-routes.js'
import { plannerStore } from './storage/planner-store.js'
import { registerConsole, type ConsoleDependencies } from './channels/console/register-console.js'
import { storeLifecycle } from './channels/console/broadcast-lifecycle-adapter.js'
import { recipientPreviewer, zaloCapsPlanner } from './channels/console/recipient-preview.js'
import { startDueApproved } from './channels/console/broadcast-routes.js'
import { liveDirectory } from './channels/console/live-directory.js'
import { liveCampaigns } from './channels/console/live-campaigns.js'
import { documentLibraryPort } from './channels/console/document-library-adapter.js'
import { vietnamDay } from './channels/console/vietnam-time.js'

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
  /** Uploaded documents: preview, publish, unpublish (the admin routes and the console call it). */
  documents: DocumentLibrary
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
  // The content/ plans' snapshot; published documents are laid over it by the document library.
  let baseSnapshot = loaded.snapshot
  const assistant = new Assistant(loaded.snapshot, loaded.directory)

  // Operator config checked against the glossary: a city code for a province the bot does not know stops the start
  // (before the store is opened, so nothing is left open).
  const cityCodes = resolveCityCodes(config.ZALO_OA_CITY_CODES, live.glossary)
  const plannerRules = { routing: zaloRouting(config), caps: followerCaps(config), cityCodes }

  const stores = given ?? (await createStores({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, glossary: live.glossary }))
  // NOW fixes "today" for answers and what is due; the outbox always runs on the real clock
  // (a frozen clock would never reach a retry's time and would stretch the pacing).
  const documents = new DocumentLibrary({
    repository: stores.documents,
    assistant,
    base: () => ({ documents: live.documents, glossary: live.glossary, snapshot: baseSnapshot }),
    now: () => new Date(),
    log: log.child({ component: 'documents' }),
    read: { maxBytes: config.DOCUMENT_MAX_MB * 1024 * 1024 },
  })
  // Documents published through the admin API or the console join the bundled seed before the first question.
  await documents.refresh()
  // Zalo's per-follower caps: a campaign that exceeds them, doubles up a day or sends at night is named at load.
  for (const c of live.campaigns.values()) for (const w of warningsOfCampaign(c, followerCaps(config))) log.warn({ campaign: c.id, code: w.code, messages: w.messageIds }, w.message)
  const now = () => (config.NOW ? parseNow(config.NOW) : new Date())
  const clock = () => new Date()
  const messengers: Partial<Record<Platform, Messenger>> = {}
  const server = await buildServer({ log, trustProxy: config.TRUST_PROXY, ready: async () => assistant.knowledge.documents.length > 0 && (await stores.ping()) })
  registerAskRoutes(server, { assistant: () => assistant, now })
  registerDeadlinesIcs(server, { assistant: () => assistant, now })
  await registerWebChat(server)
  registerAdminRoutes(server, { token: config.ADMIN_TOKEN, stores, now, planner: plannerRules })
  registerDocumentRoutes(server, { token: config.ADMIN_TOKEN, users: stores.users, library: documents, audit: stores.audit, maxBytes: config.DOCUMENT_MAX_MB * 1024 * 1024 })
  // Places edited in the console (in the store) are laid over shelters.csv, now and after every reload.
  const directory = liveDirectory(() => assistant, stores.directoryPlaces)
  await directory.applyStoredEdits()
  // Campaigns edited in the console (in the store) override the YAML files' by id; re-read every tick.
  const campaignSchedule = liveCampaigns(() => [...live.campaigns.values()], stores.campaigns)
  await campaignSchedule.refresh()
  // Questions per day by kind and outcome for the console's overview: counts only, never the text.
  assistant.onAnswer(({ intent, found }, at) => void stores.questionCounts.add(vietnamDay(at), intent, found).catch((error: Error) => log.warn({ err: { message: error.message } }, 'question counter not updated')))
  const consoleDeps: ConsoleDependencies = {
    stores,
    glossary: () => assistant.knowledge.glossary,
    now,
    lifecycle: storeLifecycle(stores.broadcasts),
    previewer: recipientPreviewer(stores.broadcasts, zaloCapsPlanner(plannerStore(stores), plannerRules, now)),
    directory,
    campaigns: campaignSchedule,
    documents: documentLibraryPort(documents),
  }
  await registerConsole(server, consoleDeps)

  const conversation = (botUsername?: string) => new Conversation({ assistant: () => assistant, chats: stores.chats, phones: stores.phones, now, ...(botUsername ? { botUsername } : {}) })
  let telegram: Telegraf | null = null
  if (config.TELEGRAM_BOT_TOKEN && (config.TELEGRAM_WEBHOOK_SECRET || config.TELEGRAM_POLLING)) {
    telegram = createTelegramBot({ token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT, conversation: conversation(), chats: stores.chats, log: log.child({ channel: 'telegram' }) })
    if (config.TELEGRAM_WEBHOOK_SECRET && !config.TELEGRAM_POLLING) registerTelegramWebhook(server, { bot: telegram, secret: config.TELEGRAM_WEBHOOK_SECRET, updates: stores.updates, log: log.child({ channel: 'telegram' }), ...(updateLeaseMs ? { leaseMs: updateLeaseMs } : {}) })
    messengers.telegram = new TelegramMessenger({ token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT })
  }
  const zaloOa = createZaloOaClient(config, stores.tokens)
  if (zaloOa && config.ZALO_OA_APP_ID && config.ZALO_OA_SECRET_KEY) {
    const client = zaloOa
    const znsTemplate = phoneTemplateId(config)
    messengers['zalo-oa'] = new ZaloOaMessenger({
      client,
      states: stores.states,
      ledger: stores.ledger,
      routing: zaloRouting(config),
      caps: followerCaps(config),
      cityCodes,
      ...(config.ZALO_OA_REMINDER_TEMPLATE_ID ? { reminderTemplate: { id: config.ZALO_OA_REMINDER_TEMPLATE_ID, param: config.ZALO_OA_REMINDER_TEMPLATE_PARAM } } : {}),
      ...(znsTemplate ? { phoneTemplate: { id: znsTemplate, param: config.ZALO_OA_REMINDER_TEMPLATE_PARAM } } : {}),
      phones: stores.phones,
      // The sender's clock (real time even when NOW fixes "today"): quota days and the night ban follow it.
      now: clock,
    })
    registerZaloOa(server, {
      client,
      appId: config.ZALO_OA_APP_ID,
      secretKey: config.ZALO_OA_SECRET_KEY,
      conversation: conversation(),
      chats: stores.chats,
      states: stores.states,
      receipts: stores.receipts,
      updates: stores.updates,
      log: log.child({ channel: 'zalo-oa' }),
      maxSkewMs: config.ZALO_OA_WEBHOOK_MAX_SKEW_SECONDS * 1000,
    })
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
      startDueApproved(consoleDeps, now())
        .then(() => campaignSchedule.refresh())
        .then(() =>
          schedulerTick({
            store: stores.broadcasts,
            campaigns: () => campaignSchedule.current(),
            knowledge: () => assistant.knowledge,
            now,
            clock,
            log: senderLog,
            // Platforms stop retrying an update within a day; two days of ids are plenty. Phones
            // given with /sdt and never confirmed are deleted once their consent request expired.
            housekeeping: (at) => Promise.all([stores.updates.prune(new Date(at.getTime() - 2 * 86_400_000)), stores.phones.purgeExpired(at)]),
          }),
        )
        .catch((error: Error) => senderLog.error({ err: { message: error.message } }, 'scheduler tick failed'))
    void tick()
    const timer = setInterval(tick, options.schedulerIntervalMs ?? 30_000)
    const lock = stores.senderLock()
    const watching = documents.watch(config.DOCUMENTS_POLL_MS)
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
        await watching.stop()
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
    baseSnapshot = fresh.snapshot
    // Swaps in content/ plans plus the published documents at once.
    await documents.refresh()
    assistant.reloadDirectory(fresh.directory)
    await directory.applyStoredEdits()
    await campaignSchedule.refresh()
    log.info({ documents: assistant.knowledge.documents.length, places: fresh.report.places, campaigns: fresh.report.campaigns }, 'content reloaded')
    return { ...fresh.report, documents: assistant.knowledge.documents.length }
  }

  return {
    server,
    assistant: () => assistant,
    stores,
    telegram,
    campaigns: () => campaignSchedule.current(),
    messengers,
    documents,
    reloadContent,
    startBackground,
    close: async () => {
      for (const b of [...background]) await b.stop()
      await server.close()
      await stores.close()
    },
  }
}
