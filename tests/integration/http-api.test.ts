import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { loadConfig } from '../../src/config/load-config.js'
import { ConfigError } from '../../src/core/errors.js'
import { LogCapture, testApp } from '../helpers/test-app.js'

let app: App & { logs: LogCapture }
beforeEach(async () => {
  app = await testApp()
})
afterEach(() => app.close())

const ask = (payload: unknown, headers: Record<string, string> = {}) => app.server.inject({ method: 'POST', url: '/api/ask', headers: { 'content-type': 'application/json', ...headers }, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) })

describe('public API', () => {
  it('POST /api/ask returns a cited Reply', async () => {
    const res = await ask({ question: 'Kinh phí bình đẳng giới cho UBND cấp xã ở An Giang là bao nhiêu?' })
    expect(res.statusCode).toBe(200)
    const reply = res.json()
    expect(reply).toMatchObject({ intent: 'budget', found: true })
    expect(reply.citations[0]).toMatchObject({ province: 'An Giang', section: 'III' })
  })

  it('uses the province given with the question', async () => {
    const reply = (await ask({ question: 'hạn báo cáo năm', province: 'Thừa Thiên Huế' })).json()
    expect(reply.text).toContain('10/12/2020')
  })

  it('validates the body: missing or oversized question, malformed JSON, wrong content type', async () => {
    expect((await ask({})).statusCode).toBe(400)
    expect((await ask({ question: 'x'.repeat(2001) })).statusCode).toBe(400)
    expect((await ask('{"question":')).statusCode).toBe(400)
    expect((await ask('question=hi', { 'content-type': 'application/x-www-form-urlencoded' })).statusCode).toBe(400)
    expect((await ask({ question: 'x'.repeat(70_000) })).statusCode).toBe(413)
  })

  it('rate-limits per IP', async () => {
    const codes: number[] = []
    for (let i = 0; i < 32; i++) codes.push((await app.server.inject({ method: 'POST', url: '/api/ask', remoteAddress: '10.0.0.9', headers: { 'content-type': 'application/json' }, payload: { question: 'xin chào' } })).statusCode)
    expect(codes.filter((c) => c === 200)).toHaveLength(30)
    expect(codes.slice(30)).toEqual([429, 429])
  })

  it("never writes a citizen's words or location to the logs", async () => {
    await ask({ question: 'chồng tôi đánh tôi ở Phú Lộc, cứu tôi' })
    await app.server.inject({ method: 'POST', url: '/api/nearby', headers: { 'content-type': 'application/json' }, payload: { latitude: 16.2712, longitude: 107.8811 } })
    expect(app.logs.lines.length).toBeGreaterThan(0)
    expect(app.logs.text).not.toMatch(/đánh|Phú Lộc|cứu/)
    expect(app.logs.text).not.toContain('16.2712')
    expect(app.logs.text).not.toContain('107.8811')
  })

  it('serves health and readiness', async () => {
    expect((await app.server.inject('/healthz')).json()).toEqual({ ok: true })
    expect((await app.server.inject('/readyz')).json()).toEqual({ ready: true })
  })

  it('serves the web chat page', async () => {
    const page = await app.server.inject('/')
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toContain('text/html')
    expect(page.body).toContain('Trợ lý bình đẳng giới')
    expect((await app.server.inject('/chat.js')).statusCode).toBe(200)
  })
})

describe('configuration', () => {
  it('starts with no variables at all', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, CONTENT_DIR: 'content', DATA_DIR: 'data' })
  })

  it('reports every bad variable in one error', () => {
    let error: unknown
    try {
      loadConfig({ PORT: 'abc', LOG_LEVEL: 'loud', TELEGRAM_WEBHOOK_SECRET: 'has spaces!', DATABASE_URL: 'mysql://x' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    const problems = (error as ConfigError).problems.join('\n')
    for (const name of ['PORT', 'LOG_LEVEL', 'TELEGRAM_WEBHOOK_SECRET', 'DATABASE_URL']) expect(problems).toContain(name)
  })

  it('treats empty values (blank lines in .env) as unset', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '', DATABASE_URL: '' }).TELEGRAM_BOT_TOKEN).toBeUndefined()
  })
})
