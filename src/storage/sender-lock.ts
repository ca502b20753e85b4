import type pg from 'pg'

/**
 * Elects the one broadcast sender. PostgreSQL: a session advisory lock held on its own
 * connection; if that instance dies, its connection closes, the lock is released and another
 * instance takes over. SQLite: one process owns the file, so it is always the sender.
 *
 * `held` aborts the moment the lock is known lost (the session was terminated, the network
 * dropped, a heartbeat failed): the sender stops at once instead of sending beside a successor.
 */
export interface SenderLock {
  tryAcquire(): Promise<boolean>
  /** Aborts when the lock, once acquired, is lost. A fresh signal after each acquire. */
  readonly held: AbortSignal
  release(): Promise<void>
}

/** The lock's class (first key); the second key is this bot's database and schema, hashed by the server. */
const LOCK_CLASS = 742_025
const LOCK_ARGS = `${LOCK_CLASS}, hashtext(current_database() || '.' || current_schema())`

export class AlwaysHeldLock implements SenderLock {
  readonly held = new AbortController().signal
  async tryAcquire() {
    return true
  }
  async release() {}
}

export class PostgresAdvisoryLock implements SenderLock {
  private client: pg.PoolClient | null = null
  private controller = new AbortController()
  private heartbeat: NodeJS.Timeout | null = null

  constructor(
    private readonly pool: pg.Pool,
    private readonly heartbeatMs = 1_000,
  ) {}

  get held(): AbortSignal {
    return this.controller.signal
  }

  async tryAcquire(): Promise<boolean> {
    if (this.client) return true
    const client = await this.pool.connect()
    try {
      const { rows } = await client.query<{ locked: boolean }>(`select pg_try_advisory_lock(${LOCK_ARGS}) as locked`)
      if (!rows[0]?.locked) {
        client.release()
        return false
      }
    } catch (error) {
      client.release(error as Error)
      throw error
    }
    this.client = client
    this.controller = new AbortController()
    client.on('error', (error) => this.lose(client, error))
    // A silent network loss raises no error event: ask the server that the lock is still ours.
    this.heartbeat = setInterval(() => {
      client
        .query<{ held: boolean }>(`select exists(select 1 from pg_locks where locktype = 'advisory' and pid = pg_backend_pid() and granted) as held`)
        .then(({ rows }) => {
          if (!rows[0]?.held) this.lose(client, new Error('advisory lock no longer held'))
        })
        .catch((error: Error) => this.lose(client, error))
    }, this.heartbeatMs)
    this.heartbeat.unref()
    return true
  }

  private lose(client: pg.PoolClient, error: Error): void {
    if (this.client !== client) return
    this.client = null
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.heartbeat = null
    this.controller.abort(error)
    client.release(error)
  }

  async release(): Promise<void> {
    const client = this.client
    if (!client) return
    this.client = null
    if (this.heartbeat) clearInterval(this.heartbeat)
    this.heartbeat = null
    this.controller.abort(new Error('released'))
    try {
      await client.query(`select pg_advisory_unlock(${LOCK_ARGS})`)
      client.release()
    } catch (error) {
      client.release(error as Error)
    }
  }
}
