import type { Kysely, Migration } from 'kysely'

/**
 * Uploaded plan documents: the original file, the text read from it (so OCR runs once, not on
 * every instance), the province/year an officer supplied, and the publishing status. One row
 * holds the documents' revision, bumped by every publish/unpublish so other instances notice.
 */
export function documentsMigration(dialect: 'sqlite' | 'postgres'): Migration {
  const bytes = (dialect === 'postgres' ? 'bytea' : 'blob') as 'blob'
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('original', bytes, (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('format', 'text', (c) => c.notNull())
        .addColumn('encoding', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('province', 'text')
        .addColumn('year', 'integer')
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('published_at', 'text')
        .execute()
      await db.schema.createIndex('documents_status').on('documents').columns(['status']).execute()
      await db.schema
        .createTable('document_revision')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .execute()
      await db.insertInto('document_revision').values({ id: 1, revision: 0 }).execute()
    },
    async down(db: Kysely<any>) {
      await db.schema.dropTable('document_revision').execute()
      await db.schema.dropTable('documents').execute()
    },
  }
}
