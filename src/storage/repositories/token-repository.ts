import type { Kysely } from 'kysely'
import type { TokenStore } from '../../core/ports.js'
import type { Database } from '../database.js'

/** Zalo OA token pairs; saved in one statement so a crash never leaves half a pair. */
export class TokenRepository implements TokenStore {
  constructor(private readonly db: Kysely<Database>) {}

  async load(key: string) {
    const row = await this.db.selectFrom('zalo_tokens').selectAll().where('key', '=', key).executeTakeFirst()
    return row ? { accessToken: row.access_token, refreshToken: row.refresh_token } : null
  }

  async save(key: string, tokens: { accessToken: string; refreshToken: string }) {
    const values = { access_token: tokens.accessToken, refresh_token: tokens.refreshToken, updated_at: new Date().toISOString() }
    await this.db
      .insertInto('zalo_tokens')
      .values({ key, ...values })
      .onConflict((oc) => oc.column('key').doUpdateSet(values))
      .execute()
  }
}
