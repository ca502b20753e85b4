import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { zaloOaSignature } from '../../src/channels/zalo-oa/zalo-oa-signature.js'
import { FakeZaloApi } from '../fakes/fake-zalo-api.js'
import { LogCapture, testApp } from '../helpers/test-app.js'

const APP_ID = '1234567890'
const OA_SECRET = 'oa-secret'
const BOT_SECRET = 'bot-secret-123'
const fake = new FakeZaloApi()
let app: App & { logs: LogCapture }
let msgId = 0

beforeAll(() => fake.start())
afterAll(() => fake.stop())
beforeEach(async () => {
  fake.calls.length = 0
  fake.users.clear()
  fake.accessToken = 'access-1'
  fake.refreshToken = 'refresh-1'
  app = await testApp({
    ZALO_OA_APP_ID: APP_ID,
    ZALO_OA_SECRET_KEY: OA_SECRET,
    ZALO_OA_ACCESS_TOKEN: 'access-1',
    ZALO_OA_REFRESH_TOKEN: 'refresh-1',
    ZALO_OA_API_ROOT: fake.url,
    ZALO_OAUTH_API_ROOT: fake.url,
    ZALO_BOT_TOKEN: '111:bot-token',
    ZALO_BOT_WEBHOOK_SECRET: BOT_SECRET,
    ZALO_BOT_API_ROOT: fake.url,
  })
})
afterEach(() => app.close())

function oaEvent(event: string, fields: Record<string, unknown>, at = Date.now()) {
  const body = JSON.stringify({ app_id: APP_ID, event_name: event, timestamp: String(at), user_id_by_app: 'u', ...fields })
  const timestamp = JSON.parse(body).timestamp as string
  return { body, signature: `mac=${zaloOaSignature(APP_ID, body, timestamp, OA_SECRET)}` }
}
// The user writes to the OA: Zalo opens the consultation window for them.
function userText(text: string, user = 'user-1') {
  fake.interact(user)
  return oaEvent('user_send_text', { sender: { id: user }, recipient: { id: 'oa' }, message: { msg_id: `msg-${++msgId}`, text } })
}
const postOa = (body: string, signature: string) => app.server.inject({ method: 'POST', url: '/webhooks/zalo-oa', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature }, payload: body })

