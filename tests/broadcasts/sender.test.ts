import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { TelegramMessenger } from '../../src/channels/telegram/telegram-messenger.js'
import { runSender } from '../../src/core/broadcasts/run-sender.js'
import type { Stores } from '../../src/storage/create-stores.js'
import { FakeTelegramApi } from '../fakes/fake-telegram-api.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

const fake = new FakeTelegramApi()
const quiet = { info: () => {}, warn: () => {}, error: () => {} }
beforeAll(() => fake.start())
afterAll(() => fake.stop())

/** Runs the sender until the broadcast is finished (or a time limit), with a clock tests can move. */
async function drain(stores: Stores, broadcastId: number, options: { offset?: { ms: number }; limits?: { perSecond: number; privateGapMs: number; groupGapMs: number }; maxAttempts?: number; until?: () => Promise<boolean> } = {}) {
  const abort = new AbortController()
  const offset = options.offset ?? { ms: 0 }
  const running = runSender(
    {
      store: stores.broadcasts,
      messengers: { telegram: new TelegramMessenger({ token: '1:x', apiRoot: fake.url }) },
      now: () => new Date(Date.now() + offset.ms),
      log: quiet,
      limits: { telegram: options.limits ?? { perSecond: 500, privateGapMs: 0, groupGapMs: 0 } },
      idleMs: 20,
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    },
    abort.signal,
  )
  const deadline = Date.now() + 15_000
  while (Date.now() < deadline) {
    const finished = options.until ? await options.until() : (await stores.broadcasts.report(broadcastId))?.status === 'done'
    if (finished) break
    await new Promise((r) => setTimeout(r, 25))
  }
  abort.abort()
  await running
  return stores.broadcasts.report(broadcastId)
}

async function broadcastTo(stores: Stores, chats: string[], text = 'Tin Tháng hành động') {
  for (const chatId of chats) {
    await stores.chats.update({ platform: 'telegram', chatId }, { province: 'An Giang' })
    await stores.chats.subscribe({ platform: 'telegram', chatId }, 'thang-hanh-dong')
  }
  const { id } = await stores.broadcasts.create({ text, audience: { topic: 'thang-hanh-dong' }, createdBy: 'test' })
  await stores.broadcasts.enqueue(id, new Date())
  await stores.broadcasts.transition(id, ['draft'], 'sending', new Date())
  return id
}

describe.each(DIALECTS)('outbox sender on %s', (dialect) => {
  let stores: Stores
  beforeEach(async () => {
    stores = await freshStores(dialect)
    fake.calls.length = 0
    fake.delivered.clear()
    fake.blocked.clear()
    fake.limits = {}
    fake.rateLimited = 0
  })
  afterEach(() => stores.close())

  it('delivers each message once to every subscriber', async () => {
    const chats = Array.from({ length: 40 }, (_, i) => String(100 + i))
    const id = await broadcastTo(stores, chats)
    expect(await drain(stores, id)).toMatchObject({ status: 'done', total: 40, sent: 40, failed: 0, pending: 0 })
    expect([...fake.delivered.values()].every((n) => n === 1)).toBe(true)
    expect(fake.delivered.size).toBe(40)
  })

  it('marks blocked users and stops sending to them', async () => {
    fake.blocked.add('201')
    const id = await broadcastTo(stores, ['200', '201'])
    expect(await drain(stores, id)).toMatchObject({ sent: 1, blocked: 1, failures: { '403 Forbidden: bot was blocked by the user': 1 } })
    expect((await stores.chats.get({ platform: 'telegram', chatId: '201' }))!.active).toBe(false)
    const next = await broadcastTo(stores, ['200'])
    expect(await drain(stores, next)).toMatchObject({ total: 1, sent: 1 })
  })

  it('tells a blocked bot (403) from a chat that does not exist (400 chat not found → invalid) in the report and the state', async () => {
    fake.blocked.add('211')
    fake.failNext({ status: 400, description: 'Bad Request: chat not found' })
    const id = await broadcastTo(stores, ['210', '211'])
    const report = await drain(stores, id)
    expect(report).toMatchObject({ sent: 0, blocked: 2, byReason: { blocked: 1, invalid: 1 } })
    expect((await stores.states.status({ platform: 'telegram', chatId: '210' }))?.state).toBe('invalid')
    expect((await stores.states.status({ platform: 'telegram', chatId: '211' }))?.state).toBe('active')
  })

  it('waits retry_after on 429 and then delivers, without counting it as a failed attempt', async () => {
    fake.failNext({ status: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 })
    const id = await broadcastTo(stores, ['300'])
    const started = Date.now()
    expect(await drain(stores, id, { maxAttempts: 1 })).toMatchObject({ sent: 1, failed: 0 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })

  it('backs off on 5xx and fails with the reason after the last attempt', async () => {
    fake.failNext(...Array.from({ length: 3 }, () => ({ status: 502, description: 'Bad Gateway' })))
    const id = await broadcastTo(stores, ['400'])
    const offset = { ms: 0 }
    const ticker = setInterval(() => (offset.ms += 60_000), 50) // time passes faster than the backoff
    try {
      expect(await drain(stores, id, { offset, maxAttempts: 3 })).toMatchObject({ status: 'done', sent: 0, failed: 1, failures: { '502 Bad Gateway': 1 } })
    } finally {
      clearInterval(ticker)
    }
    expect(fake.sent().length).toBe(3)
  })

  it('respects the per-chat limit across broadcasts (1 message/s to the same chat)', async () => {
    fake.limits = { perChatGapMs: 900 }
    const first = await broadcastTo(stores, ['500'], 'Tin 1')
    const { id: second } = await stores.broadcasts.create({ text: 'Tin 2', audience: { topic: 'thang-hanh-dong' }, createdBy: 'test' })
    await stores.broadcasts.enqueue(second, new Date())
    await stores.broadcasts.transition(second, ['draft'], 'sending', new Date())
    await drain(stores, first, { limits: { perSecond: 30, privateGapMs: 1000, groupGapMs: 3000 }, until: async () => (await stores.broadcasts.report(second))?.status === 'done' })
    expect(fake.delivered.get('500')).toBe(2)
    expect(fake.rateLimited).toBe(0)
  })

  it('pauses: nothing is sent while paused, everything after resume', async () => {
    const id = await broadcastTo(stores, ['600', '601'])
    await stores.broadcasts.transition(id, ['sending'], 'paused', new Date())
    await drain(stores, id, { until: async () => true })
    expect(fake.delivered.size).toBe(0)
    await stores.broadcasts.transition(id, ['paused'], 'sending', new Date())
    expect(await drain(stores, id)).toMatchObject({ sent: 2 })
  })
})
