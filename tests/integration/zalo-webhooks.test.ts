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

function oaEvent(event: string, fields: Record<string, unknown>) {
  const body = JSON.stringify({ app_id: APP_ID, event_name: event, timestamp: String(Date.now()), user_id_by_app: 'u', ...fields })
  const timestamp = JSON.parse(body).timestamp as string
  return { body, signature: `mac=${zaloOaSignature(APP_ID, body, timestamp, OA_SECRET)}` }
}
const userText = (text: string, user = 'user-1') => oaEvent('user_send_text', { sender: { id: user }, recipient: { id: 'oa' }, message: { msg_id: `msg-${++msgId}`, text } })
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
    const { body, signature } = oaEvent('user_send_location', { sender: { id: 'user-2' }, message: { msg_id: `loc-${++msgId}`, text: 'Huế', attachments: [{ type: 'location', payload: { coordinates: { latitude: '16.4637', longitude: '107.5909' } } }] } })
    expect((await postOa(body, signature)).statusCode).toBe(200)
    expect(fake.oaMessages()[0]!.text).toContain('113')
    expect(app.logs.text).not.toContain('16.4637')
  })

  it('follow welcomes and activates; unfollow deactivates; own echoes are ignored', async () => {
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

  it('marks a user unreachable outside the reply window (-230) without retrying', async () => {
    fake.oaFailures.push({ error: -230, message: 'User has not interacted with OA in 7 days' })
    const { body, signature } = userText('xin chào', 'user-5')
    expect((await postOa(body, signature)).statusCode).toBe(200)
    expect(fake.calls.filter((c) => c.path === '/v3.0/oa/message/cs')).toHaveLength(1)
    expect((await app.stores.chats.get({ platform: 'zalo-oa', chatId: 'user-5' }))?.active).toBe(false)
  })

  it('retries a 5xx with backoff, then logs and still answers 200', async () => {
    fake.oaFailures.push({ status: 502 }, { status: 503 }, { status: 500 })
    const { body, signature } = userText('xin chào', 'user-6')
    expect((await postOa(body, signature)).statusCode).toBe(200)
    expect(fake.calls.filter((c) => c.path === '/v3.0/oa/message/cs')).toHaveLength(3)
    expect(app.logs.text).toContain('zalo-oa event dropped')
    expect(app.logs.text).not.toContain('access-1')
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