describe('Zalo OA webhook', () => {
  it('answers a text message through the consultation endpoint', async () => {
    const { body, signature } = userText('Hạn báo cáo 6 tháng ở An Giang?')
    expect((await postOa(body, signature)).statusCode).toBe(200)
    const [sent] = fake.oaMessages()
    expect(sent!.user_id).toBe('user-1')
    expect(sent!.text).toMatch(/^Trước ngày 10\/6\/2021/)
  })

  it('rejects a tampered body or a bad signature with 401 and sends nothing', async () => {
    const { body, signature } = userText('xin chào')
    expect((await postOa(body.replace('xin chào', 'tạm biệt'), signature)).statusCode).toBe(401)
    expect((await postOa(body, 'mac=deadbeef')).statusCode).toBe(401)
    expect((await postOa(body, '')).statusCode).toBe(401)
    expect(fake.calls).toEqual([])
  })

  it('answers a repeated msg_id once', async () => {
    const { body, signature } = userText('xin chào')
    await postOa(body, signature)
    await postOa(body, signature)
    expect(fake.oaMessages()).toHaveLength(1)
  })

  it('refreshes an expired access token once, keeps the new pair, and retries', async () => {
    fake.accessToken = 'access-expired-elsewhere'
    fake.refreshToken = 'refresh-1'
    const first = userText('xin chào')
    await postOa(first.body, first.signature)
    expect(fake.oaMessages()).toHaveLength(1)
    expect(fake.calls.filter((c) => c.path === '/v4/oa/access_token')).toHaveLength(1)
    expect(await app.stores.tokens.load('zalo-oa')).toEqual({ accessToken: fake.accessToken, refreshToken: fake.refreshToken })
    // The next message uses the stored token: no second refresh (the old refresh token is spent).
    const second = userText('tháng hành động')
    await postOa(second.body, second.signature)
    expect(fake.calls.filter((c) => c.path === '/v4/oa/access_token')).toHaveLength(1)
    expect(fake.oaMessages()).toHaveLength(2)
  })

  it('answers a shared location with the nearest help, never logging the coordinates', async () => {
    fake.interact('user-2')
    const { body, signature } = oaEvent('user_send_location', { sender: { id: 'user-2' }, message: { msg_id: `loc-${++msgId}`, text: 'Huế', attachments: [{ type: 'location', payload: { coordinates: { latitude: '16.4637', longitude: '107.5909' } } }] } })
    expect((await postOa(body, signature)).statusCode).toBe(200)
    expect(fake.oaMessages()[0]!.text).toContain('113')
    expect(app.logs.text).not.toContain('16.4637')
  })

  it('follow welcomes and activates; unfollow deactivates; own echoes are ignored', async () => {
    fake.follow('user-3')
    const follow = oaEvent('follow', { follower: { id: 'user-3' }, oa_id: 'oa' })
    await postOa(follow.body, follow.signature)
    expect(fake.oaMessages()[0]!.text).toContain('Xin chào')
    expect((await app.stores.chats.get({ platform: 'zalo-oa', chatId: 'user-3' }))?.topics).toEqual(['thang-hanh-dong'])
    const unfollow = oaEvent('unfollow', { follower: { id: 'user-3' }, oa_id: 'oa' })
    await postOa(unfollow.body, unfollow.signature)
    expect(await app.stores.chats.get({ platform: 'zalo-oa', chatId: 'user-3' })).toMatchObject({ active: false, topics: [] })
    const echo = oaEvent('oa_send_text', { sender: { id: 'oa' }, recipient: { id: 'user-3' }, message: { msg_id: 'x', text: 'hi' } })
    expect((await postOa(echo.body, echo.signature)).statusCode).toBe(200)
    expect(fake.oaMessages()).toHaveLength(1)
  })

  it('understands the words "đăng ký" and "hủy" as commands', async () => {
    const sub = userText('đăng ký tháng hành động', 'user-4')
    await postOa(sub.body, sub.signature)
    expect(fake.oaMessages()[0]!.text).toContain('Đã đăng ký')
    const cancel = userText('hủy', 'user-4')
    await postOa(cancel.body, cancel.signature)
    expect(fake.oaMessages()[1]!.text).toMatch(/Đã hủy/)
  })

  it('keeps a subscriber whose reply window Zalo says is closed (-230): window_closed, still subscribed, no retry', async () => {
    const ref = { platform: 'zalo-oa' as const, chatId: 'user-5' }
    await app.stores.chats.subscribe(ref, 'thang-hanh-dong')
    fake.oaFailures.push({ error: -230, message: 'User has not interacted with OA in 7 days' })
    const { body, signature } = userText('xin chào', 'user-5')
    expect((await postOa(body, signature)).statusCode).toBe(200)
    expect(fake.calls.filter((c) => c.path === '/v3.0/oa/message/cs')).toHaveLength(1)
    expect(await app.stores.chats.get(ref)).toMatchObject({ active: true, topics: ['thang-hanh-dong'] })
    expect((await app.stores.states.status(ref))?.state).toBe('window_closed')
  })

  it('makes one attempt on a 5xx (no inline retries), logs and still answers 200', async () => {
    fake.oaFailures.push({ status: 502 })
    const { body, signature } = userText('xin chào', 'user-6')
    expect((await postOa(body, signature)).statusCode).toBe(200)
    expect(fake.calls.filter((c) => c.path === '/v3.0/oa/message/cs')).toHaveLength(1)
    expect(app.logs.text).toContain('zalo-oa event dropped')
    expect(app.logs.text).not.toContain('access-1')
  })

  it('refuses signed events more than 5 minutes from now: a replayed follow resubscribes nobody', async () => {
    const ref = { platform: 'zalo-oa' as const, chatId: 'user-7' }
    // The user cancelled every subscription ("hủy"); a month-old signed follow is replayed.
    await app.stores.chats.subscribe(ref, 'thang-hanh-dong')
    await app.stores.chats.unsubscribe(ref, null)
    await app.stores.chats.update(ref, { active: false })
    const oldFollow = oaEvent('follow', { follower: { id: 'user-7' }, oa_id: 'oa' }, Date.now() - 40 * 86_400_000)
    expect((await postOa(oldFollow.body, oldFollow.signature)).statusCode).toBe(400)
    const sixMinutes = oaEvent('follow', { follower: { id: 'user-7' }, oa_id: 'oa' }, Date.now() - 6 * 60_000)
    expect((await postOa(sixMinutes.body, sixMinutes.signature)).statusCode).toBe(400)
    const future = oaEvent('follow', { follower: { id: 'user-7' }, oa_id: 'oa' }, Date.now() + 6 * 60_000)
    expect((await postOa(future.body, future.signature)).statusCode).toBe(400)
    expect(await app.stores.chats.get(ref)).toMatchObject({ active: false, topics: [] })
    expect(fake.oaMessages()).toEqual([])
  })

  it('applies a follow once: a repeated or out-of-order follow/unfollow changes nothing', async () => {
    const ref = { platform: 'zalo-oa' as const, chatId: 'user-8' }
    fake.follow('user-8')
    const t = Date.now()
    const follow = oaEvent('follow', { follower: { id: 'user-8' }, oa_id: 'oa' }, t - 2000)
    const unfollow = oaEvent('unfollow', { follower: { id: 'user-8' }, oa_id: 'oa' }, t - 1000)
    await postOa(follow.body, follow.signature)
    await postOa(follow.body, follow.signature)
    expect(fake.oaMessages()).toHaveLength(1) // one welcome
    await postOa(unfollow.body, unfollow.signature)
    // Zalo retries the older follow after the unfollow: it must not resubscribe.
    await postOa(follow.body, follow.signature)
    expect(await app.stores.chats.get(ref)).toMatchObject({ active: false, topics: [] })
    expect((await app.stores.states.status(ref))?.state).toBe('not_following')
    expect(fake.oaMessages()).toHaveLength(1)
  })

  it('folds user_received_message and user_seen_message receipts into the outbox rows by message id', async () => {
    const ref = { platform: 'zalo-oa' as const, chatId: 'user-9' }
    fake.follow('user-9')
    await app.stores.chats.subscribe(ref, 'thang-hanh-dong')
    await app.stores.states.touchInbound(ref, new Date())
    const { id } = await app.stores.broadcasts.create({ text: 'Tin', audience: { platforms: ['zalo-oa'] }, createdBy: 'test', kind: 'announcement' })
    await app.stores.broadcasts.enqueue(id, new Date(0))
    await app.stores.broadcasts.transition(id, ['draft'], 'sending', new Date(0))
    const [claimed] = await app.stores.broadcasts.claimDue('zalo-oa', new Date(), 10, { owner: 'test', until: new Date(Date.now() + 30_000) })
    const outcome = await app.messengers['zalo-oa']!.send({ chatId: 'user-9', kind: 'private' }, 'Tin', { messageKind: 'announcement' })
    expect(outcome).toMatchObject({ ok: true, route: 'cs' })
    const messageId = (outcome as { messageId: string }).messageId
    await app.stores.broadcasts.markSent(claimed!.id, new Date(), { messageId, route: 'cs' })
    const received = oaEvent('user_received_message', { sender: { id: 'oa' }, recipient: { id: 'user-9' }, message: { msg_id: messageId } })
    expect((await postOa(received.body, received.signature)).statusCode).toBe(200)
    expect(await app.stores.broadcasts.report(id)).toMatchObject({ sent: 1, delivered: 1, seen: 0 })
    const seen = oaEvent('user_seen_message', { sender: { id: 'oa' }, recipient: { id: 'user-9' }, message: { msg_ids: [messageId, 'unknown-id'] } })
    await postOa(seen.body, seen.signature)
    expect(await app.stores.broadcasts.report(id)).toMatchObject({ sent: 1, delivered: 1, seen: 1 })
  })

  it('returns 400 for malformed JSON', async () => {
    expect((await postOa('{"app_id":', 'mac=00')).statusCode).toBe(400)
  })
})

