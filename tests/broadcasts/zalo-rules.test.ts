import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ZaloOaClient } from '../../src/channels/zalo-oa/zalo-oa-client.js'
import { ZaloOaMessenger } from '../../src/channels/zalo-oa/zalo-oa-messenger.js'
import { DEFAULT_FOLLOWER_CAPS } from '../../src/core/broadcasts/follower-caps.js'
import type { ZaloRouting } from '../../src/core/broadcasts/route-zalo-message.js'
import { runSender, type SenderDeps } from '../../src/core/broadcasts/run-sender.js'
import { createLogger } from '../../src/logging/create-logger.js'
import type { Stores } from '../../src/storage/create-stores.js'
import { FakeZaloApi } from '../fakes/fake-zalo-api.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

const fake = new FakeZaloApi()
const quiet = { info: () => {}, warn: () => {}, error: () => {} }
const DAY = 86_400_000
beforeAll(() => fake.start())
afterAll(() => fake.stop())

/** A clock shared by the fake Zalo, the sender and the messenger; tests move it across days and months. */
const clock = { ms: Date.parse('2026-11-20T02:00:00Z') } // 09:00 in Vietnam
const ref = (chatId: string) => ({ platform: 'zalo-oa' as const, chatId })

function messenger(stores: Stores, routing: ZaloRouting) {
  const client = new ZaloOaClient({ appId: '1', secretKey: 'oa-secret', apiRoot: fake.url, znsApiRoot: fake.url, oauthRoot: fake.url, tokens: stores.tokens, initial: { accessToken: fake.accessToken, refreshToken: fake.refreshToken } })
  return new ZaloOaMessenger({ client, states: stores.states, ledger: stores.ledger, routing, caps: DEFAULT_FOLLOWER_CAPS, cityCodes: { 'An Giang': '89' }, phones: stores.phones, phoneTemplate: { id: 'zns-1', param: 'noi_dung' }, now: () => new Date(clock.ms) })
}

