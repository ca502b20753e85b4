import { sql, type Kysely, type Migration } from 'kysely'

/**
 * Leases for outbox claims and for incoming updates.
 * - deliveries.claimed_by / lease_until: a claimed row belongs to one live sender until its lease
 *   ends; another instance never resets it before then.
 * - processed_updates.handled: 0 while an update is being answered, 1 once done. A process that
 *   dies mid-answer leaves 0, so the platform's retry is answered after the lease (processed_at).
 */
export function reliabilityMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('deliveries').addColumn('claimed_by', 'text').execute()
      await db.schema.alterTable('deliveries').addColumn('lease_until', 'text').execute()
      await db.schema
        .alterTable('processed_updates')
        .addColumn('handled', 'integer', (c) => c.notNull().defaultTo(1))
        .execute()
      await db.schema.createIndex('deliveries_claimed_by').on('deliveries').columns(['claimed_by']).execute()
      await sql`update deliveries set lease_until = claimed_at where status = 'sending'`.execute(db)
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('deliveries_claimed_by').execute()
      await db.schema.alterTable('deliveries').dropColumn('lease_until').execute()
      await db.schema.alterTable('deliveries').dropColumn('claimed_by').execute()
      await db.schema.alterTable('processed_updates').dropColumn('handled').execute()
    },
  }
}
