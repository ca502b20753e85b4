import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ZaloBotApiError, ZaloBotClient } from '../../src/channels/zalo-bot/zalo-bot-client.js'
import { ZaloBotMessenger } from '../../src/channels/zalo-bot/zalo-bot-messenger.js'
import { ZaloApiError, ZaloOaClient, ZaloNetworkError } from '../../src/channels/zalo-oa/zalo-oa-client.js'
import { AppError } from '../../src/core/errors.js'
import { createLogger } from '../../src/logging/create-logger.js'
import { FakeTelegramApi } from '../fakes/fake-telegram-api.js'
import { FakeZaloApi } from '../fakes/fake-zalo-api.js'
import { CONTENT_DIR } from '../helpers/load-test-content.js'
import { LogCapture, TELEGRAM_SECRET, TELEGRAM_TOKEN, nextUpdateId, testApp, textUpdate } from '../helpers/test-app.js'

const telegram = new FakeTelegramApi()
const zalo = new FakeZaloApi()
beforeAll(async () => {
  await telegram.start()
  await zalo.start()
})
afterAll(async () => {
  await telegram.stop()
  await zalo.stop()
})

/** A copy of content/ whose directory has coordinates (the bundled entries have none yet). */
async function contentWithCoordinates(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-content-'))
  await cp(CONTENT_DIR, dir, { recursive: true })
  await cp(path.join(import.meta.dirname, '../fixtures/directory/shelters.csv'), path.join(dir, 'shelters.csv'))
  return dir
}

describe('locations, venues and privacy of the store', () => {
  it('sends the nearest place as a venue, and keeps neither the words nor the location', async () => {
    const app = await testApp({ CONTENT_DIR: await contentWithCoordinates(), TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: telegram.url })
    const post = (update: unknown) => app.server.inject({ method: 'POST', url: '/webhooks/telegram', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET }, payload: JSON.stringify(update) })
    await post(textUpdate('/tinh Thừa Thiên Huế', { id: 88 }))
    await post(textUpdate('chồng tôi đánh tôi ở Hương Trà', { id: 88 }))
    await post({ update_id: nextUpdateId(), message: { message_id: 3, date: 1, chat: { id: 88, type: 'private', first_name: 'A' }, from: { id: 88, is_bot: false, first_name: 'A' }, location: { latitude: 16.4637, longitude: 107.5909 } } })
    const venue = telegram.sent('sendVenue').at(-1)!.params
    expect(venue).toMatchObject({ chat_id: 88, title: 'Địa chỉ tin cậy Hương Văn', latitude: 16.483, longitude: 107.493 })
    const db = app.stores.database.db
    const dump = JSON.stringify(
      await Promise.all(
        ['chats', 'subscriptions', 'processed_updates', 'broadcasts', 'deliveries', 'reminders', 'zalo_tokens', 'audit_log'].map((t) =>
          db
            .selectFrom(t as 'chats')
            .selectAll()
            .execute(),
        ),
      ),
    )
    expect(dump).toContain('Thừa Thiên Huế') // the chosen province is kept, on purpose
    expect(dump).not.toMatch(/đánh|Hương Trà|16\.46|107\.59/)
    await app.close()
  })
})

describe('content reload', () => {
  it('swaps in edited plans and shelters without a restart', async () => {
    const dir = await contentWithCoordinates()
    const app = await testApp({ CONTENT_DIR: dir })
    const ask = async (question: string) => (await app.server.inject({ method: 'POST', url: '/api/ask', headers: { 'content-type': 'application/json' }, payload: { question } })).json()
    expect((await ask('Hạn báo cáo 6 tháng ở An Giang?')).text).toContain('10/6/2021')
    const file = path.join(dir, 'plans/an-giang-2021-67-kh-ubnd.txt')
    await writeFile(file, (await readFile(file, 'utf8')).replace('trước ngày 10/6/2021', 'trước ngày 12/6/2021'))
    expect(await app.reloadContent()).toMatchObject({ documents: 5, problems: [], keptPrevious: [] })
    expect((await ask('Hạn báo cáo 6 tháng ở An Giang?')).text).toContain('12/6/2021')
    await app.close()
  })
})

describe('Zalo OA client', () => {
  it('times out a hanging call once (the outbox retries, not the client) and reports a network error without the token', async () => {
    const client = new ZaloOaClient({ appId: '1', secretKey: 'oa-secret', apiRoot: zalo.url, oauthRoot: zalo.url, tokens: { load: async () => null, save: async () => {} }, initial: { accessToken: 'access-1', refreshToken: 'refresh-1' }, timeoutMs: 1500 })
    zalo.accessToken = 'access-1'
    zalo.oaFailures.push({ hang: true })
    const before = zalo.calls.length
    const error = await client.sendText('u1', 'xin chào').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ZaloNetworkError)
    expect((error as Error).message).toContain('timeout')
    expect((error as Error).message).not.toContain('access-1')
    expect(zalo.calls.length - before).toBe(1)
  })

  it("keeps a token quoted in Zalo's answer out of the error, the delivery reason and the log", async () => {
    const client = new ZaloOaClient({ appId: '1', secretKey: 'oa-secret', apiRoot: zalo.url, oauthRoot: zalo.url, tokens: { load: async () => null, save: async () => {} }, initial: { accessToken: 'access-1', refreshToken: 'refresh-1' } })
    zalo.accessToken = 'access-1'
    zalo.oaFailures.push({ error: -124, message: 'Access token is invalid: GET https://openapi.zalo.me/v2.0/oa/getoa?access_token=access-1' })
    const oaError = await client.sendText('u1', 'xin chào').catch((e: unknown) => e)
    expect(oaError).toBeInstanceOf(ZaloApiError)
    expect(oaError).toBeInstanceOf(AppError)
    expect(oaError).toMatchObject({ code: 'CHANNEL_REJECTED', zaloCode: -124 })
    expect((oaError as Error).message).not.toContain('access-1')

    const bot = new ZaloBotClient({ token: '111:bot-token', apiRoot: zalo.url })
    const quoted = 'Unauthorized: token 111:bot-token rejected at https://bot-api.zaloplatforms.com/bot111%3Abot-token/sendMessage'
    zalo.botFailures.push({ status: 401, error_code: 401, description: quoted })
    const botError = await bot.sendMessage('c1', 'xin chào').catch((e: unknown) => e)
    expect(botError).toBeInstanceOf(ZaloBotApiError)
    expect(botError).toMatchObject({ code: 'CHANNEL_REJECTED', errorCode: 401 })
    zalo.botFailures.push({ status: 401, error_code: 401, description: quoted })
    const outcome = await new ZaloBotMessenger(bot).send({ chatId: 'c1', kind: 'private' }, 'xin chào')
    expect(outcome).toMatchObject({ ok: false, kind: 'failed' })
    expect(JSON.stringify(outcome)).not.toContain('bot-token')

    const logs = new LogCapture()
    const log = createLogger('info', logs)
    log.error({ err: oaError }, 'zalo send failed')
    log.error({ err: botError }, 'zalo bot send failed')
    log.warn({ reason: (botError as Error).message }, 'delivery will be retried')
    await new Promise((resolve) => setImmediate(resolve))
    expect(logs.lines.length).toBe(3)
    expect(logs.text).toContain('Zalo /v3.0/oa/message/cs: -124')
    expect(logs.text).toContain('CHANNEL_REJECTED')
    expect(logs.text).not.toMatch(/access-1|bot-token/)
  })
})
