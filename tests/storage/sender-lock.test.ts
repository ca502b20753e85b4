import { describe, expect, it } from 'vitest'
import { PostgresAdvisoryLock } from '../../src/storage/sender-lock.js'
import { POSTGRES_URL, freshStores } from '../helpers/test-stores.js'

describe.skipIf(!POSTGRES_URL)('one broadcast sender per bot (PostgreSQL advisory lock)', () => {
  it('lets one instance hold the lock, and another take over when it goes away', async () => {
    const a = await freshStores('postgres')
    const b = await freshStores('postgres')
    const lockA = new PostgresAdvisoryLock(a.database.pool!)
    const lockB = new PostgresAdvisoryLock(b.database.pool!)
    expect(await lockA.tryAcquire()).toBe(true)
    expect(await lockB.tryAcquire()).toBe(false)
    // The holder dies: its connection is gone (here: terminated by the server) and so is the lock.
    await b.database.pool!.query("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and pid <> pg_backend_pid()")
    let taken = false
    for (let i = 0; i < 50 && !taken; i++) {
      taken = await lockB.tryAcquire()
      if (!taken) await new Promise((r) => setTimeout(r, 50))
    }
    expect(taken).toBe(true)
    await lockB.release()
    await lockA.release().catch(() => {})
    await b.close()
    await a.close().catch(() => {})
  })
})