/** Runs the sender until nothing is due at the current clock and nothing is in flight. */
async function sendDue(stores: Stores, routing: ZaloRouting, log: SenderDeps['log'] = quiet) {
  const abort = new AbortController()
  const running = runSender({ store: stores.broadcasts, messengers: { 'zalo-oa': messenger(stores, routing) }, now: () => new Date(clock.ms), log, limits: { 'zalo-oa': { perSecond: 500, privateGapMs: 0, groupGapMs: 0 } }, idleMs: 10 }, abort.signal)
  const deadline = Date.now() + 10_000
  while (Date.now() < deadline) {
    const due = await stores.database.db
      .selectFrom('deliveries')
      .select('id')
      .where((eb) => eb.or([eb('status', '=', 'sending'), eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', new Date(clock.ms).toISOString())])]))
      .execute()
    if (!due.length) break
    await new Promise((r) => setTimeout(r, 20))
  }
  abort.abort()
  await running
}

async function follower(stores: Stores, chatId: string, lastInteraction: number | null) {
  await stores.chats.subscribe(ref(chatId), 'thang-hanh-dong')
  await stores.states.applyFollow(ref(chatId), true, new Date(clock.ms - 60 * DAY))
  fake.follow(chatId, clock.ms - 60 * DAY)
  if (lastInteraction !== null) {
    await stores.states.touchInbound(ref(chatId), new Date(lastInteraction))
    fake.interact(chatId, lastInteraction)
  } else {
    // Followed long ago and never wrote since: outside the 7-day window.
    await stores.states.touchInbound(ref(chatId), new Date(clock.ms - 60 * DAY))
  }
}

async function campaignMessage(stores: Stores, text: string) {
  const { id } = await stores.broadcasts.create({ text, audience: { topic: 'thang-hanh-dong', platforms: ['zalo-oa'] }, createdBy: 'campaign', kind: 'campaign' })
  await stores.broadcasts.enqueue(id, new Date(clock.ms))
  await stores.broadcasts.transition(id, ['draft'], 'sending', new Date(clock.ms))
  return id
}

const statusOf = async (stores: Stores, broadcastId: number) =>
  Object.fromEntries((await stores.database.db.selectFrom('deliveries').select(['chat_id', 'status', 'reason', 'route']).where('broadcast_id', '=', broadcastId).execute()).map((r) => [r.chat_id, `${r.status}${r.reason ? `:${r.reason}` : ''}${r.route ? `@${r.route}` : ''}`]))

describe.each(DIALECTS)('Zalo OA broadcasts by the real rules on %s', (dialect) => {
  let stores: Stores
  beforeEach(async () => {
    stores = await freshStores(dialect)
    clock.ms = Date.parse('2026-11-20T02:00:00Z')
    fake.now = () => clock.ms
    fake.calls.length = 0
    fake.users.clear()
    fake.caps = { monthly: 4, daily: 1 }
    fake.oaQuota = Infinity
    fake.znsPhones.clear()
  })
  afterEach(() => stores.close())

  it('sends inside the window by consultation; refusals keep every subscriber; nobody is lost once the reason passes', async () => {
    await follower(stores, 'active', clock.ms - 2 * DAY)
    await follower(stores, 'silent', null)
    await follower(stores, 'dormant', clock.ms - 1 * DAY)
    fake.refuse('dormant', -227)
    await follower(stores, 'opted', clock.ms - 1 * DAY)
    fake.refuse('opted', -244)
    await follower(stores, 'gone', clock.ms - 1 * DAY)
    fake.refuse('gone', -108)
    const first = await campaignMessage(stores, 'Tin 1')
    await sendDue(stores, { followerRoute: 'off', reminderTemplate: false, phoneTemplate: false })

    expect(await statusOf(stores, first)).toEqual({
      active: 'sent@cs',
      silent: 'skipped:window_closed',
      dormant: 'skipped:dormant',
      opted: 'skipped:opted_out',
      gone: 'blocked:invalid',
    })
    // Only the account that does not exist stops; the others stay subscribers.
    for (const id of ['active', 'silent', 'dormant', 'opted']) expect(await stores.chats.get(ref(id))).toMatchObject({ active: true, topics: ['thang-hanh-dong'] })
    expect((await stores.chats.get(ref('gone')))?.active).toBe(false)
    expect(await stores.states.status(ref('opted'))).toMatchObject({ state: 'opted_out', optedOut: ['cs'] })
    expect(await stores.broadcasts.report(first)).toMatchObject({ sent: 1, skipped: 3, blocked: 1, byReason: { window_closed: 1, dormant: 1, opted_out: 1, invalid: 1 } })

    // The silent follower writes again: the window reopens and the next message reaches them.
    clock.ms += DAY
    fake.interact('silent', clock.ms)
    await stores.states.touchInbound(ref('silent'), new Date(clock.ms))
    // Back on Zalo: a dormant account is simply tried again with the next message.
    fake.refuse('dormant', undefined)
    const second = await campaignMessage(stores, 'Tin 2')
    await sendDue(stores, { followerRoute: 'off', reminderTemplate: false, phoneTemplate: false })
    const next = await statusOf(stores, second)
    expect(next).toMatchObject({ active: 'sent@cs', silent: 'sent@cs', dormant: 'sent@cs', opted: 'skipped:opted_out' })
    expect(next.gone).toBeUndefined()
  })

  it('a window Zalo says is closed (-230) is kept as window_closed, and reopens on the next message', async () => {
    await follower(stores, 'u1', clock.ms - 8 * DAY)
    // Our clock says 8 days, Zalo agrees: consultation refused.
    const id = await campaignMessage(stores, 'Tin')
    await stores.states.touchInbound(ref('u1'), new Date(clock.ms - 1 * DAY)) // we believe the window is open…
    await sendDue(stores, { followerRoute: 'off', reminderTemplate: false, phoneTemplate: false })
    expect(await statusOf(stores, id)).toEqual({ u1: 'skipped:window_closed' }) // …Zalo says no (-230)
    expect((await stores.states.status(ref('u1')))?.state).toBe('window_closed')
    expect(await stores.chats.get(ref('u1'))).toMatchObject({ active: true, topics: ['thang-hanh-dong'] })
  })

  it('with the promotion route: caps checked before sending, counted only when accepted, deferred (never dropped) till the day, month or morning', async () => {
    const promotion: ZaloRouting = { followerRoute: 'promotion', reminderTemplate: false, phoneTemplate: false }
    await follower(stores, 'f1', null)
    await follower(stores, 'f2', null)
    await stores.chats.subscribe(ref('stranger'), 'thang-hanh-dong') // subscribed by writing, never followed
    await stores.states.applyFollow(ref('stranger'), false, new Date(clock.ms - 30 * DAY))
    await stores.states.touchInbound(ref('stranger'), new Date(clock.ms - 30 * DAY))
    // f2 already got 4 promotions this month (counted elsewhere by Zalo): Zalo refuses with -218.
    fake.users.get('f2')!.perMonth.set('2026-11', 4)
    const first = await campaignMessage(stores, 'Tháng hành động\nTin 1')
    await sendDue(stores, promotion)
    expect(await statusOf(stores, first)).toEqual({ f1: 'sent@promotion', f2: 'pending:quota', stranger: 'skipped:not_following' })
    expect(await stores.ledger.entry(ref('f1'), new Date(clock.ms))).toMatchObject({ month: '2026-11', sentCount: 1 })
    expect(await stores.ledger.entry(ref('f2'), new Date(clock.ms))).toBeNull() // refused: not counted

    // A second message the same day: f1 is at the daily cap (our ledger says so; no call is made).
    const second = await campaignMessage(stores, 'Tin 2')
    const callsBefore = fake.calls.length
    await sendDue(stores, promotion)
    expect((await statusOf(stores, second)).f1).toBe('pending:quota')
    expect(fake.calls.slice(callsBefore).filter((c) => (c.body as { recipient?: { user_id?: string } })?.recipient?.user_id === 'f1')).toEqual([])

    // Night (22:30 Vietnam): nothing goes out, and nothing is lost.
    clock.ms = Date.parse('2026-11-20T15:30:00Z')
    await sendDue(stores, promotion)
    expect((await statusOf(stores, second)).f1).toBe('pending:quota')

    // Next morning: f1 gets the second message; f2 still waits for its month.
    clock.ms = Date.parse('2026-11-21T00:00:00Z') // 07:00 Vietnam
    await sendDue(stores, promotion)
    expect((await statusOf(stores, second)).f1).toBe('sent@promotion')
    expect((await statusOf(stores, first)).f2).toBe('pending:quota')

    // 1 December, 06:00 Vietnam: the monthly counter resets and f2 gets what it missed.
    clock.ms = Date.parse('2026-11-30T23:00:00Z')
    await sendDue(stores, promotion)
    expect((await statusOf(stores, first)).f2).toBe('sent@promotion')
    expect(await stores.broadcasts.report(first)).toMatchObject({ sent: 2, skipped: 1, pending: 0, byReason: { not_following: 1 } })
  })

  it('with the article route: one article broadcast to the province, consultation inside the window, followers counted within their caps', async () => {
    const article: ZaloRouting = { followerRoute: 'article', reminderTemplate: false, phoneTemplate: false }
    for (const [id, last] of [
      ['recent', clock.ms - DAY],
      ['old1', null],
      ['old2', null],
      ['left', null],
    ] as const) {
      await follower(stores, id, last)
      await stores.chats.update(ref(id), { province: 'An Giang' })
    }
    await stores.states.applyFollow(ref('left'), false, new Date(clock.ms - DAY))
    await stores.ledger.recordAccepted(ref('old2'), new Date(clock.ms - 5 * DAY))
    for (let i = 0; i < 3; i++) await stores.ledger.recordAccepted(ref('old2'), new Date(clock.ms - (4 - i) * DAY))
    const send = async (province: string, articleId: string) => {
      const { id } = await stores.broadcasts.create({ text: 'Tin', audience: { topic: 'thang-hanh-dong', platforms: ['zalo-oa'], province }, createdBy: 'campaign', kind: 'campaign', zaloArticleId: articleId })
      await stores.broadcasts.enqueue(id, new Date(clock.ms))
      await stores.broadcasts.transition(id, ['draft'], 'sending', new Date(clock.ms))
      // Followers wait for the article call to be accepted before they are counted as reached.
      for (let i = 0; i < 3; i++) {
        await sendDue(stores, article)
        clock.ms += 61_000
      }
      return id
    }
    const id = await send('An Giang', 'art-1')
    const calls = fake.calls.filter((c) => c.path === '/v2.0/oa/message')
    expect(calls.map((c) => c.body)).toEqual([{ recipient: { target: { cities: '89' } }, message: { attachment: { type: 'template', payload: { template_type: 'media', elements: [{ media_type: 'article', attachment_id: 'art-1' }] } } } }])
    expect(await statusOf(stores, id)).toMatchObject({ recent: 'sent@cs', old1: 'sent@article', old2: 'skipped:quota', left: 'skipped:not_following' })
    expect(await stores.broadcasts.report(id)).toMatchObject({ total: 4, sent: 2, byRoute: { cs: 1, article: 1 }, article: { status: 'sent' }, byReason: { quota: 1, not_following: 1 } })
    expect(await stores.ledger.entry(ref('old1'), new Date(clock.ms))).toMatchObject({ sentCount: 1 })

    // A province without a configured city code: the article is not sent, and the report says why.
    await stores.chats.update(ref('old1'), { province: 'Cần Thơ' })
    const other = await send('Cần Thơ', 'art-2')
    expect(await stores.broadcasts.report(other)).toMatchObject({ article: { status: 'failed', reason: 'config' }, byReason: { not_reachable: 1 } })
  })

  it('deadline reminders go by the ZBS template when one is configured, else by consultation inside the window, else are reported not reachable', async () => {
    await follower(stores, 'official', null)
    await follower(stores, 'writer', clock.ms - DAY)
    const remind = async () => {
      const { id } = await stores.broadcasts.create({ text: 'Còn 7 ngày đến hạn', audience: { chats: [ref('official'), ref('writer')] }, createdBy: 'reminder', kind: 'reminder' })
      await stores.broadcasts.enqueue(id, new Date(clock.ms))
      await stores.broadcasts.transition(id, ['draft'], 'sending', new Date(clock.ms))
      return id
    }
    const withoutTemplate = await remind()
    await sendDue(stores, { followerRoute: 'article', reminderTemplate: false, phoneTemplate: false })
    expect(await statusOf(stores, withoutTemplate)).toEqual({ official: 'skipped:not_reachable', writer: 'sent@cs' })
    const client = new ZaloOaClient({ appId: '1', secretKey: 'oa-secret', apiRoot: fake.url, oauthRoot: fake.url, tokens: stores.tokens, initial: { accessToken: fake.accessToken, refreshToken: fake.refreshToken } })
    const templated = new ZaloOaMessenger({ client, states: stores.states, ledger: stores.ledger, routing: { followerRoute: 'article', reminderTemplate: true, phoneTemplate: false }, caps: DEFAULT_FOLLOWER_CAPS, cityCodes: {}, reminderTemplate: { id: 'tpl-1', param: 'noi_dung' }, now: () => new Date(clock.ms) })
    expect(await templated.send({ chatId: 'official', kind: 'private' }, 'Còn 7 ngày đến hạn', { messageKind: 'reminder' })).toMatchObject({ ok: true, route: 'template' })
    expect(fake.accepted('template').map((t) => t.body)).toEqual([{ user_id: 'official', template_id: 'tpl-1', template_data: { noi_dung: 'Còn 7 ngày đến hạn' } }])
  })

  it('deadline reminders try their routes in the configured order (ZALO_OA_REMINDER_ROUTES): consultation first spends no template on officials inside the window', async () => {
    await follower(stores, 'official', null)
    await follower(stores, 'writer', clock.ms - DAY)
    const client = new ZaloOaClient({ appId: '1', secretKey: 'oa-secret', apiRoot: fake.url, oauthRoot: fake.url, tokens: stores.tokens, initial: { accessToken: fake.accessToken, refreshToken: fake.refreshToken } })
    const remind = (reminderOrder: ZaloRouting['reminderOrder']) => {
      const m = new ZaloOaMessenger({
        client,
        states: stores.states,
        ledger: stores.ledger,
        routing: { followerRoute: 'article', reminderTemplate: true, phoneTemplate: false, reminderOrder },
        caps: DEFAULT_FOLLOWER_CAPS,
        cityCodes: {},
        reminderTemplate: { id: 'tpl-1', param: 'noi_dung' },
        now: () => new Date(clock.ms),
      })
      return Promise.all(['official', 'writer'].map((chatId) => m.send({ chatId, kind: 'private' }, 'Còn 7 ngày đến hạn', { messageKind: 'reminder' })))
    }
    // The documented default: the template first, for everyone.
    expect((await remind(undefined)).map((o) => o.ok && o.route)).toEqual(['template', 'template'])
    expect((await remind(['cs', 'template'])).map((o) => o.ok && o.route)).toEqual(['template', 'cs'])
    // Only consultation: the official outside the window is reported not reachable, no template is spent.
    const before = fake.accepted('template').length
    expect(await remind(['cs'])).toMatchObject([
      { ok: false, code: 'not_reachable' },
      { ok: true, route: 'cs' },
    ])
    expect(fake.accepted('template').length).toBe(before)
  })

  it('a deadline reminder to an official out of reach by user id goes by ZNS template to the consented phone; Zalo refusals follow the subscriber rules; the phone never reaches a log line or the report', async () => {
    for (const id of ['by-phone', 'refused', 'no-account', 'no-phone']) {
      await follower(stores, id, null)
      await stores.chats.subscribe(ref(id), 'han-bao-cao')
    }
    await follower(stores, 'writer', clock.ms - DAY)
    await stores.chats.subscribe(ref('writer'), 'han-bao-cao')
    const consent = (phone: string) => ({ phone, consentedAt: new Date(clock.ms), consentVersion: 'v1' })
    await stores.phones.save(ref('by-phone'), consent('84912345678'))
    await stores.phones.save(ref('refused'), consent('84987654321'))
    await stores.phones.save(ref('no-account'), consent('84387654321'))
    fake.znsPhones.set('84912345678', {})
    fake.znsPhones.set('84987654321', { refuse: -139 })
    const lines: string[] = []
    const log = createLogger('debug', { write: (line: string) => void lines.push(line) })
    const remind = async () => {
      const { id } = await stores.broadcasts.create({ text: 'Còn 7 ngày đến hạn', audience: { topic: 'han-bao-cao', platforms: ['zalo-oa'] }, createdBy: 'reminder', kind: 'reminder' })
      await stores.broadcasts.enqueue(id, new Date(clock.ms))
      await stores.broadcasts.transition(id, ['draft'], 'sending', new Date(clock.ms))
      return id
    }
    // Without a template for phones, nobody outside the window is reachable (the phones stay unused).
    const first = await remind()
    await sendDue(stores, { followerRoute: 'article', reminderTemplate: false, phoneTemplate: false }, log)
    expect(await statusOf(stores, first)).toMatchObject({ 'by-phone': 'skipped:not_reachable', 'no-phone': 'skipped:not_reachable' })
    expect(fake.znsMessages()).toEqual([])

    // Sent at night: Zalo refuses (-133, quoting the phone), the reminder waits for the morning.
    clock.ms = Date.parse('2026-11-20T16:00:00Z') // 23:00 in Vietnam
    const id = await remind()
    await sendDue(stores, { followerRoute: 'article', reminderTemplate: false, phoneTemplate: true }, log)
    expect(await statusOf(stores, id)).toMatchObject({ 'by-phone': 'pending:night', writer: 'sent@cs' })
    clock.ms = Date.parse('2026-11-20T23:00:00Z') // 06:00 next day
    await sendDue(stores, { followerRoute: 'article', reminderTemplate: false, phoneTemplate: true }, log)
    expect(await statusOf(stores, id)).toEqual({ 'by-phone': 'sent@zns', refused: 'skipped:opted_out', 'no-account': 'skipped:invalid', 'no-phone': 'skipped:not_reachable', writer: 'sent@cs' })
    expect(fake.znsMessages()).toEqual([{ phone: '84912345678', template_id: 'zns-1', template_data: { noi_dung: 'Còn 7 ngày đến hạn' }, tracking_id: expect.stringMatching(/^d\d+$/), msg_id: expect.any(String) }])
    // -139 is an opt-out of ZNS only; -118 is the phone's fault, not the Zalo account's.
    expect(await stores.states.status(ref('refused'))).toMatchObject({ state: 'opted_out', optedOut: ['zns'] })
    expect((await stores.states.status(ref('no-account')))?.state).toBe('active')
    const report = JSON.stringify(await stores.database.db.selectFrom('deliveries').selectAll().execute())
    // Zalo's refusals quote the phone: the reason is kept, the number is not.
    expect(report).toContain('[phone]')
    for (const digits of ['912345678', '987654321', '387654321']) {
      expect(report).not.toContain(digits)
      expect(lines.join('\n')).not.toContain(digits)
    }
    expect(lines.join('\n')).toContain('[phone]')
  })

  it("the OA's own quota (-211): one refusal, then every send waits for the next day without calling Zalo", async () => {
    for (let i = 0; i < 30; i++) await follower(stores, `q${i}`, clock.ms - DAY)
    fake.oaQuota = 1
    const id = await campaignMessage(stores, 'Tin')
    await sendDue(stores, { followerRoute: 'off', reminderTemplate: false, phoneTemplate: false })
    const first = Object.values(await statusOf(stores, id))
    expect(first.filter((s) => s === 'sent@cs')).toHaveLength(1)
    expect(first.filter((s) => s === 'pending:quota')).toHaveLength(29)
    // Only the sends already in flight (8 at once) meet the refusal; the rest never call Zalo.
    expect(fake.calls.filter((c) => c.path === '/v3.0/oa/message/cs').length).toBeLessThanOrEqual(1 + 8)
    fake.oaQuota = Infinity
    clock.ms = Date.parse('2026-11-20T23:00:00Z') // 06:00 next day, Vietnam
    await sendDue(stores, { followerRoute: 'off', reminderTemplate: false, phoneTemplate: false })
    expect(new Set(Object.values(await statusOf(stores, id)))).toEqual(new Set(['sent@cs']))
  })

  it('night ban from Zalo (-234) and rate limit (-32) defer without changing anyone', async () => {
    await follower(stores, 'n1', null)
    fake.oaFailures.push({ error: -234, message: 'night' })
    const id = await campaignMessage(stores, 'Tin')
    await sendDue(stores, { followerRoute: 'promotion', reminderTemplate: false, phoneTemplate: false })
    const row = await stores.database.db.selectFrom('deliveries').selectAll().where('broadcast_id', '=', id).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ status: 'pending', reason: 'night', attempts: 0 })
    expect(row.next_attempt_at).toBe('2026-11-20T23:00:00.000Z') // 06:00 next day, Vietnam
    expect((await stores.states.status(ref('n1')))?.state).toBe('active')

    // Morning: Zalo's rate limit (-32) waits a minute, uncounted, and the reason is in the report.
    clock.ms = Date.parse('2026-11-20T23:00:00Z')
    fake.oaFailures.push({ error: -32, message: 'The request has exceeded the rate limit' })
    await sendDue(stores, { followerRoute: 'promotion', reminderTemplate: false, phoneTemplate: false })
    const limited = await stores.database.db.selectFrom('deliveries').selectAll().where('broadcast_id', '=', id).executeTakeFirstOrThrow()
    expect(limited).toMatchObject({ status: 'pending', reason: 'rate', attempts: 0, next_attempt_at: '2026-11-20T23:01:00.000Z' })
    expect(await stores.broadcasts.report(id)).toMatchObject({ pending: 1, byReason: { rate: 1 } })
    expect((await stores.states.status(ref('n1')))?.state).toBe('active')
    clock.ms += 60_000
    await sendDue(stores, { followerRoute: 'promotion', reminderTemplate: false, phoneTemplate: false })
    expect(await statusOf(stores, id)).toEqual({ n1: 'sent@promotion' })
  })
})
