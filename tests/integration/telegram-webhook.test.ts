import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { FakeTelegramApi } from '../fakes/fake-telegram-api.js'
import { LogCapture, TELEGRAM_SECRET, TELEGRAM_TOKEN, nextUpdateId, testApp, textUpdate } from '../helpers/test-app.js'

const fake = new FakeTelegramApi()
let app: App & { logs: LogCapture }

beforeAll(() => fake.start())
afterAll(() => fake.stop())
beforeEach(async () => {
  fake.calls.length = 0
  app = await testApp({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: fake.url })
})
afterEach(() => app.close())

const post = (body: unknown, secret: string | null = TELEGRAM_SECRET, headers: Record<string, string> = {}) =>
  app.server.inject({
    method: 'POST',
    url: '/webhooks/telegram',
    headers: { 'content-type': 'application/json', ...(secret === null ? {} : { 'x-telegram-bot-api-secret-token': secret }), ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  })

describe('Telegram webhook', () => {
  it('answers a question with the cited answer in HTML', async () => {
    const res = await post(textUpdate('Hạn báo cáo 6 tháng ở An Giang?'))
    expect(res.statusCode).toBe(200)
    const [sent] = fake.sent()
    expect(sent!.params).toMatchObject({ chat_id: 42, parse_mode: 'HTML' })
    expect(sent!.params.text).toMatch(/^<b>Trước ngày 10\/6\/2021 \(đã qua\)\.<\/b>/)
    expect(sent!.params.text).toContain('<i>Nguồn: Kế hoạch 67/KH-UBND')
  })

  it('rejects a wrong or missing secret with 401 and sends nothing', async () => {
    expect((await post(textUpdate('xin chào'), 'wrong')).statusCode).toBe(401)
    expect((await post(textUpdate('xin chào'), null)).statusCode).toBe(401)
    expect(fake.calls).toEqual([])
  })

  it('answers each update_id once, even when Telegram retries', async () => {
    const update = textUpdate('xin chào')
    expect((await post(update)).statusCode).toBe(200)
    expect((await post(update)).statusCode).toBe(200)
    expect(fake.sent()).toHaveLength(1)
  })

  it('returns 400 for malformed JSON, a wrong content type or a non-update, 413 for an oversized body', async () => {
    expect((await post('{"update_id": 1, ')).statusCode).toBe(400)
    expect((await post('hello', TELEGRAM_SECRET, { 'content-type': 'text/plain' })).statusCode).toBe(400)
    expect((await post({ hello: 'world' })).statusCode).toBe(400)
    expect((await post(textUpdate('x'.repeat(70_000)))).statusCode).toBe(413)
    expect(fake.calls).toEqual([])
  })

  it('ignores unknown update types and edited messages with 200', async () => {
    expect((await post({ update_id: nextUpdateId(), poll: { id: '1', question: 'q', options: [] } })).statusCode).toBe(200)
    const edited = textUpdate('sửa')
    expect((await post({ update_id: edited.update_id, edited_message: edited.message })).statusCode).toBe(200)
    expect(fake.sent()).toHaveLength(0)
  })

  it('runs commands: /tinh remembers the province for later questions', async () => {
    await post(textUpdate('/tinh Thừa Thiên Huế'))
    expect(fake.sent()[0]!.params.text).toContain('Đã ghi nhớ: Thừa Thiên Huế')
    await post(textUpdate('hạn báo cáo 6 tháng'))
    expect(fake.sent()[1]!.params.text).toContain('10/6/2020')
  })

  it('answers a person at risk with the numbers first, one per line, and a share-location button (private chat only)', async () => {
    await post(textUpdate('bồ em giữ điện thoại không cho em đi đâu, em sợ'))
    const sent = fake.sent()[0]!.params
    const lines = String(sent.text).split('\n')
    expect(lines[0]).toMatch(/^<b>☎ 113 /)
    expect(lines[1]).toMatch(/^☎ 111 /)
    expect(lines[2]).toMatch(/^☎ 115 /)
    expect((sent.reply_markup as { keyboard: { request_location: boolean }[][] }).keyboard[0]![0]!.request_location).toBe(true)
    // In a group the keyboard would be shown to everyone: no location button there.
    await post(textUpdate('@bdg_test_bot bồ em giữ điện thoại không cho em đi đâu, em sợ', { id: -100, type: 'group' }))
    const inGroup = fake.sent().at(-1)!.params
    expect(inGroup.chat_id).toBe(-100)
    expect(String(inGroup.text)).toMatch(/^<b>☎ 113 /)
    expect(inGroup.reply_markup).toBeUndefined()
  })

  it('offers a location button for /diachi and answers a shared location with the nearest places', async () => {
    await post(textUpdate('/diachi'))
    const markup = fake.sent()[0]!.params.reply_markup as { keyboard: { text: string; request_location: boolean }[][] }
    expect(markup.keyboard[0]![0]).toMatchObject({ text: 'Gửi vị trí của tôi', request_location: true })
    const location = { update_id: nextUpdateId(), message: { message_id: 5, date: 1, chat: { id: 42, type: 'private', first_name: 'A' }, from: { id: 7, is_bot: false, first_name: 'A' }, location: { latitude: 16.46, longitude: 107.59 } } }
    expect((await post(location)).statusCode).toBe(200)
    expect(fake.sent().at(-1)!.params.text).toContain('113')
    // Neither the coordinates nor any message text reach the logs.
    expect(app.logs.text).not.toContain('16.46')
    expect(app.logs.text).not.toContain('107.59')
    expect(app.logs.text).not.toContain('diachi')
  })

  it('handles callback buttons and answers the callback query', async () => {
    await post(textUpdate('/dangky'))
    const keyboard = fake.sent()[0]!.params.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }
    const button = keyboard.inline_keyboard.flat().find((b) => b.text === 'Tháng hành động')!
    expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64)
    const callback = { update_id: nextUpdateId(), callback_query: { id: 'cb1', from: { id: 7, is_bot: false, first_name: 'A' }, chat_instance: 'x', data: button.callback_data, message: { message_id: 9, date: 1, chat: { id: 42, type: 'private', first_name: 'A' }, text: 'x' } } }
    expect((await post(callback)).statusCode).toBe(200)
    expect(fake.sent('answerCallbackQuery')[0]!.params).toMatchObject({ callback_query_id: 'cb1' })
    expect(fake.sent().at(-1)!.params.text).toContain('Đã đăng ký: Tháng hành động')
    expect((await app.stores.chats.get({ platform: 'telegram', chatId: '42' }))?.topics).toEqual(['thang-hanh-dong'])
  })

  it('in groups answers commands and mentions only', async () => {
    const group = { id: -100, type: 'supergroup' }
    await post(textUpdate('hôm nay trời đẹp', group))
    expect(fake.sent()).toHaveLength(0)
    await post(textUpdate('@bdg_test_bot tháng hành động diễn ra khi nào?', group, { entities: [{ type: 'mention', offset: 0, length: 13 }] }))
    expect(fake.sent()[0]!.params.text).toContain('15/11')
    await post(textUpdate('/help@bdg_test_bot', group, { entities: [{ type: 'bot_command', offset: 0, length: 18 }] }))
    expect(fake.sent()).toHaveLength(2)
  })

  it('marks a chat inactive when the user blocks the bot', async () => {
    await post(textUpdate('/dangky tháng hành động'))
    const kicked = {
      update_id: nextUpdateId(),
      my_chat_member: {
        chat: { id: 42, type: 'private', first_name: 'A' },
        from: { id: 7, is_bot: false, first_name: 'A' },
        date: 1,
        old_chat_member: { status: 'member', user: { id: 999, is_bot: true, first_name: 'B' } },
        new_chat_member: { status: 'kicked', until_date: 0, user: { id: 999, is_bot: true, first_name: 'B' } },
      },
    }
    expect((await post(kicked)).statusCode).toBe(200)
    expect((await app.stores.chats.get({ platform: 'telegram', chatId: '42' }))?.active).toBe(false)
  })

  it('retries a 5xx and a 429 from Telegram, then delivers', async () => {
    fake.failNext({ status: 502, description: 'Bad Gateway' }, { status: 429, description: 'Too Many Requests: retry after 1', retryAfter: 1 })
    const res = await post(textUpdate('xin chào'))
    expect(res.statusCode).toBe(200)
    expect(fake.sent()).toHaveLength(3)
    expect(fake.sent()[2]!.params.text).toContain('Xin chào')
  })

  it('gives up after repeated 5xx, logs it without the text, and still answers 200', async () => {
    fake.failNext(...Array.from({ length: 5 }, () => ({ status: 500, description: 'Internal Server Error' })))
    const res = await post(textUpdate('bí mật của tôi'))
    expect(res.statusCode).toBe(200)
    expect(app.logs.text).toContain('telegram update failed')
    expect(app.logs.text).not.toContain('bí mật')
    expect(app.logs.text).not.toContain(TELEGRAM_TOKEN)
  })

  it('splits replies longer than 4,096 characters at paragraph boundaries', async () => {
    const { renderTelegramHtml } = await import('../../src/channels/telegram/render-telegram.js')
    const long = Array.from({ length: 60 }, (_, i) => `Đoạn ${i}: ${'báo cáo <kế hoạch> & '.repeat(8)}`).join('\n\n')
    const parts = renderTelegramHtml({ intent: 'content', found: true, text: long, citations: [] })
    expect(parts.length).toBeGreaterThan(1)
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(4096)
    expect(parts.join('')).not.toMatch(/<kế|> &/)
    expect(parts[1]!.startsWith('Đoạn')).toBe(true)
  })
})

describe('Telegram long polling (local development)', () => {
  it('answers updates fetched with getUpdates, without a webhook route', async () => {
    const polling = await testApp({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_POLLING: 'true', TELEGRAM_API_ROOT: fake.url })
    try {
      expect((await polling.server.inject({ method: 'POST', url: '/webhooks/telegram', payload: {} })).statusCode).toBe(404)
      fake.calls.length = 0
      fake.pendingUpdates.push(textUpdate('Tháng hành động diễn ra khi nào?', { id: 55 }))
      void polling.telegram!.launch({ dropPendingUpdates: false })
      const deadline = Date.now() + 5000
      while (!fake.sent().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
      expect(fake.sent()[0]!.params).toMatchObject({ chat_id: 55 })
      expect(fake.sent()[0]!.params.text).toContain('15/11')
    } finally {
      polling.telegram!.stop('test')
      fake.pendingUpdates.length = 0
      await polling.close()
    }
  })
})
