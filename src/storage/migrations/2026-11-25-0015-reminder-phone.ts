import type { Kysely, Migration } from 'kysely'

/**
 * Officials' phones for deadline reminders by ZNS (/sdt): one per chat, kept only with the
 * consent that allows it (when and which version of the consent text). /xoa deletes it.
 */
export function reminderPhoneMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('reminder_phones')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        // 84xxxxxxxxx, as ZNS takes it.
        .addColumn('phone', 'text', (c) => c.notNull())
        .addColumn('consented_at', 'text', (c) => c.notNull())
        .addColumn('consent_version', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reminder_phones_pk', ['platform', 'chat_id'])
        .execute()
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('reminder_phones').execute()
    },
  }
}
