import { readFile } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { changeBroadcast } from '../../src/core/broadcasts/broadcast-lifecycle.js'
import { loadConfig } from '../../src/config/load-config.js'
import { testApp } from '../helpers/test-app.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

/** Issue 12, scenarios 7 and 10: the client's real address, and what /xoa leaves behind. */
const ADMIN_TOKEN = 'admin-token-0123456789'
const json = { 'content-type': 'application/json' }

describe('trusting a proxy is configuration (scenario 7)', () => {
  it('by default, X-Forwarded-For neither resets the rate limit nor chooses the audited address', async () => {
    const app = await testApp({ ADMIN_TOKEN })
    try {
      const codes: number[] = []
      for (let i = 0; i < 32; i++) codes.push((await app.server.inject({ method: 'POST', url: '/api/ask', remoteAddress: '10.0.0.9', headers: { ...json, 'x-forwarded-for': `198.51.100.${i}` }, payload: { question: 'xin chào' } })).statusCode)
      expect(codes.slice(30)).toEqual([429, 429])
      const created = await app.server.inject({ method: 'POST', url: '/admin/broadcasts', remoteAddress: '10.0.0.5', headers: { ...json, authorization: `Bearer ${ADMIN_TOKEN}`, 'x-forwarded-for': '6.6.6.6' }, payload: { text: 'Tin' } })
      expect(created.statusCode).toBe(201)
      const audit = await app.stores.database.db.selectFrom('audit_log').select('actor').execute()
      expect(audit.map((a) => a.actor)).toEqual(['admin@10.0.0.5'])
    } finally {
      await app.close()
    }
  })

  it('with TRUST_PROXY set to the proxy in front, each client behind it has its own limit and address', async () => {
    const app = await testApp({ ADMIN_TOKEN, TRUST_PROXY: '10.0.0.1' })
    try {
      const codes: number[] = []
      for (let i = 0; i < 32; i++) codes.push((await app.server.inject({ method: 'POST', url: '/api/ask', remoteAddress: '10.0.0.1', headers: { ...json, 'x-forwarded-for': `198.51.100.${i}` }, payload: { question: 'xin chào' } })).statusCode)
      expect(codes.every((c) => c === 200)).toBe(true)
      await app.server.inject({ method: 'POST', url: '/admin/broadcasts', remoteAddress: '10.0.0.1', headers: { ...json, authorization: `Bearer ${ADMIN_TOKEN}`, 'x-forwarded-for': '203.0.113.50' }, payload: { text: 'Tin' } })
      // An untrusted sender of the header is not believed.
      await app.server.inject({ method: 'POST', url: '/admin/broadcasts', remoteAddress: '10.0.0.77', headers: { ...json, authorization: `Bearer ${ADMIN_TOKEN}`, 'x-forwarded-for': '6.6.6.6' }, payload: { text: 'Tin' } })
      const audit = await app.stores.database.db.selectFrom('audit_log').select('actor').orderBy('id').execute()
      expect(audit.map((a) => a.actor)).toEqual(['admin@203.0.113.50', 'admin@10.0.0.77'])
    } finally {
      await app.close()
    }
  })

  it('accepts off, a hop count or addresses, and rejects "trust everyone" and non-addresses', () => {
    const base = { CONTENT_DIR: '.' }
    expect(loadConfig(base).TRUST_PROXY).toBe(false)
    expect(loadConfig({ ...base, TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2)
    expect(loadConfig({ ...base, TRUST_PROXY: '10.0.0.1, 172.16.0.0/12,::1' }).TRUST_PROXY).toEqual(['10.0.0.1', '172.16.0.0/12', '::1'])
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/)
    expect(() => loadConfig({ ...base, TRUST_PROXY: 'proxy.local' })).toThrow(/not an address: proxy.local/)
  })
})

describe('no citizen address in the logs (scenario 10)', () => {
  it('logs /api/nearby and /api/ask without the client IP', async () => {
    const app = await testApp()
    try {
      await app.server.inject({ method: 'POST', url: '/api/nearby', remoteAddress: '203.0.113.7', headers: json, payload: { latitude: 16.2712, longitude: 107.8811 } })
      await app.server.inject({ method: 'POST', url: '/api/ask', remoteAddress: '203.0.113.7', headers: json, payload: { question: 'xin chào' } })
      expect(app.logs.text).toMatch(/"route":"\/api\/nearby"/)
      expect(app.logs.text).not.toContain('203.0.113.7')
    } finally {
      await app.close()
    }
  })
})

describe.each(DIALECTS)('/xoa leaves no chat id behind on %s (scenario 10)', (dialect) => {
  it('anonymises delivered rows and keeps the report true', async () => {
    const file = dialect === 'sqlite' ? path.join(await mkdtemp(path.join(os.tmpdir(), 'bdg-xoa-')), 'store.sqlite') : undefined
    const stores = await freshStores(dialect, file)
    try {
      const chatId = '987654321777'
      const ref = { platform: 'telegram' as const, chatId }
      await stores.chats.subscribe(ref, 'tin-tuc')
      await stores.chats.subscribe({ platform: 'telegram', chatId: '5' }, 'tin-tuc')
      const { id } = await stores.broadcasts.create({ text: 'Tin', audience: { topic: 'tin-tuc' }, createdBy: 'test' })
      await changeBroadcast(stores.broadcasts, id, 'start', new Date())
      const claimed = await stores.broadcasts.claimDue('telegram', new Date(), 10, { owner: 'a', until: new Date(Date.now() + 30_000) })
      for (const d of claimed) await stores.broadcasts.markSent(d.id, new Date())
      await stores.chats.forget(ref)
      const rows = await stores.database.db.selectFrom('deliveries').select(['chat_id', 'status']).execute()
      expect(rows.map((r) => r.chat_id)).not.toContain(chatId)
      expect(await stores.broadcasts.report(id)).toMatchObject({ total: 2, sent: 2 })
      if (file) {
        // secure_delete: the bytes are gone from the file (and its write-ahead log) too.
        const bytes = Buffer.concat([await readFile(file), await readFile(`${file}-wal`).catch(() => Buffer.alloc(0))])
        expect(bytes.includes(Buffer.from(chatId))).toBe(false)
      }
    } finally {
      await stores.close()
    }
  })
})
