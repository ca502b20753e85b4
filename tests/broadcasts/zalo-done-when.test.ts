import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { ZaloOaClient } from '../../src/channels/zalo-oa/zalo-oa-client.js'
import { ZaloOaMessenger } from '../../src/channels/zalo-oa/zalo-oa-messenger.js'
import { zaloOaSignature } from '../../src/channels/zalo-oa/zalo-oa-signature.js'
import { DEFAULT_FOLLOWER_CAPS } from '../../src/core/broadcasts/follower-caps.js'
import type { ZaloRouting } from '../../src/core/broadcasts/route-zalo-message.js'
import { runSender } from '../../src/core/broadcasts/run-sender.js'
import type { Stores } from '../../src/storage/create-stores.js'
import { FakeZaloApi } from '../fakes/fake-zalo-api.js'
import { LogCapture, testApp } from '../helpers/test-app.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

/**
 * Issue 13 "Done when", end to end: the webhook (signed events, through the app) and the outbox
 * sender with the Zalo OA messenger, against the fake Zalo that enforces the rules.
 */
const APP_ID = '1234567890'
const OA_SECRET = 'oa-secret'
const DAY = 86_400_000
const fake = new FakeZaloApi()
const clock = { ms: 0 }
const ref = (chatId: string) => ({ platform: 'zalo-oa' as const, chatId })
const routing: ZaloRouting = { followerRoute: 'promotion', reminderTemplate: false, phoneTemplate: false }
beforeAll(() => fake.start())
afterAll(() => fake.stop())