describe('Zalo Bot webhook', () => {
  const postBot = (payload: unknown, secret = BOT_SECRET) => app.server.inject({ method: 'POST', url: '/webhooks/zalo-bot', headers: { 'content-type': 'application/json', 'x-bot-api-secret-token': secret }, payload: JSON.stringify(payload) })
  const botUpdate = (text: string, id = `${++msgId}`) => ({ event_name: 'message.text.received', message: { message_id: id, from: { id: 'u1', display_name: 'A' }, chat: { id: 'c1', chat_type: 'PRIVATE' }, date: Date.now(), text } })

  it('answers bare and {ok,result}-wrapped updates', async () => {
    expect((await postBot(botUpdate('xin chào'))).statusCode).toBe(200)
    expect((await postBot({ ok: true, result: botUpdate('tháng hành động') })).statusCode).toBe(200)
    expect(fake.botMessages().map((m) => m.chat_id)).toEqual(['c1', 'c1'])
    expect(fake.botMessages()[1]!.text).toContain('15/11')
  })

  it('puts hotlines first and asks for a place name, since a Zalo Bot cannot receive a location', async () => {
    await postBot(botUpdate('chồng cũ nhắn tin đòi xử em'))
    const text = fake.botMessages()[0]!.text
    expect(text.split('\n').slice(0, 3).join('\n')).toMatch(/113/)
    expect(text).toContain('Gõ tên xã/phường, huyện hoặc tỉnh để mình tìm')
    expect(text).not.toContain('gửi vị trí')
  })

  it('rejects a wrong secret with 401 and ignores other events', async () => {
    expect((await postBot(botUpdate('xin chào'), 'wrong-secret')).statusCode).toBe(401)
    expect((await postBot({ event_name: 'message.sticker.received', message: { message_id: '9', chat: { id: 'c1' } } })).statusCode).toBe(200)
    expect(fake.botMessages()).toEqual([])
  })

  it('splits replies over 2,000 characters and answers duplicates once', async () => {
    const update = botUpdate('Sở Tư pháp An Giang có nhiệm vụ gì?')
    await postBot(update)
    const afterFirst = fake.botMessages().length
    expect(afterFirst).toBeGreaterThanOrEqual(1)
    await postBot(update)
    expect(fake.botMessages().length).toBe(afterFirst)
    const { ZaloBotClient } = await import('../../src/channels/zalo-bot/zalo-bot-client.js')
    const client = new ZaloBotClient({ token: '111:bot-token', apiRoot: fake.url })
    fake.calls.length = 0
    await client.sendMessage('c2', 'Đoạn văn dài. '.repeat(400))
    const parts = fake.botMessages()
    expect(parts.length).toBe(3)
    expect(parts.every((p) => p.text.length <= 2000)).toBe(true)
  })
})
