import type { Kysely } from 'kysely'
import type { Platform, UpdateLog } from '../../core/ports.js'
import type { Database } from '../database.js'

/** Processed update ids, so a platform's retry of the same update is answered once. */
export class UpdateLogRepository implements UpdateLog {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async claim(platform: Platform, updateId: string): Promise<boolean> {
    const result = await this.db
      .insertInto('processed_updates')
      .values({ platform, update_id: updateId, processed_at: this.now().toISOString() })
      .onConflict((oc) => oc.columns(['platform', 'update_id']).doNothing())
      .executeTakeFirst()
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
  }

  /** Platforms stop retrying within a day; older ids can go. */
  async prune(olderThan: Date): Promise<number> {
    const result = await this.db.deleteFrom('processed_updates').where('processed_at', '<', olderThan.toISOString()).executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}
