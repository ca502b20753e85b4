import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Stores } from '../../src/storage/create-stores.js'
import { subscriberStats } from '../../src/storage/repositories/chat-repository.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

const ref = (chatId: string, platform: 'telegram' | 'zalo-oa' | 'zalo-bot' = 'telegram') => ({ platform, chatId })

describe.each(DIALECTS)('store on %s', (dialect) => {
  let stores: Stores
  beforeEach(async () => {
    stores = await freshStores(dialect)
  })
  afterEach(() => stores.close())

  it('remembers a chat, its province, agency and topics, and forgets it all on /xoa', async () => {
    await stores.chats.update(ref('1'), { province: 'An Giang', agency: 'Sở Tư pháp', kind: 'private' })
    await stores.chats.subscribe(ref('1'), 'thang-hanh-dong')
    await stores.chats.subscribe(ref('1'), 'thang-hanh-dong')
    await stores.chats.subscribe(ref('1'), 'han-bao-cao')
    expect(await stores.chats.get(ref('1'))).toEqual({ platform: 'telegram', chatId: '1', kind: 'private', province: 'An Giang', agency: 'Sở Tư pháp', active: true, topics: ['thang-hanh-dong', 'han-bao-cao'] })
    await stores.chats.unsubscribe(ref('1'), 'thang-hanh-dong')
    expect((await stores.chats.get(ref('1')))!.topics).toEqual(['han-bao-cao'])
    await stores.ledger.recordAccepted(ref('1'), new Date())
    await stores.chats.forget(ref('1'))
    expect(await stores.chats.get(ref('1'))).toBeNull()
    expect(await stores.ledger.entry(ref('1'), new Date())).toBeNull()
    expect(await subscriberStats(stores.database.db)).toEqual([])
  })

  it('counts accepted follower broadcasts per Vietnam month and day, concurrently without losing one', async () => {
    const f = ref('f1', 'zalo-oa')
    const morning = new Date('2026-11-20T01:00:00Z')
    await Promise.all([stores.ledger.recordAccepted(f, morning), stores.ledger.recordAccepted(f, morning), stores.ledger.recordAccepted(f, morning)])
    expect(await stores.ledger.entry(f, morning)).toEqual({ month: '2026-11', sentCount: 3, lastSentDay: '2026-11-20', sentOnLastDay: 3 })
    await stores.ledger.recordAccepted(f, new Date('2026-11-21T01:00:00Z'))
    expect(await stores.ledger.entry(f, morning)).toEqual({ month: '2026-11', sentCount: 4, lastSentDay: '2026-11-21', sentOnLastDay: 1 })
    // 1 December 00:30 in Vietnam is still 30 November in UTC: a new month for the counter.
    expect(await stores.ledger.entry(f, new Date('2026-11-30T17:30:00Z'))).toBeNull()
  })

  it('claims an update id once', async () => {
    expect(await stores.updates.claim('telegram', '10')).toBe(true)
    expect(await stores.updates.claim('telegram', '10')).toBe(false)
    expect(await stores.updates.claim('zalo-oa', '10')).toBe(true)
  })

  it('keeps the latest Zalo token pair', async () => {
    await stores.tokens.save('zalo-oa', { accessToken: 'a1', refreshToken: 'r1' })
    await stores.tokens.save('zalo-oa', { accessToken: 'a2', refreshToken: 'r2' })
    expect(await stores.tokens.load('zalo-oa')).toEqual({ accessToken: 'a2', refreshToken: 'r2' })
  })

  async function subscribers() {
    await stores.chats.update(ref('ag-1'), { province: 'An Giang', agency: 'Sở Tư pháp' })
    await stores.chats.subscribe(ref('ag-1'), 'thang-hanh-dong')
    await stores.chats.update(ref('kg-1'), { province: 'Kiên Giang' })
    await stores.chats.subscribe(ref('kg-1'), 'thang-hanh-dong')
    await stores.chats.update(ref('hue-1', 'zalo-oa'), { province: 'Thừa Thiên Huế' })
    await stores.chats.subscribe(ref('hue-1', 'zalo-oa'), 'tin-tuc')
    await stores.chats.update(ref('off-1'), { province: 'An Giang', active: false })
    await stores.chats.subscribe(ref('off-1'), 'thang-hanh-dong')
    await stores.chats.update(ref('none-1'), { province: 'An Giang' })
  }

  it('selects the audience: active subscribers, narrowed by topic, province (with 2025 mergers), agency, role, platform', async () => {
    await subscribers()
    expect(await stores.broadcasts.preview({})).toEqual({ telegram: 2, 'zalo-oa': 1 })
    expect(await stores.broadcasts.preview({ topic: 'thang-hanh-dong' })).toEqual({ telegram: 2 })
    expect(await stores.broadcasts.preview({ province: 'An Giang' })).toEqual({ telegram: 2 }) // Kiên Giang is in An Giang now
    expect(await stores.broadcasts.preview({ province: 'Kiên Giang' })).toEqual({ telegram: 1 })
    expect(await stores.broadcasts.preview({ agency: 'Sở Tư pháp' })).toEqual({ telegram: 1 })
    expect(await stores.broadcasts.preview({ role: 'citizens' })).toEqual({ telegram: 1, 'zalo-oa': 1 })
    expect(await stores.broadcasts.preview({ platforms: ['zalo-oa'] })).toEqual({ 'zalo-oa': 1 })
  })

  it('enqueues one delivery per recipient, never twice, and reports', async () => {
    await subscribers()
    const { id } = await stores.broadcasts.create({ text: 'Xin chào', audience: { topic: 'thang-hanh-dong' }, createdBy: 'test' })
    expect(await stores.broadcasts.enqueue(id, new Date())).toBe(2)
    expect(await stores.broadcasts.enqueue(id, new Date())).toBe(0)
    expect(await stores.broadcasts.report(id)).toMatchObject({ id, status: 'draft', total: 2, pending: 2, sent: 0 })
  })

  it('creates a keyed broadcast once', async () => {
    const a = await stores.broadcasts.create({ key: 'campaign:x:1:2026', text: 'A', audience: {}, createdBy: 'campaign' })
    const b = await stores.broadcasts.create({ key: 'campaign:x:1:2026', text: 'A', audience: {}, createdBy: 'campaign' })
    expect(a.created).toBe(true)
    expect(b).toEqual({ id: a.id, created: false })
  })

  it('moves deliveries through claim, retry, sent, failed, blocked; releases expired claims only; finishes', async () => {
    const lease = (ms = 30_000) => ({ owner: 'sender-a', until: new Date(Date.now() + ms) })
    await subscribers()
    await stores.chats.update(ref('ag-2'), { province: 'An Giang' })
    await stores.chats.subscribe(ref('ag-2'), 'thang-hanh-dong')
    const { id } = await stores.broadcasts.create({ text: 'Tin', audience: { topic: 'thang-hanh-dong' }, createdBy: 'test' })
    await stores.broadcasts.enqueue(id, new Date(0))
    expect(await stores.broadcasts.claimDue('telegram', new Date(), 10, lease())).toEqual([]) // draft: nothing to send yet
    expect(await stores.broadcasts.transition(id, ['draft'], 'sending', new Date())).toBe(true)
    const claimed = await stores.broadcasts.claimDue('telegram', new Date(), 10, lease())
    expect(claimed.map((c) => c.attempts)).toEqual([1, 1, 1])
    expect(await stores.broadcasts.claimDue('telegram', new Date(), 10, lease())).toEqual([]) // claimed ones are not handed out twice
    const [a, b, c] = claimed
    await stores.broadcasts.markSent(a!.id, new Date())
    await stores.broadcasts.markRetry(b!.id, new Date(Date.now() + 60_000), '502 Bad Gateway', false)
    await stores.broadcasts.markBlocked(c!.id, '403 Forbidden: bot was blocked by the user', { platform: 'telegram', chatId: c!.chatId })
    expect((await stores.chats.get(ref(c!.chatId)))!.active).toBe(false)
    expect(await stores.broadcasts.claimDue('telegram', new Date(), 10, lease())).toEqual([]) // retry not due yet
    const again = await stores.broadcasts.claimDue('telegram', new Date(Date.now() + 61_000), 10, lease(90_000))
    expect(again.map((d) => [d.id, d.attempts])).toEqual([[b!.id, 2]])
    // Its sender is alive (lease until +90 s): nobody may reset the claim; once the lease ran out, it is released.
    expect(await stores.broadcasts.releaseStale(new Date(Date.now() + 62_000))).toBe(0)
    expect(await stores.broadcasts.releaseStale(new Date(Date.now() + 91_000))).toBe(1)
    const third = await stores.broadcasts.claimDue('telegram', new Date(Date.now() + 91_000), 10, lease(120_000))
    await stores.broadcasts.markFailed(third[0]!.id, '500 Internal Server Error')
    await stores.broadcasts.finishCompleted(new Date())
    expect(await stores.broadcasts.report(id)).toEqual({
      id,
      status: 'done',
      total: 3,
      sent: 1,
      failed: 1,
      pending: 0,
      blocked: 1,
      cancelled: 0,
      skipped: 0,
      delivered: 0,
      seen: 0,
      byReason: { blocked: 1, failed: 1 },
      byRoute: {},
      receiptsByRoute: {},
      failures: { '403 Forbidden: bot was blocked by the user': 1, '500 Internal Server Error': 1 },
    })
  })

  it('cancels what is not sent yet', async () => {
    await subscribers()
    const { id } = await stores.broadcasts.create({ text: 'Tin', audience: { topic: 'thang-hanh-dong' }, createdBy: 'test' })
    await stores.broadcasts.enqueue(id, new Date())
    expect(await stores.broadcasts.transition(id, ['draft', 'sending', 'paused'], 'cancelled', new Date())).toBe(true)
    expect(await stores.broadcasts.transition(id, ['paused'], 'sending', new Date())).toBe(false)
    expect(await stores.broadcasts.report(id)).toMatchObject({ status: 'cancelled', pending: 0 })
    expect(await stores.broadcasts.claimDue('telegram', new Date(), 10, { owner: 'a', until: new Date(Date.now() + 30_000) })).toEqual([])
  })

  it('counts subscribers by province and topic', async () => {
    await subscribers()
    expect(await subscriberStats(stores.database.db)).toEqual([
      { province: 'An Giang', topic: 'thang-hanh-dong', platform: 'telegram', subscribers: 1 },
      { province: 'Kiên Giang', topic: 'thang-hanh-dong', platform: 'telegram', subscribers: 1 },
      { province: 'Thừa Thiên Huế', topic: 'tin-tuc', platform: 'zalo-oa', subscribers: 1 },
    ])
  })
})
