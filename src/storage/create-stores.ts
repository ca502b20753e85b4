import { sql } from 'kysely'
import type { Glossary } from '../core/knowledge-base/glossary.js'
import { createDatabase, type StoreDatabase } from './create-database.js'
import { AuditRepository } from './repositories/audit-repository.js'
import { BroadcastRepository } from './repositories/broadcast-repository.js'
import { ChatRepository } from './repositories/chat-repository.js'
import { TokenRepository } from './repositories/token-repository.js'
import { UpdateLogRepository } from './repositories/update-log-repository.js'
import { AlwaysHeldLock, PostgresAdvisoryLock, type SenderLock } from './sender-lock.js'

export interface Stores {
  database: StoreDatabase
  chats: ChatRepository
  updates: UpdateLogRepository
  tokens: TokenRepository
  broadcasts: BroadcastRepository
  audit: AuditRepository
  senderLock: () => SenderLock
  ping: () => Promise<boolean>
  close: () => Promise<void>
}

/** Opens the database (SQLite file or PostgreSQL), runs migrations, and builds the repositories. */
export async function createStores(options: { databaseUrl?: string | undefined; dataDir: string; sqliteFile?: string; glossary: Glossary }): Promise<Stores> {
  const database = await createDatabase(options)
  const { db } = database
  return {
    database,
    chats: new ChatRepository(db, undefined, database.dialect),
    updates: new UpdateLogRepository(db),
    tokens: new TokenRepository(db),
    broadcasts: new BroadcastRepository(db, options.glossary, database.dialect),
    audit: new AuditRepository(db),
    senderLock: () => (database.pool ? new PostgresAdvisoryLock(database.pool) : new AlwaysHeldLock()),
    ping: async () => {
      try {
        await sql`select 1`.execute(db)
        return true
      } catch {
        return false
      }
    },
    close: () => database.close(),
  }
}
