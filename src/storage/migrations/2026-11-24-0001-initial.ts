import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely'

/** The first schema. Written against Kysely<any> so it never changes with later table types. */
export function initialMigration(dialect: 'sqlite' | 'postgres'): Migration {
  // An auto-numbered primary key: serial in PostgreSQL, INTEGER PRIMARY KEY AUTOINCREMENT in SQLite.
  const idType = (dialect === 'postgres' ? 'serial' : 'integer') as 'integer'
  const idColumn = (c: ColumnDefinitionBuilder) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement())
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('chats')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull().defaultTo('private'))
        .addColumn('province', 'text')
        .addColumn('agency', 'text')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('chats_pk', ['platform', 'chat_id'])
        .execute()
      await db.schema
        .createTable('subscriptions')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('subscriptions_pk', ['platform', 'chat_id', 'topic'])
        .execute()
      await db.schema.createIndex('subscriptions_topic').on('subscriptions').columns(['topic']).execute()
      await db.schema
        .createTable('processed_updates')
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('update_id', 'text', (c) => c.notNull())
        .addColumn('processed_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('processed_updates_pk', ['platform', 'update_id'])
        .execute()
      await db.schema.createIndex('processed_updates_at').on('processed_updates').columns(['processed_at']).execute()
      await db.schema
        .createTable('broadcasts')
        .addColumn('id', idType, idColumn)
        .addColumn('key', 'text', (c) => c.unique())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('audience', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .execute()
      await db.schema
        .createTable('deliveries')
        .addColumn('id', idType, idColumn)
        .addColumn('broadcast_id', 'integer', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('chat_id', 'text', (c) => c.notNull())
        .addColumn('chat_kind', 'text', (c) => c.notNull().defaultTo('private'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('claimed_at', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('last_error', 'text')
        .addUniqueConstraint('deliveries_once', ['broadcast_id', 'platform', 'chat_id'])
        .execute()
      await db.schema.createIndex('deliveries_due').on('deliveries').columns(['status', 'next_attempt_at']).execute()
      await db.schema.createIndex('deliveries_broadcast').on('deliveries').columns(['broadcast_id', 'status']).execute()
      await db.schema
        .createTable('reminders')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('broadcast_id', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('zalo_tokens')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('access_token', 'text', (c) => c.notNull())
        .addColumn('refresh_token', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('audit_log')
        .addColumn('id', idType, idColumn)
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('details', 'text')
        .execute()
    },
    async down(db: Kysely<any>) {
      for (const table of ['audit_log', 'zalo_tokens', 'reminders', 'deliveries', 'broadcasts', 'processed_updates', 'subscriptions', 'chats']) await db.schema.dropTable(table).ifExists().execute()
    },
  }
}
