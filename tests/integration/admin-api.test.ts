import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { FakeTelegramApi } from '../fakes/fake-telegram-api.js'
import { TELEGRAM_SECRET, TELEGRAM_TOKEN, testApp } from '../helpers/test-app.js'

const ADMIN_TOKEN = 'admin-token-0123456789'
const fake = new FakeTelegramApi()
let app: App
beforeAll(() => fake.start())
afterAll(() => fake.stop())
beforeEach(async () => {
  fake.delivered.clear()
  app = await testApp({ ADMIN_TOKEN, TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: fake.url })
  for (const [chatId, province] of [
    ['1', 'An Giang'],
    ['2', 'An Giang'],
    ['3', 'Thừa Thiên Huế'],
  ] as const) {
    await app.stores.chats.update({ platform: 'telegram', chatId }, { province })
    await app.stores.chats.subscribe({ platform: 'telegram', chatId }, 'thang-hanh-dong')
  }
})
afterEach(() => app.close())

const admin = (method: 'GET' | 'POST', url: string, payload?: unknown, token: string | null = ADMIN_TOKEN) =>
  app.server.inject({ method, url, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(payload ? { 'content-type': 'application/json' } : {}) }, ...(payload ? { payload: JSON.stringify(payload) } : {}) })

describe('admin API', () => {
  it('needs the bearer token', async () => {
    expect((await admin('GET', '/admin/subscribers/stats', undefined, null)).statusCode).toBe(401)
    expect((await admin('GET', '/admin/subscribers/stats', undefined, 'wrong-token-0123456789')).statusCode).toBe(401)
  })

  it('is off when no ADMIN_TOKEN is configured', async () => {
    const plain = await testApp()
    expect((await plain.server.inject({ method: 'GET', url: '/admin/subscribers/stats', headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).statusCode).toBe(404)
    await plain.close()
  })

  it('creates, previews, starts and reports a broadcast that the sender delivers', async () => {
    const created = await admin('POST', '/admin/broadcasts', { text: 'Thông báo: họp triển khai Tháng hành động', audience: { province: 'An Giang', topic: 'thang-hanh-dong' } })
    expect(created.statusCode).toBe(201)
    const { id } = created.json() as { id: number }
    const preview = (await admin('GET', `/admin/broadcasts/${id}/preview`)).json()
    expect(preview).toMatchObject({ id, status: 'draft', total: 2, recipients: { telegram: 2 }, text: 'Thông báo: họp triển khai Tháng hành động', platforms: { telegram: { total: 2, onTime: { send: 2 }, later: [], missing: {} } } })
    expect((await admin('POST', `/admin/broadcasts/${id}/start`)).json()).toMatchObject({ status: 'sending', total: 2, pending: 2 })
    expect((await admin('POST', `/admin/broadcasts/${id}/start`)).statusCode).toBe(409)
    const background = app.startBackground({ schedulerIntervalMs: 60_000, lockRetryMs: 50 })
    const deadline = Date.now() + 10_000
    while ((await admin('GET', `/admin/broadcasts/${id}`)).json().status !== 'done' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25))
    await background.stop()
    expect((await admin('GET', `/admin/broadcasts/${id}`)).json()).toEqual({ id, status: 'done', total: 2, sent: 2, failed: 0, pending: 0, blocked: 0, cancelled: 0, skipped: 0, delivered: 0, seen: 0, byReason: {}, byRoute: { send: 2 }, receiptsByRoute: {}, failures: {} })
    expect([...fake.delivered.keys()].sort()).toEqual(['1', '2'])
  })

  it('pauses, resumes and cancels; every action is audited', async () => {
    const { id } = (await admin('POST', '/admin/broadcasts', { text: 'Tin', audience: {} })).json() as { id: number }
    await admin('POST', `/admin/broadcasts/${id}/start`)
    expect((await admin('POST', `/admin/broadcasts/${id}/pause`)).json().status).toBe('paused')
    expect((await admin('POST', `/admin/broadcasts/${id}/resume`)).json().status).toBe('sending')
    expect((await admin('POST', `/admin/broadcasts/${id}/cancel`)).json()).toMatchObject({ status: 'cancelled', pending: 0 })
    const actions = (await app.stores.audit.recent()).map((r) => r.action).reverse()
    expect(actions).toEqual(['broadcast.create', 'broadcast.start', 'broadcast.pause', 'broadcast.resume', 'broadcast.cancel'])
  })

  it('validates input and answers 404 for unknown broadcasts', async () => {
    expect((await admin('POST', '/admin/broadcasts', { text: '' })).statusCode).toBe(400)
    expect((await admin('POST', '/admin/broadcasts', { text: 'x'.repeat(2001) })).statusCode).toBe(400)
    expect((await admin('POST', '/admin/broadcasts', { text: 'x', audience: { topic: 'khong-co' } })).statusCode).toBe(400)
    expect((await admin('GET', '/admin/broadcasts/999')).statusCode).toBe(404)
    expect((await admin('POST', '/admin/broadcasts/abc/start')).statusCode).toBe(404)
  })

  it('counts subscribers by province and topic', async () => {
    expect((await admin('GET', '/admin/subscribers/stats')).json()).toEqual({
      total: 3,
      byProvinceAndTopic: [
        { province: 'An Giang', topic: 'thang-hanh-dong', platform: 'telegram', subscribers: 2 },
        { province: 'Thừa Thiên Huế', topic: 'thang-hanh-dong', platform: 'telegram', subscribers: 1 },
      ],
    })
  })
})

describe('deadline calendar and /hanchot', () => {
  it("exports a province's deadlines as iCalendar", async () => {
    const res = await app.server.inject('/api/deadlines.ics?province=An%20Giang')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/calendar')
    const body = res.body
    expect(body.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(body.match(/BEGIN:VEVENT/g)).toHaveLength(6)
    expect(body).toContain('DTSTART;VALUE=DATE:20210610')
    expect(body).toContain('TRIGGER:-P7D')
    for (const line of body.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const agency = await app.server.inject('/api/deadlines.ics?province=An%20Giang&agency=S%E1%BB%9F%20Lao%20%C4%91%E1%BB%99ng')
    expect(agency.body.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThan(0)
    expect((await app.server.inject('/api/deadlines.ics')).statusCode).toBe(400)
    expect((await app.server.inject('/api/deadlines.ics?province=Atlantis')).statusCode).toBe(404)
  })

  it("/hanchot lists the deadlines of the chat's province (all passed for the 2020–2022 plans)", async () => {
    const post = (text: string) =>
      app.server.inject({
        method: 'POST',
        url: '/webhooks/telegram',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET },
        payload: { update_id: Math.floor(Math.random() * 1e9), message: { message_id: 1, date: 1, chat: { id: 77, type: 'private', first_name: 'A' }, from: { id: 77, is_bot: false, first_name: 'A' }, text } },
      })
    fake.calls.length = 0
    await post('/hanchot')
    expect(fake.sent().at(-1)!.params.text).toContain('/tinh')
    await post('/tinh An Giang')
    await post('/hanchot')
    const text = fake.sent().at(-1)!.params.text as string
    expect(text).toContain('Không còn hạn nào sắp tới')
    expect(text).toContain('25/11/2021')
    await post('/xoa')
    expect(await app.stores.chats.get({ platform: 'telegram', chatId: '77' })).toBeNull()
  })
})
