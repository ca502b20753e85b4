import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { runPolling } from '../../src/channels/telegram/run-polling.js'
import { FakeTelegramApi } from '../fakes/fake-telegram-api.js'
import { ROOT } from '../helpers/run-cli.js'
import { TELEGRAM_SECRET, TELEGRAM_TOKEN, testApp, textUpdate } from '../helpers/test-app.js'

/** Issue 12, scenarios 1 (webhook and polling), 5 and 6: Telegram faults. */
const fake = new FakeTelegramApi()
beforeAll(() => fake.start())
afterAll(() => fake.stop())
beforeEach(() => {
  fake.calls.length = 0
})

const env = () => ({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: fake.url })
const headers = { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': TELEGRAM_SECRET }

describe('Telegram faults', () => {
  it('keeps answering after one failed getMe (scenario 1): the failed update is left for Telegram to retry', async () => {
    const app = await testApp(env())
    try {
      fake.failMethod('getMe', { status: 502, description: 'Bad Gateway' })
      const update = textUpdate('xin chào')
      const first = await app.server.inject({ method: 'POST', url: '/webhooks/telegram', headers, payload: update })
      expect(first.statusCode).toBe(503)
      expect(fake.sent()).toHaveLength(0)
      // Telegram retries the same update, and a new one arrives: both are answered.
      expect((await app.server.inject({ method: 'POST', url: '/webhooks/telegram', headers, payload: update })).statusCode).toBe(200)
      expect((await app.server.inject({ method: 'POST', url: '/webhooks/telegram', headers, payload: textUpdate('xin chào') })).statusCode).toBe(200)
      expect(fake.sent()).toHaveLength(2)
    } finally {
      await app.close()
    }
  })

  it('never writes the bot token to the log when Telegram (or a proxy) answers with a non-JSON body (scenario 6)', async () => {
    const app = await testApp(env())
    try {
      const page = { status: 200, rawBody: '<html><body>Proxy login required</body></html>' }
      fake.failMethod('sendMessage', page, page, page)
      const res = await app.server.inject({ method: 'POST', url: '/webhooks/telegram', headers, payload: textUpdate('xin chào') })
      expect(res.statusCode).toBe(200)
      expect(app.logs.text).toMatch(/telegram update failed/)
      expect(app.logs.text).toMatch(/invalid json response body at \S*\/bot\[redacted\]\/sendMessage/)
      expect(app.logs.text).not.toContain(TELEGRAM_TOKEN)
      expect(app.logs.text).not.toContain(TELEGRAM_TOKEN.split(':')[1])
    } finally {
      await app.close()
    }
  })
})

function startBot(file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/helpers/webhook-child.ts'), file, fake.url], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      const match = /listening (\S+)/.exec(d.toString())
      if (match) resolve({ child, url: match[1]! })
    })
    child.on('exit', (code) => reject(new Error(`bot exited early (${code})`)))
  })
}

describe('an update in progress when the process dies (scenario 5)', () => {
  it('is answered when Telegram retries it to the restarted process', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'bdg-update-')), 'store.sqlite')
    const update = textUpdate('xin chào', { id: 4242 })
    const first = await startBot(file)
    fake.failMethod('sendMessage', { hang: true })
    void fetch(`${first.url}/webhooks/telegram`, { method: 'POST', headers, body: JSON.stringify(update) }).catch(() => {})
    const deadline = Date.now() + 15_000
    while (!fake.sent().length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
    expect(fake.sent()).toHaveLength(1) // the answer was on its way when the process died
    first.child.kill('SIGKILL')
    await new Promise((r) => first.child.once('exit', r))

    const second = await startBot(file)
    try {
      await new Promise((r) => setTimeout(r, 600)) // past the dead attempt's lease
      const retry = await fetch(`${second.url}/webhooks/telegram`, { method: 'POST', headers, body: JSON.stringify(update) })
      expect(retry.status).toBe(200)
      expect(fake.sent().filter((c) => String(c.params.chat_id) === '4242')).toHaveLength(2)
      const again = await fetch(`${second.url}/webhooks/telegram`, { method: 'POST', headers, body: JSON.stringify(update) })
      expect(again.status).toBe(200)
      expect(fake.sent().filter((c) => String(c.params.chat_id) === '4242')).toHaveLength(2) // answered once more, not twice
    } finally {
      second.child.kill('SIGKILL')
    }
  }, 60_000)
})

describe('long polling after a failed getMe (scenario 1, polling mode)', () => {
  it('retries and then answers', async () => {
    const polling = await testApp({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_POLLING: 'true', TELEGRAM_API_ROOT: fake.url })
    const abort = new AbortController()
    try {
      fake.failMethod('getMe', { status: 502, description: 'Bad Gateway' })
      fake.pendingUpdates.push(textUpdate('xin chào', { id: 77 }))
      const running = runPolling(polling.telegram!, { log: polling.server.log as never, signal: abort.signal, sleep: async () => {} })
      const deadline = Date.now() + 10_000
      while (!fake.sent().some((c) => String(c.params.chat_id) === '77') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
      expect(fake.sent().some((c) => String(c.params.chat_id) === '77')).toBe(true)
      abort.abort()
      polling.telegram!.stop('test')
      await running
    } finally {
      fake.pendingUpdates.length = 0
      await polling.close()
    }
  })
})
