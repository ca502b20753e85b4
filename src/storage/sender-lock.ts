import type pg from 'pg'

/**
 * Elects the one broadcast sender. PostgreSQL: a session advisory lock held on its own
 * connection; if that instance dies, its connection closes, the lock is released and another
 * instance takes over. SQLite: one process owns the file, so it is always the sender.
 */
export interface SenderLock {
  tryAcquire(): Promise<boolean>
  release(): Promise<void>
}

const LOCK_KEY = 7_420_251_115 // any constant shared by all instances of this bot

export class AlwaysHeldLock implements SenderLock {
  async tryAcquire() {
    return true
  }
  async release() {}
}

export class PostgresAdvisoryLock implements SenderLock {
  private client: pg.PoolClient | null = null
  constructor(private readonly pool: pg.Pool) {}

  async tryAcquire(): Promise<boolean> {
    if (this.client) return true
    const client = await this.pool.connect()
    try {
      const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [LOCK_KEY])
      if (rows[0]?.locked) {
        this.client = client
        // A dropped connection means the lock is gone: stop believing we hold it, discard the client.
        client.on('error', (error) => {
          if (this.client === client) {
            this.client = null
            client.release(error)
          }
        })
        return true
      }
      client.release()
      return false
    } catch (error) {
      client.release()
      throw error
    }
  }

  async release(): Promise<void> {
    const client = this.client
    if (!client) return
    this.client = null
    try {
      await client.query('select pg_advisory_unlock($1)', [LOCK_KEY])
      client.release()
    } catch (error) {
      client.release(error as Error)
    }
  }
}
