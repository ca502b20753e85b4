import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely'

/**
 * The operator's console: people, sessions, personal API tokens, four-eyes approval of
 * broadcasts, directory and campaign edits made in the console, question counters and the
 * console's own settings (the cookie secret). Written against Kysely<any>.
 */
export function consoleMigration(dialect: 'sqlite' | 'postgres'): Migration {
  const idType = (dialect === 'postgres' ? 'serial' : 'integer') as 'integer'
  const idColumn = (c: ColumnDefinitionBuilder) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement())
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', idType, idColumn)
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('sessions_user').on('sessions').columns(['user_id']).execute()
      await db.schema
        .createTable('api_tokens')
        .addColumn('id', idType, idColumn)
        .addColumn('user_id', 'integer', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_used_at', 'text')
        .addColumn('revoked_at', 'text')
        .execute()
      await db.schema
        .createTable('broadcast_approvals')
        .addColumn('broadcast_id', 'integer', (c) => c.primaryKey())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('created_by', 'integer', (c) => c.notNull())
        .addColumn('submitted_at', 'text')
        .addColumn('decided_by', 'integer')
        .addColumn('decided_at', 'text')
        .addColumn('send_at', 'text')
        .addColumn('started_at', 'text')
        .execute()
      await db.schema.createIndex('broadcast_approvals_due').on('broadcast_approvals').columns(['state', 'send_at']).execute()
      // Console edits of places and campaigns: the same shape, a JSON document per id.
      for (const table of ['directory_places', 'campaigns']) {
        await db.schema
          .createTable(table)
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('data', 'text', (c) => c.notNull())
          .addColumn('updated_by', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'text', (c) => c.notNull())
          .execute()
      }
      await db.schema
        .createTable('question_counts')
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('found', 'integer', (c) => c.notNull())
        .addColumn('n', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('question_counts_pk', ['day', 'kind', 'found'])
        .execute()
      await db.schema
        .createTable('console_settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute()
    },
    async down(db: Kysely<any>) {
      for (const table of ['console_settings', 'question_counts', 'campaigns', 'directory_places', 'broadcast_approvals', 'api_tokens', 'sessions', 'users']) await db.schema.dropTable(table).ifExists().execute()
    },
  }
}
