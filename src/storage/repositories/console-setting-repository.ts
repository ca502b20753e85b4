import { randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../database.js'

/** Small settings of the console kept in the store, so every instance shares them. */
export class ConsoleSettingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A random secret made once and shared by every instance (e.g. for signing cookies). */
  async secret(key: string): Promise<string> {
    const existing = await this.db.selectFrom('console_settings').select('value').where('key', '=', key).executeTakeFirst()
    if (existing) return existing.value
    await this.db
      .insertInto('console_settings')
      .values({ key, value: randomBytes(32).toString('base64url') })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute()
    // Another instance may have written it first: read back what won.
    return (await this.db.selectFrom('console_settings').select('value').where('key', '=', key).executeTakeFirstOrThrow()).value
  }
}
