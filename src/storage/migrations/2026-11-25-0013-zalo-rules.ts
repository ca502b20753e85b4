import type { Kysely, Migration } from 'kysely'

/**
 * Zalo by its real rules (issue 13): subscriber state per platform, the broadcast kind (routing),
 * message ids, reasons and receipts on deliveries, and the per-follower ledger (Vietnam month/day).
 */
export function zaloRulesMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      // active | window_closed | not_following | opted_out | dormant | invalid (core/broadcasts/subscriber-state.ts)
      await db.schema
        .alterTable('chats')
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('active'))
        .execute()
      // JSON array of message types this user refused (-244, ZNS -139/-141); only those stop.
      await db.schema.alterTable('chats').addColumn('opted_out', 'text').execute()
      // When the user last wrote to us or followed: the 7-day consultation window starts here.
      await db.schema.alterTable('chats').addColumn('last_inbound_at', 'text').execute()
      // Zalo chats so far changed only when their user wrote or followed: the best known last interaction.
      await db
        .updateTable('chats')
        .set((eb) => ({ last_inbound_at: eb.ref('updated_at') }))
        .where('platform', '=', 'zalo-oa')
        .execute()
      await db.schema.alterTable('chats').addColumn('is_follower', 'integer').execute()
      // Body timestamp of the last follow/unfollow applied: older or repeated events change nothing.
      await db.schema.alterTable('chats').addColumn('follow_event_at', 'text').execute()
      await db.schema
        .alterTable('broadcasts')
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('announcement'))
        .execute()
      // The OA article broadcast to followers that carries this message (created in the OA console).
      await db.schema.alterTable('broadcasts').addColumn('zalo_article_id', 'text').execute()
      await db.schema.alterTable('deliveries').addColumn('reason', 'text').execute()
      await db.schema.alterTable('deliveries').addColumn('route', 'text').execute()
      await db.schema.alterTable('deliveries').addColumn('message_id', 'text').execute()
      await db.schema.alterTable('deliveries').addColumn('delivered_at', 'text').execute()
      await db.schema.alterTable('deliveries').addColumn('seen_at', 'text').execute()
      await db.schema.createIndex('deliveries_message_id').on('deliveries').columns(['platform', 'message_id']).execute()
      await db.schema
        .createTable('follower_ledger')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('sent_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_sent_day', 'text', (c) => c.notNull())
        .addColumn('sent_on_last_day', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('follower_ledger_pk', ['platform', 'chat_id', 'month'])
        .execute()
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('follower_ledger').ifExists().execute()
      await db.schema.dropIndex('deliveries_message_id').ifExists().execute()
      for (const column of ['reason', 'route', 'message_id', 'delivered_at', 'seen_at']) await db.schema.alterTable('deliveries').dropColumn(column).execute()
      await db.schema.alterTable('broadcasts').dropColumn('kind').execute()
      await db.schema.alterTable('broadcasts').dropColumn('zalo_article_id').execute()
      for (const column of ['state', 'opted_out', 'last_inbound_at', 'is_follower', 'follow_event_at']) await db.schema.alterTable('chats').dropColumn(column).execute()
    },
  }
}
