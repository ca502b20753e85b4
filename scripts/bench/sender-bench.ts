/**
 * The broadcast sender: (1) our overhead — 100,000 deliveries against the fake Telegram API (in its
 * own process) with its limit lifted: deliveries/s and store time per delivery, on SQLite and PostgreSQL;
 * (2) limit utilisation — 20 s against the fake (in its own process) enforcing 30 msg/s: share of
 * the limit used, and 429s.
 */
import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { TelegramMessenger } from '../../src/channels/telegram/telegram-messenger.js'
import { loadGlossary } from '../../src/content/load-content.js'
import type { BroadcastStore } from '../../src/core/broadcasts/broadcast.js'
import { runSender } from '../../src/core/broadcasts/run-sender.js'
import { createStores, type Stores } from '../../src/storage/create-stores.js'
import { printTable, type BenchRow } from './bench-table.js'

const quiet = { info: () => {}, warn: () => {}, error: () => {} }

async function seed(stores: Stores, count: number): Promise<number> {
  const at = new Date().toISOString()
  const db = stores.database.db
  for (let i = 0; i < count; i += 1000) {
    const ids = Array.from({ length: Math.min(1000, count - i) }, (_, k) => String(1_000_000 + i + k))
    await db
      .insertInto('chats')
      .values(ids.map((chat_id) => ({ platform: 'telegram', chat_id, kind: 'private', province: 'An Giang', agency: null, active: 1, created_at: at, updated_at: at })))
      .execute()
    await db
      .insertInto('subscriptions')
      .values(ids.map((chat_id) => ({ platform: 'telegram', chat_id, topic: 'thang-hanh-dong', created_at: at })))
      .execute()
  }
  const { id } = await stores.broadcasts.create({ text: 'Tháng hành động vì bình đẳng giới 2026', audience: { topic: 'thang-hanh-dong' }, createdBy: 'bench' })
  await stores.broadcasts.enqueue(id, new Date())
  await stores.broadcasts.transition(id, ['draft'], 'sending', new Date())
  return id
}

interface StoreCost {
  calls: number
  ms: number
}

/** Wraps the store to count its calls and their latency: the database cost of sending. */
function timed(store: BroadcastStore, cost: StoreCost): BroadcastStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown
      if (typeof value !== 'function') return value
      return async (...args: unknown[]) => {
        const t = performance.now()
        try {
          return await (value as (...a: unknown[]) => Promise<unknown>).apply(target, args)
        } finally {
          cost.calls++
          cost.ms += performance.now() - t
        }
      }
    },
  })
}

async function untilDone(stores: Stores, id: number, maxMs: number): Promise<void> {
  const deadline = Date.now() + maxMs
  while (Date.now() < deadline && (await stores.broadcasts.report(id))?.status !== 'done') await new Promise((r) => setTimeout(r, 200))
}

async function overhead(label: string, stores: Stores, fake: { url: string }, count: number): Promise<BenchRow[]> {
  const id = await seed(stores, count)
  const storeCost: StoreCost = { calls: 0, ms: 0 }
  const abort = new AbortController()
  const started = performance.now()
  const running = runSender({ store: timed(stores.broadcasts, storeCost), messengers: { telegram: new TelegramMessenger({ token: '1:bench', apiRoot: fake.url }) }, log: quiet, limits: { telegram: { perSecond: 1_000_000, privateGapMs: 0, groupGapMs: 0 } }, batchSize: 500, concurrency: 32, idleMs: 20 }, abort.signal)
  await untilDone(stores, id, 300_000)
  const elapsed = (performance.now() - started) / 1000
  abort.abort()
  await running
  const report = await stores.broadcasts.report(id)
  return [
    { benchmark: `${label}: ${count.toLocaleString('en')} deliveries`, value: `${elapsed.toFixed(1)} s (${report?.sent} sent)` },
    { benchmark: `${label}: deliveries/s`, value: ((report?.sent ?? 0) / elapsed).toFixed(0) },
    { benchmark: `${label}: store calls per delivery`, value: (storeCost.calls / Math.max(1, report?.sent ?? 1)).toFixed(3) },
    // Calls overlap (32 sends in flight), so this is latency per call, not time per delivery.
    { benchmark: `${label}: mean store call latency`, value: `${((storeCost.ms / Math.max(1, storeCost.calls)) * 1000).toFixed(0)} µs` },
  ]
}

/** The fake Telegram API in a child process (0 = no limit); its URL and a way to read its counters. */
async function startFake(perSecond: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/fake-telegram-process.ts', String(perSecond)], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      const line = d
        .toString()
        .split('\n')
        .find((l) => l.startsWith('{"url"'))
      if (line) resolve((JSON.parse(line) as { url: string }).url)
    })
    child.on('exit', (code) => reject(new Error(`fake exited with ${code}`)))
  })
  const stats = async () => (await (await fetch(`${url}/__stats`)).json()) as { delivered: number; rateLimited: number }
  return { url, stats, stop: () => child.kill() }
}

export async function utilisation(stores: Stores): Promise<BenchRow[]> {
  const { url, stats, stop } = await startFake(30)
  try {
    await seed(stores, 2000)
    const abort = new AbortController()
    const running = runSender({ store: stores.broadcasts, messengers: { telegram: new TelegramMessenger({ token: '1:bench', apiRoot: url }) }, log: quiet, idleMs: 20 }, abort.signal)
    await new Promise((r) => setTimeout(r, 2000)) // measure the steady state
    const before = await stats()
    await new Promise((r) => setTimeout(r, 20_000))
    const after = await stats()
    abort.abort()
    await running
    const sent = after.delivered - before.delivered
    const share = sent / (30 * 20)
    return [
      { benchmark: 'limit utilisation (20 s at 30 msg/s)', value: `${(share * 100).toFixed(1)} % (${sent} msgs)`, target: '≥ 95 %', ok: share >= 0.95 },
      { benchmark: '429 responses', value: String(after.rateLimited), target: '0', ok: after.rateLimited === 0 },
    ]
  } finally {
    stop()
  }
}

export async function runSenderBench(contentDir: string): Promise<void> {
  const glossary = await loadGlossary(contentDir)
  const fake = await startFake(0)
  const rows: BenchRow[] = []
  const sqlite = await createStores({ databaseUrl: `sqlite:${path.join(await mkdtemp(path.join(os.tmpdir(), 'bdg-bench-')), 'bench.sqlite')}`, dataDir: '.', glossary })
  rows.push(...(await overhead('SQLite', sqlite, fake, 100_000)))
  await sqlite.close()
  const pgUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
  if (await reachable(pgUrl)) {
    const schemaUrl = new URL(pgUrl)
    schemaUrl.searchParams.set('schema', `bdg_bench_${Date.now()}`)
    const postgres = await createStores({ databaseUrl: schemaUrl.toString(), dataDir: '.', glossary })
    rows.push(...(await overhead('PostgreSQL', postgres, fake, 100_000)))
    await postgres.database.db.schema.dropSchema(schemaUrl.searchParams.get('schema')!).cascade().execute()
    await postgres.close()
  } else {
    rows.push({ benchmark: 'PostgreSQL', value: `skipped: no server at ${pgUrl}` })
  }
  const small = await createStores({ databaseUrl: 'sqlite::memory:', dataDir: '.', glossary })
  rows.push(...(await utilisation(small)))
  await small.close()
  fake.stop()
  printTable('Broadcast sender', rows)
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}
