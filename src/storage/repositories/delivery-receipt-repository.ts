import type { Kysely } from 'kysely'
import type { Platform } from '../../core/ports.js'
import type { Database } from '../database.js'

/** Zalo receipts (`user_received_message`, `user_seen_message`) folded into the outbox rows by message id. */
export class DeliveryReceiptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Returns how many deliveries the receipt matched; the first time of each receipt is kept. */
  async record(platform: Platform, messageIds: string[], kind: 'delivered' | 'seen', at: Date): Promise<number> {
    if (!messageIds.length) return 0
    const column = kind === 'delivered' ? 'delivered_at' : 'seen_at'
    const result = await this.db
      .updateTable('deliveries')
      .set({ [column]: at.toISOString() })
      .where('platform', '=', platform)
      .where('message_id', 'in', messageIds)
      .where(column, 'is', null)
      .executeTakeFirst()
    // Seen implies delivered, even when the delivery receipt never came.
    if (kind === 'seen') await this.db.updateTable('deliveries').set({ delivered_at: at.toISOString() }).where('platform', '=', platform).where('message_id', 'in', messageIds).where('delivered_at', 'is', null).execute()
    return Number(result.numUpdatedRows)
  }
}
