import type { Kysely, Migration } from 'kysely'

/**
 * Phones given with /sdt that wait for the official's "đồng ý": in the store, not in one process's
 * memory, so the answer counts after a restart or when another instance receives it. Each row
 * expires (`expires_at`) and is deleted when it does; only the consent moves it to reminder_phones.
 */
export function pendingReminderPhoneMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('pending_reminder_phones')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('pending_reminder_phones_pk', ['platform', 'chat_id'])
        .execute()
      await db.schema.createIndex('pending_reminder_phones_expires').on('pending_reminder_phones').column('expires_at').execute()
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('pending_reminder_phones').execute()
    },
  }
}
