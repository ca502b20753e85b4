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

  async begin(platform: Platform, updateId: string, leaseMs: number): Promise<'new' | 'done' | 'busy'> {
    const now = this.now()
    const inserted = await this.db
      .insertInto('processed_updates')
      .values({ platform, update_id: updateId, processed_at: now.toISOString(), handled: 0 })
      .onConflict((oc) => oc.columns(['platform', 'update_id']).doNothing())
      .executeTakeFirst()
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return 'new'
    // Taken over only if the earlier attempt is unfinished and its lease ran out (compare-and-set).
    const taken = await this.db
      .updateTable('processed_updates')
      .set({ processed_at: now.toISOString() })
      .where('platform', '=', platform)
      .where('update_id', '=', updateId)
      .where('handled', '=', 0)
      .where('processed_at', '<', new Date(now.getTime() - leaseMs).toISOString())
      .executeTakeFirst()
    if (Number(taken.numUpdatedRows) > 0) return 'new'
    const row = await this.db.selectFrom('processed_updates').select('handled').where('platform', '=', platform).where('update_id', '=', updateId).executeTakeFirst()
    return row?.handled === 0 ? 'busy' : 'done'
  }

  async complete(platform: Platform, updateId: string): Promise<void> {
    await this.db.updateTable('processed_updates').set({ handled: 1, processed_at: this.now().toISOString() }).where('platform', '=', platform).where('update_id', '=', updateId).execute()
  }

  /** Platforms stop retrying within a day; older ids can go. */
  async prune(olderThan: Date): Promise<number> {
    const result = await this.db.deleteFrom('processed_updates').where('processed_at', '<', olderThan.toISOString()).executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}
