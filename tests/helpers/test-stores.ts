import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { createStores, type Stores } from '../../src/storage/create-stores.js'
import { testGlossary } from './load-test-content.js'

/**
 * The store suites run on SQLite always, and on PostgreSQL when TEST_DATABASE_URL is set (CI sets
 * it and REQUIRE_POSTGRES=1, so there a missing server fails instead of skipping).
 */
export const POSTGRES_URL = process.env.TEST_DATABASE_URL
if (!POSTGRES_URL) {
  if (process.env.REQUIRE_POSTGRES === '1') throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set')
  console.warn('⚠ PostgreSQL store tests skipped: set TEST_DATABASE_URL=postgres://… to run them')
}

export const DIALECTS: ('sqlite' | 'postgres')[] = POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite']

/** A fresh, migrated store: SQLite in memory, or a new PostgreSQL schema dropped on close. */
export async function freshStores(dialect: 'sqlite' | 'postgres', sqliteFile = ':memory:'): Promise<Stores> {
  const glossary = await testGlossary()
  if (dialect === 'sqlite') return createStores({ databaseUrl: `sqlite:${sqliteFile}`, dataDir: '.', glossary })
  const schema = `bdg_test_${randomBytes(6).toString('hex')}`
  const url = new URL(POSTGRES_URL!)
  url.searchParams.set('schema', schema)
  const stores = await createStores({ databaseUrl: url.toString(), dataDir: '.', glossary })
  const close = stores.close
  stores.close = async () => {
    await close()
    const client = new pg.Client({ connectionString: POSTGRES_URL })
    await client.connect()
    await client.query(`drop schema if exists ${schema} cascade`)
    await client.end()
  }
  return stores
}

/** A second instance of the bot on the same PostgreSQL schema as `stores` (closing it drops nothing). */
export async function secondInstance(stores: Stores): Promise<Stores> {
  const url = new URL(POSTGRES_URL!)
  url.searchParams.set('schema', stores.database.schema!)
  return createStores({ databaseUrl: url.toString(), dataDir: '.', glossary: await testGlossary() })
}
