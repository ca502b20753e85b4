import { mkdirSync } from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration, type MigrationProvider } from 'kysely'
import pg from 'pg'
import { ConfigError, StorageError } from '../core/errors.js'
import type { Database } from './database.js'
import { initialMigration } from './migrations/2026-11-24-0001-initial.js'
import { zaloRulesMigration } from './migrations/2026-11-25-0013-zalo-rules.js'
import { documentsMigration } from './migrations/2026-11-25-0011-documents.js'
import { consoleMigration } from './migrations/2026-11-25-0014-console.js'
import { reliabilityMigration } from './migrations/2026-11-25-0012-reliability.js'
import { reminderPhoneMigration } from './migrations/2026-11-25-0015-reminder-phone.js'
import { pendingReminderPhoneMigration } from './migrations/2026-11-25-0016-pending-reminder-phone.js'

export type DialectName = 'sqlite' | 'postgres'

export interface StoreDatabase {
  db: Kysely<Database>
  dialect: DialectName
  /** PostgreSQL pool, for the advisory lock that elects the one broadcast sender. */
  pool: pg.Pool | null
  /** PostgreSQL schema from "?schema=", where the tables (and the migration bookkeeping) live. */
  schema?: string
  close: () => Promise<void>
}

/**
 * SQLite file under DATA_DIR by default; PostgreSQL when the URL is postgres://. Same Kysely
 * code and migrations for both; migrations run here, at start.
 */
export async function createDatabase(options: { databaseUrl?: string | undefined; dataDir: string; sqliteFile?: string }): Promise<StoreDatabase> {
  const url = options.databaseUrl
  let store: StoreDatabase
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    // "?schema=name" keeps this bot's tables in their own schema (shared servers, test runs).
    const parsed = new URL(url)
    const schema = parsed.searchParams.get('schema')
    parsed.searchParams.delete('schema')
    if (schema && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new ConfigError(['DATABASE_URL: the schema must be lower-case letters, digits and _'])
    if (schema) {
      const setup = new pg.Client({ connectionString: parsed.toString() })
      try {
        await setup.connect()
        await setup.query(`create schema if not exists ${schema}`)
      } catch (error) {
        throw new StorageError('STORAGE_UNAVAILABLE', `PostgreSQL: ${(error as Error).message}`, { cause: error })
      } finally {
        await setup.end().catch(() => {})
      }
    }
    const pool = new pg.Pool({ connectionString: parsed.toString(), max: 10, ...(schema ? { options: `-c search_path=${schema}` } : {}) })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    store = { db, dialect: 'postgres', pool, close: () => db.destroy(), ...(schema ? { schema } : {}) }
  } else {
    const file = url?.replace(/^(sqlite:|file:)/, '') || options.sqliteFile || path.join(options.dataDir, 'bdg-bot.sqlite')
    if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
    const sqlite = new SQLite(file)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('busy_timeout = 5000')
    // /xoa must not leave a chat's bytes behind in free pages of the file.
    sqlite.pragma('secure_delete = ON')
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
    store = { db, dialect: 'sqlite', pool: null, close: () => db.destroy() }
  }
  await migrate(store)
  return store
}

class StaticMigrations implements MigrationProvider {
  constructor(private readonly dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return {
      '2026-11-24-0001-initial': initialMigration(this.dialect),
      '2026-11-25-0011-documents': documentsMigration(this.dialect),
      '2026-11-25-0012-reliability': reliabilityMigration(),
      '2026-11-25-0013-zalo-rules': zaloRulesMigration(),
      '2026-11-25-0014-console': consoleMigration(this.dialect),
      '2026-11-25-0015-reminder-phone': reminderPhoneMigration(),
      '2026-11-25-0016-pending-reminder-phone': pendingReminderPhoneMigration(),
    }
  }
}

export async function migrate(store: StoreDatabase): Promise<void> {
  // Migrations are independent of each other; unordered ones are allowed so that a later-numbered one
  // already applied does not block an earlier-numbered one added afterwards.
  const migrator = new Migrator({ db: store.db, provider: new StaticMigrations(store.dialect), allowUnorderedMigrations: true, ...(store.schema ? { migrationTableSchema: store.schema } : {}) })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')
    throw new StorageError('STORAGE_MIGRATION', `database migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message}`, { cause: error })
  }
}