describe.each(DIALECTS)('Zalo "done when", end to end through the fake on %s', (dialect) => {
  let stores: Stores
  let app: App & { logs: LogCapture }
  beforeEach(async () => {
    clock.ms = Date.parse('2026-11-20T02:00:00Z') // 09:00 in Vietnam
    fake.now = () => clock.ms
    fake.calls.length = 0
    fake.users.clear()
    fake.caps = { monthly: 4, daily: 1 }
    fake.rateLimitPerMinute = Infinity
    stores = await freshStores(dialect)
    app = await testApp({ ZALO_OA_APP_ID: APP_ID, ZALO_OA_SECRET_KEY: OA_SECRET, ZALO_OA_ACCESS_TOKEN: fake.accessToken, ZALO_OA_REFRESH_TOKEN: fake.refreshToken, ZALO_OA_API_ROOT: fake.url, ZALO_OAUTH_API_ROOT: fake.url }, stores)
  })
  // Closes the stores too.
  afterEach(() => app.close())

  const event = (name: string, fields: Record<string, unknown>, at = Date.now()) => {
    const body = JSON.stringify({ app_id: APP_ID, event_name: name, timestamp: String(at), ...fields })
    return { body, signature: `mac=${zaloOaSignature(APP_ID, body, String(at), OA_SECRET)}` }
  }
  const post = (e: { body: string; signature: string }) => app.server.inject({ method: 'POST', url: '/webhooks/zalo-oa', headers: { 'content-type': 'application/json', 'x-zevent-signature': e.signature }, payload: e.body })

  async function sendDue() {
    const client = new ZaloOaClient({ appId: APP_ID, secretKey: OA_SECRET, apiRoot: fake.url, oauthRoot: fake.url, tokens: stores.tokens, initial: { accessToken: fake.accessToken, refreshToken: fake.refreshToken } })
    const messenger = new ZaloOaMessenger({ client, states: stores.states, ledger: stores.ledger, routing, caps: DEFAULT_FOLLOWER_CAPS, cityCodes: {}, now: () => new Date(clock.ms) })
    const abort = new AbortController()
    const quiet = { info: () => {}, warn: () => {}, error: () => {} }
    const running = runSender({ store: stores.broadcasts, messengers: { 'zalo-oa': messenger }, now: () => new Date(clock.ms), log: quiet, limits: { 'zalo-oa': { perSecond: 500, privateGapMs: 0, groupGapMs: 0 } }, idleMs: 10 }, abort.signal)
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
  async function campaignMessage(text: string) {
    const { id } = await stores.broadcasts.create({ text, audience: { topic: 'thang-hanh-dong', platforms: ['zalo-oa'] }, createdBy: 'campaign', kind: 'campaign' })
    await stores.broadcasts.enqueue(id, new Date(clock.ms))
    await stores.broadcasts.transition(id, ['draft'], 'sending', new Date(clock.ms))
    return id
  }
  const statusOf = async (broadcastId: number) =>
    Object.fromEntries((await stores.database.db.selectFrom('deliveries').select(['chat_id', 'status', 'reason', 'route']).where('broadcast_id', '=', broadcastId).execute()).map((r) => [r.chat_id, `${r.status}${r.reason ? `:${r.reason}` : ''}${r.route ? `@${r.route}` : ''}`]))

  it('followers Zalo refuses for temporary reasons are kept and get the messages once the reason passes; a replayed follow changes nothing; the report separates every reason', async () => {
    // Everyone followed in September and subscribed to the Action Month messages.
    const users = ['active', 'silent', 'left', 'capped', 'closed', 'dormant', 'opted']
    for (const id of users) {
      await stores.chats.subscribe(ref(id), 'thang-hanh-dong')
      await stores.states.applyFollow(ref(id), true, new Date(clock.ms - 60 * DAY))
      await stores.states.touchInbound(ref(id), new Date(clock.ms - 60 * DAY))
      fake.follow(id, clock.ms - 60 * DAY)
    }
    // active wrote yesterday (consultation); left unfollowed without the event reaching us (-213);
    // capped already had four promotions this month (-218); closed: we saw a message 2 days ago but
    // Zalo counts 8 (-230); dormant is off Zalo (-227); opted refused promotions (-244).
    await stores.states.touchInbound(ref('active'), new Date(clock.ms - DAY))
    fake.interact('active', clock.ms - DAY)
    fake.unfollow('left')
    fake.users.get('capped')!.perMonth.set('2026-11', 4)
    await stores.states.touchInbound(ref('closed'), new Date(clock.ms - 2 * DAY))
    fake.interact('closed', clock.ms - 8 * DAY)
    fake.refuse('dormant', -227)
    fake.refuse('opted', -244)

    const first = await campaignMessage('Tháng hành động\nTin 1')
    await sendDue()
    expect(await statusOf(first)).toEqual({
      active: 'sent@cs',
      silent: 'sent@promotion',
      left: 'skipped:not_following',
      capped: 'pending:quota',
      // Zalo closed the window: the same message goes at once by the follower route instead.
      closed: 'sent@promotion',
      dormant: 'skipped:dormant',
      opted: 'skipped:opted_out',
    })
    expect(await stores.broadcasts.report(first)).toMatchObject({ total: 7, sent: 3, pending: 1, skipped: 3, blocked: 0, failed: 0, byRoute: { cs: 1, promotion: 2 }, byReason: { quota: 1, not_following: 1, dormant: 1, opted_out: 1 } })
    // Nobody is unsubscribed or deactivated by a temporary refusal.
    for (const id of users) expect(await stores.chats.get(ref(id))).toMatchObject({ active: true, topics: ['thang-hanh-dong'] })

    // The reasons pass: left follows again (a signed event through the webhook), dormant is back on Zalo.
    fake.follow('left', clock.ms)
    const follow = event('follow', { follower: { id: 'left' }, oa_id: 'oa' })
    expect((await post(follow)).statusCode).toBe(200)
    fake.refuse('dormant', undefined)
    clock.ms += DAY
    const second = await campaignMessage('Tin 2')
    await sendDue()
    expect(await statusOf(second)).toEqual({
      active: 'sent@cs',
      silent: 'sent@promotion',
      // Following is an interaction: the consultation window is open again.
      left: 'sent@cs',
      capped: 'pending:quota',
      closed: 'sent@promotion',
      dormant: 'sent@promotion',
      opted: 'skipped:opted_out',
    })

    // left unfollows; the earlier follow, replayed within the 5 minutes, changes nothing.
    fake.unfollow('left')
    expect((await post(event('unfollow', { follower: { id: 'left' }, oa_id: 'oa' }))).statusCode).toBe(200)
    expect((await post(follow)).statusCode).toBe(200)
    expect(await stores.chats.get(ref('left'))).toMatchObject({ active: false, topics: [] })
    expect((await stores.states.status(ref('left')))?.state).toBe('not_following')

    // 1 December: the monthly counters reset and capped gets what it waited for, one a day.
    clock.ms = Date.parse('2026-11-30T23:00:00Z') // 06:00 Vietnam
    await sendDue()
    clock.ms += DAY
    await sendDue()
    expect((await statusOf(first)).capped).toBe('sent@promotion')
    expect((await statusOf(second)).capped).toBe('sent@promotion')
    expect(await stores.broadcasts.report(first)).toMatchObject({ sent: 4, pending: 0, byRoute: { cs: 1, promotion: 3 } })
  })
})
