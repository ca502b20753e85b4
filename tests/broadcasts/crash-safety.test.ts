import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FakeTelegramApi } from '../fakes/fake-telegram-api.js'
import { ROOT } from '../helpers/run-cli.js'
import { freshStores } from '../helpers/test-stores.js'

const fake = new FakeTelegramApi()
beforeAll(() => fake.start())
afterAll(() => fake.stop())

function startSender(file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/helpers/sender-child.ts'), file, fake.url], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('sender ready') && resolve(child))
    child.on('exit', (code) => reject(new Error(`sender exited early (${code})`)))
  })
}

async function waitFor(condition: () => boolean | Promise<boolean>, ms: number) {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 10))
  }
}

describe('crash safety of the outbox', () => {
  it('after kill -9 mid-broadcast and a restart, every delivery arrives and only in-flight ones may repeat', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'bdg-crash-')), 'store.sqlite')
    const stores = await freshStores('sqlite', file)
    const chats = Array.from({ length: 600 }, (_, i) => String(10_000 + i))
    for (const chatId of chats) {
      await stores.chats.update({ platform: 'telegram', chatId }, { province: 'An Giang' })
      await stores.chats.subscribe({ platform: 'telegram', chatId }, 'thang-hanh-dong')
    }
    const { id } = await stores.broadcasts.create({ text: 'Tháng hành động', audience: { topic: 'thang-hanh-dong' }, createdBy: 'test' })
    await stores.broadcasts.enqueue(id, new Date())
    await stores.broadcasts.transition(id, ['draft'], 'sending', new Date())

    const first = await startSender(file)
    await waitFor(() => fake.delivered.size >= 150, 20_000)
    first.kill('SIGKILL')
    await new Promise((r) => first.once('exit', r))
    const deliveredAtKill = fake.delivered.size
    expect(deliveredAtKill).toBeLessThan(600)

    const second = await startSender(file)
    try {
      await waitFor(async () => (await stores.broadcasts.report(id))?.status === 'done', 30_000)
    } finally {
      second.kill('SIGKILL')
    }
    const report = await stores.broadcasts.report(id)
    expect(report).toMatchObject({ total: 600, sent: 600, failed: 0, pending: 0 })
    expect(chats.every((c) => (fake.delivered.get(c) ?? 0) >= 1)).toBe(true)
    const duplicates = [...fake.delivered.values()].reduce((n, count) => n + count - 1, 0)
    // The sender keeps at most 8 messages in flight: only those can have been sent twice.
    expect(duplicates).toBeLessThanOrEqual(8)
    await stores.close()
  }, 60_000)
})
