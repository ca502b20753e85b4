import type { Kysely } from 'kysely'
import type { Platform } from '../../core/ports.js'
import type { Database } from '../database.js'

/**
 * Zalo receipts folded into the outbox rows: OA receipts (`user_received_message`,
 * `user_seen_message`) by message id, ZNS receipts (`delivery_time`) into the rows sent as
 * templates by phone. The two id spaces are kept apart, so a ZNS id can never mark an OA message.
 */
export class DeliveryReceiptRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Returns how many deliveries the receipt matched; the first time of each receipt is kept. */
  async record(platform: Platform, messageIds: string[], kind: 'delivered' | 'seen', at: Date): Promise<number> {
    if (!messageIds.length) return 0
    const column = kind === 'delivered' ? 'delivered_at' : 'seen_at'
    const oaRows = () =>
      this.db
        .updateTable('deliveries')
        .where('platform', '=', platform)
        .where('message_id', 'in', messageIds)
        .where((eb) => eb.or([eb('route', 'is', null), eb('route', '!=', 'zns')]))
    const result = await oaRows()
      .set({ [column]: at.toISOString() })
      .where(column, 'is', null)
      .executeTakeFirst()
    // Seen implies delivered, even when the delivery receipt never came.
    if (kind === 'seen') await oaRows().set({ delivered_at: at.toISOString() }).where('delivered_at', 'is', null).execute()
    return Number(result.numUpdatedRows)
  }

  /** A ZNS delivery receipt, by Zalo's msg_id or by the outbox row id our tracking id carries. */
  async recordZns(messageIds: string[], deliveryIds: number[], at: Date): Promise<number> {
    if (!messageIds.length && !deliveryIds.length) return 0
    const result = await this.db
      .updateTable('deliveries')
      .set({ delivered_at: at.toISOString() })
      .where('platform', '=', 'zalo-oa')
      .where('route', '=', 'zns')
      .where('delivered_at', 'is', null)
      .where((eb) => eb.or([...(messageIds.length ? [eb('message_id', 'in', messageIds)] : []), ...(deliveryIds.length ? [eb('id', 'in', deliveryIds)] : [])]))
      .executeTakeFirst()
    return Number(result.numUpdatedRows)
  }
}
