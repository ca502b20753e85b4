import { getEventListeners } from 'node:events'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { TelegramMessenger } from '../../src/channels/telegram/telegram-messenger.js'
import { changeBroadcast } from '../../src/core/broadcasts/broadcast-lifecycle.js'
import { runSender } from '../../src/core/broadcasts/run-sender.js'
import type { Stores } from '../../src/storage/create-stores.js'
import { FakeTelegramApi } from '../fakes/fake-telegram-api.js'
import { TELEGRAM_SECRET, TELEGRAM_TOKEN, testApp } from '../helpers/test-app.js'
import { POSTGRES_URL, freshStores, secondInstance } from '../helpers/test-stores.js'

/** Issue 12, scenarios 2, 4, 11 and 12: the outbox under faults. */
const fake = new FakeTelegramApi()
const quiet = { info: () => {}, warn: () => {}, error: () => {} }
beforeAll(() => fake.start())
afterAll(() => fake.stop())
beforeEach(() => {
  fake.calls.length = 0
  fake.delivered.clear()
  fake.limits = {}
  fake.rateLimited = 0
})

async function waitFor(condition: () => boolean | Promise<boolean>, ms: number, what: string) {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** A broadcast to `count` subscribers of 'tin-tuc' (no campaign or reminder uses that topic), started. */
async function startedBroadcast(stores: Stores, count: number): Promise<number> {
  for (let i = 0; i < count; i++) await stores.chats.subscribe({ platform: 'telegram', chatId: String(20_000 + i) }, 'tin-tuc')
  const { id } = await stores.broadcasts.create({ text: 'Tin mới', audience: { topic: 'tin-tuc' }, createdBy: 'test' })
  expect(await changeBroadcast(stores.broadcasts, id, 'start', new Date())).toMatchObject({ ok: true, enqueued: count })
  return id
}

const duplicates = () => [...fake.delivered.values()].reduce((n, c) => n + c - 1, 0)
const arrived = () => fake.delivered.size

describe('pause and cancel stop the claimed batch; the report tells the truth (scenario 4)', () => {
  let stores: Stores
  beforeEach(async () => {
    stores = await freshStores('sqlite')
  })
  afterEach(() => stores.close())

  it('sends nothing more than what was in flight after pause or cancel', async () => {
    const id = await startedBroadcast(stores, 200)
    const abort = new AbortController()
    const sender = runSender({ store: stores.broadcasts, messengers: { telegram: new TelegramMessenger({ token: '1:x', apiRoot: fake.url }) }, log: quiet, limits: { telegram: { perSecond: 100, privateGapMs: 0, groupGapMs: 0 } }, idleMs: 10, batchSize: 100 }, abort.signal)
    try {
      await waitFor(() => arrived() >= 20, 10_000, '20 messages')
      expect(await changeBroadcast(stores.broadcasts, id, 'pause', new Date())).toMatchObject({ ok: true })
      const atPause = arrived()
      await new Promise((r) => setTimeout(r, 600))
      expect(arrived() - atPause).toBeLessThanOrEqual(8) // only messages already in flight
      await waitFor(async () => (await stores.broadcasts.report(id))!.sent === arrived(), 5_000, 'in-flight messages to be recorded')
      const paused = (await stores.broadcasts.report(id))!
      expect(paused).toMatchObject({ status: 'paused', sent: arrived(), pending: 200 - arrived() })

      expect(await changeBroadcast(stores.broadcasts, id, 'resume', new Date())).toMatchObject({ ok: true })
      await waitFor(() => arrived() >= paused.sent + 20, 10_000, '20 more messages')
      expect(await changeBroadcast(stores.broadcasts, id, 'cancel', new Date())).toMatchObject({ ok: true })
      const atCancel = arrived()
      await new Promise((r) => setTimeout(r, 600))
      expect(arrived() - atCancel).toBeLessThanOrEqual(8)
      await waitFor(async () => (await stores.broadcasts.report(id))!.pending === 0, 5_000, 'the claimed batch to be let go')
      const report = (await stores.broadcasts.report(id))!
      expect(report).toMatchObject({ status: 'cancelled', total: 200, sent: arrived(), pending: 0, cancelled: 200 - arrived() })
      expect(duplicates()).toBe(0)
    } finally {
      abort.abort()
      await sender
    }
  })
})

describe('the idle sender (scenario 12)', () => {
  it('leaves no abort listener behind per idle sleep', async () => {
    const stores = await freshStores('sqlite')
    const abort = new AbortController()
    let sleeps = 0
    const sender = runSender(
      {
        store: { ...stores.broadcasts, finishCompleted: async () => void sleeps++, claimDue: stores.broadcasts.claimDue.bind(stores.broadcasts), releaseStale: stores.broadcasts.releaseStale.bind(stores.broadcasts) } as never,
        messengers: { telegram: new TelegramMessenger({ token: '1:x', apiRoot: fake.url }) },
        log: quiet,
        idleMs: 1,
      },
      abort.signal,
    )
    await waitFor(() => sleeps >= 50, 10_000, '50 idle rounds')
    expect(getEventListeners(abort.signal, 'abort').length).toBeLessThanOrEqual(1)
    abort.abort()
    await sender
    await stores.close()
  })
})

describe('NOW fixes "today" but not the sender\'s clock (scenario 11)', () => {
  it('still sends a retry when NOW is set', async () => {
    const app = await testApp({ NOW: '2026-06-01', TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: fake.url })
    try {
      const id = await startedBroadcast(app.stores, 1)
      fake.failNext({ status: 502, description: 'Bad Gateway' })
      const background = app.startBackground({ schedulerIntervalMs: 60_000, lockRetryMs: 50 })
      await waitFor(async () => (await app.stores.broadcasts.report(id))?.status === 'done', 10_000, 'the retry to be sent')
      expect(await app.stores.broadcasts.report(id)).toMatchObject({ sent: 1, failed: 0 })
      await background.stop()
    } finally {
      await app.close()
    }
  })
})

describe.skipIf(!POSTGRES_URL)("two instances on PostgreSQL when the sender's lock session dies (scenarios 2 and 3)", () => {
  it('the old sender stops at once, the new one takes over: nothing lost, no duplicates beyond in-flight, never over the rate limit', async () => {
    const storesA = await freshStores('postgres')
    const storesB = await secondInstance(storesA)
    const env = { NOW: '2026-06-01', TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: fake.url }
    const a = await testApp(env, storesA)
    const b = await testApp(env, storesB)
    fake.limits = { perSecond: 30 }
    const id = await startedBroadcast(storesA, 120)
    const runA = a.startBackground({ schedulerIntervalMs: 60_000, lockRetryMs: 100 })
    await waitFor(() => arrived() >= 30, 10_000, 'A to send')
    const runB = b.startBackground({ schedulerIntervalMs: 60_000, lockRetryMs: 100 })
    try {
      // A network blip: the server ends A's lock session while A is mid-batch.
      await storesB.database.pool!.query("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted and objid = hashtext(current_database() || '.' || current_schema())::oid")
      await waitFor(async () => (await storesA.broadcasts.report(id))?.status === 'done', 30_000, 'the broadcast to finish')
      expect(await storesA.broadcasts.report(id)).toMatchObject({ total: 120, sent: 120, failed: 0 })
      expect(arrived()).toBe(120)
      expect(duplicates()).toBeLessThanOrEqual(8)
      expect(fake.rateLimited).toBe(0)
    } finally {
      await runA.stop()
      await runB.stop()
      await b.close()
      await a.close().catch(() => {})
    }
  }, 60_000)
})
