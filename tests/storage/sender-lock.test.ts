import { describe, expect, it } from 'vitest'
import { PostgresAdvisoryLock } from '../../src/storage/sender-lock.js'
import { POSTGRES_URL, freshStores, secondInstance } from '../helpers/test-stores.js'

async function waitUntil(condition: () => Promise<boolean> | boolean, ms = 5_000): Promise<boolean> {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (await condition()) return true
    await new Promise((r) => setTimeout(r, 50))
  }
  return false
}

describe.skipIf(!POSTGRES_URL)('one broadcast sender per bot (PostgreSQL advisory lock)', () => {
  it('lets one instance hold the lock, and another take over when it goes away; the old holder learns it lost the lock', async () => {
    const a = await freshStores('postgres')
    const b = await secondInstance(a)
    const lockA = new PostgresAdvisoryLock(a.database.pool!, 100)
    const lockB = new PostgresAdvisoryLock(b.database.pool!, 100)
    try {
      expect(await lockA.tryAcquire()).toBe(true)
      expect(await lockB.tryAcquire()).toBe(false)
      expect(lockA.held.aborted).toBe(false)
      // The holder's session dies (terminated by the server, as on a network blip).
      const { rows } = await b.database.pool!.query<{ pid: number }>("select pid from pg_locks where locktype = 'advisory' and granted and objid = hashtext(current_database() || '.' || current_schema())::oid")
      expect(rows).toHaveLength(1)
      await b.database.pool!.query('select pg_terminate_backend($1)', [rows[0]!.pid])
      expect(await waitUntil(() => lockA.held.aborted)).toBe(true)
      expect(await waitUntil(() => lockB.tryAcquire())).toBe(true)
    } finally {
      await lockB.release()
      await lockA.release().catch(() => {})
      await b.close()
      await a.close().catch(() => {})
    }
  })

  it('gives two bots in two schemas of one database a lock each (both can send)', async () => {
    const one = await freshStores('postgres')
    const two = await freshStores('postgres')
    const lockOne = new PostgresAdvisoryLock(one.database.pool!)
    const lockTwo = new PostgresAdvisoryLock(two.database.pool!)
    try {
      expect(await lockOne.tryAcquire()).toBe(true)
      expect(await lockTwo.tryAcquire()).toBe(true)
    } finally {
      await lockOne.release()
      await lockTwo.release()
      await one.close()
      await two.close()
    }
  })
})
