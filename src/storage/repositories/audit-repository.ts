import type { Kysely } from 'kysely'
import type { Database } from '../database.js'

/** Every admin action, who did it and on what. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: { actor: string; action: string; target?: string | number | null; details?: unknown }): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({ at: new Date().toISOString(), actor: entry.actor, action: entry.action, target: entry.target === undefined || entry.target === null ? null : String(entry.target), details: entry.details === undefined ? null : JSON.stringify(entry.details) })
      .execute()
  }

  async recent(limit = 100) {
    return this.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit).execute()
  }
}
