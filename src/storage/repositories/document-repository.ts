import { randomBytes } from 'node:crypto'
import { sql } from 'kysely'
import type { StoreDatabase } from '../create-database.js'
import type { DocumentTable } from '../database.js'

export type DocumentStatus = 'draft' | 'published' | 'unpublished'

export interface StoredDocument {
  id: string
  fileName: string
  size: number
  /** Text read from the original (by the file reader or OCR); parsed again on every instance. */
  text: string
  format: string
  encoding: string
  status: DocumentStatus
  /** Province and year supplied by an officer where the parser could not read them. */
  province: string | null
  year: number | null
  createdBy: string
  createdAt: string
  updatedAt: string
  publishedAt: string | null
}

/** PostgreSQL channel announcing a publish/unpublish; the payload is the schema, receivers re-check the revision. */
const CHANNEL = 'bdg_documents'

/**
 * Uploaded documents in the store (SQLite or PostgreSQL), so every instance serves the same set.
 * Each status change bumps one revision counter in the same transaction; `watch` reports a new
 * revision within seconds — at once through LISTEN/NOTIFY on PostgreSQL, by polling otherwise.
 */
export class DocumentRepository {
  constructor(private readonly store: StoreDatabase) {}

  private get db() {
    return this.store.db
  }

  async create(input: { fileName: string; original: Uint8Array; text: string; format: string; encoding: string; province: string | null; year: number | null; createdBy: string; now: Date }): Promise<StoredDocument> {
    const at = input.now.toISOString()
    const row: DocumentTable = {
      id: `doc-${randomBytes(5).toString('hex')}`,
      file_name: input.fileName,
      original: input.original,
      size: input.original.length,
      text: input.text,
      format: input.format,
      encoding: input.encoding,
      status: 'draft',
      province: input.province,
      year: input.year,
      created_by: input.createdBy,
      created_at: at,
      updated_at: at,
      published_at: null,
    }
    await this.db.insertInto('documents').values(row).execute()
    return toStored(row)
  }

  async get(id: string): Promise<StoredDocument | null> {
    const row = await this.db.selectFrom('documents').select(COLUMNS).where('id', '=', id).executeTakeFirst()
    return row ? toStored(row) : null
  }

  async original(id: string): Promise<{ fileName: string; bytes: Uint8Array } | null> {
    const row = await this.db.selectFrom('documents').select(['file_name', 'original']).where('id', '=', id).executeTakeFirst()
    return row ? { fileName: row.file_name, bytes: new Uint8Array(row.original) } : null
  }

  async list(status?: DocumentStatus): Promise<StoredDocument[]> {
    let query = this.db.selectFrom('documents').select(COLUMNS).orderBy('created_at').orderBy('id')
    if (status) query = query.where('status', '=', status)
    return (await query.execute()).map(toStored)
  }

  /** Sets the status (and any supplied province/year) and bumps the revision, atomically. */
  async setStatus(id: string, status: DocumentStatus, now: Date, supplied: { province?: string | undefined; year?: number | undefined } = {}): Promise<boolean> {
    const at = now.toISOString()
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('documents')
        .set({ status, updated_at: at, ...(status === 'published' ? { published_at: at } : {}), ...(supplied.province ? { province: supplied.province } : {}), ...(supplied.year ? { year: supplied.year } : {}) })
        .where('id', '=', id)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) === 0) return false
      await trx
        .updateTable('document_revision')
        .set({ revision: sql`revision + 1` })
        .where('id', '=', 1)
        .execute()
      // Delivered on commit, so a listener never sees a change before it can read it.
      if (this.store.dialect === 'postgres') await sql`select pg_notify(${CHANNEL}, ${this.store.schema ?? 'public'})`.execute(trx)
      return true
    })
  }

  async revision(): Promise<number> {
    const row = await this.db.selectFrom('document_revision').select('revision').where('id', '=', 1).executeTakeFirstOrThrow()
    return Number(row.revision)
  }

  /** Calls `onChange(revision)` whenever the revision differs from the last one seen. */
  watch(onChange: (revision: number) => void, options: { intervalMs?: number; onError?: (error: Error) => void } = {}): { stop: () => Promise<void> } {
    let last: number | null = null
    let stopped = false
    const check = async () => {
      try {
        const revision = await this.revision()
        if (last !== null && revision !== last && !stopped) onChange(revision)
        last = revision
      } catch (error) {
        options.onError?.(error as Error)
      }
    }
    void check()
    const timer = setInterval(check, options.intervalMs ?? 2_000)
    let release: (() => Promise<void>) | null = null
    if (this.store.pool) {
      const pool = this.store.pool
      release = async () => undefined
      void (async () => {
        try {
          const client = await pool.connect()
          client.on('notification', (message) => {
            if (message.channel === CHANNEL) void check()
          })
          await client.query(`LISTEN ${CHANNEL}`)
          let released = false
          release = async () => {
            if (released) return
            released = true
            await client.query(`UNLISTEN ${CHANNEL}`).catch(() => undefined)
            client.release()
          }
          if (stopped) await release()
        } catch (error) {
          options.onError?.(error as Error)
        }
      })()
    }
    return {
      stop: async () => {
        stopped = true
        clearInterval(timer)
        await release?.()
      },
    }
  }
}

const COLUMNS = ['id', 'file_name', 'size', 'text', 'format', 'encoding', 'status', 'province', 'year', 'created_by', 'created_at', 'updated_at', 'published_at'] as const

function toStored(row: Omit<DocumentTable, 'original'>): StoredDocument {
  return {
    id: row.id,
    fileName: row.file_name,
    size: Number(row.size),
    text: row.text,
    format: row.format,
    encoding: row.encoding,
    status: row.status as DocumentStatus,
    province: row.province,
    year: row.year === null ? null : Number(row.year),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
  }
}
