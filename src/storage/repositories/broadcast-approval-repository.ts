import type { Kysely } from 'kysely'
import type { Database } from '../database.js'

export type ApprovalState = 'draft' | 'submitted' | 'approved' | 'rejected'

export interface BroadcastApproval {
  broadcastId: number
  state: ApprovalState
  createdBy: number
  submittedAt: string | null
  decidedBy: number | null
  decidedAt: string | null
  sendAt: string | null
  startedAt: string | null
}

const toApproval = (r: Database['broadcast_approvals']): BroadcastApproval => ({
  broadcastId: r.broadcast_id,
  state: r.state as ApprovalState,
  createdBy: r.created_by,
  submittedAt: r.submitted_at,
  decidedBy: r.decided_by,
  decidedAt: r.decided_at,
  sendAt: r.send_at,
  startedAt: r.started_at,
})

/**
 * Four-eyes state of console broadcasts, beside the outbox's own status: who composed it, who
 * approved or rejected it, and when it should start. Each change is one conditional update, so
 * two approvers clicking at once approve (and start) it once.
 */
export class BroadcastApprovalRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(broadcastId: number, createdBy: number): Promise<void> {
    await this.db.insertInto('broadcast_approvals').values({ broadcast_id: broadcastId, state: 'draft', created_by: createdBy, submitted_at: null, decided_by: null, decided_at: null, send_at: null, started_at: null }).execute()
  }

  async get(broadcastId: number): Promise<BroadcastApproval | null> {
    const row = await this.db.selectFrom('broadcast_approvals').selectAll().where('broadcast_id', '=', broadcastId).executeTakeFirst()
    return row ? toApproval(row) : null
  }

  async byBroadcast(ids: number[]): Promise<Map<number, BroadcastApproval>> {
    if (!ids.length) return new Map()
    const rows = await this.db.selectFrom('broadcast_approvals').selectAll().where('broadcast_id', 'in', ids).execute()
    return new Map(rows.map((r) => [r.broadcast_id, toApproval(r)]))
  }

  /** draft or rejected → submitted, with the wanted start time (null: as soon as approved). */
  async submit(broadcastId: number, sendAt: Date | null, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('broadcast_approvals')
      .set({ state: 'submitted', submitted_at: now.toISOString(), send_at: sendAt?.toISOString() ?? null, decided_by: null, decided_at: null })
      .where('broadcast_id', '=', broadcastId)
      .where('state', 'in', ['draft', 'rejected'])
      .executeTakeFirst()
    return Number(result.numUpdatedRows) === 1
  }

  /** submitted → approved or rejected, never by the person who composed it. */
  async decide(broadcastId: number, decision: 'approved' | 'rejected', by: number, now: Date): Promise<boolean> {
    const result = await this.db.updateTable('broadcast_approvals').set({ state: decision, decided_by: by, decided_at: now.toISOString() }).where('broadcast_id', '=', broadcastId).where('state', '=', 'submitted').where('created_by', '<>', by).executeTakeFirst()
    return Number(result.numUpdatedRows) === 1
  }

  /** Marks an approved broadcast as started; false when another instance started it first. */
  async markStarted(broadcastId: number, now: Date): Promise<boolean> {
    const result = await this.db.updateTable('broadcast_approvals').set({ started_at: now.toISOString() }).where('broadcast_id', '=', broadcastId).where('state', '=', 'approved').where('started_at', 'is', null).executeTakeFirst()
    return Number(result.numUpdatedRows) === 1
  }

  /** Approved broadcasts whose time has come and that have not started yet. */
  async due(now: Date): Promise<number[]> {
    const rows = await this.db
      .selectFrom('broadcast_approvals')
      .select('broadcast_id')
      .where('state', '=', 'approved')
      .where('started_at', 'is', null)
      .where((eb) => eb.or([eb('send_at', 'is', null), eb('send_at', '<=', now.toISOString())]))
      .execute()
    return rows.map((r) => r.broadcast_id)
  }

  /** The newest broadcasts (console, API, campaigns, reminders) with delivery counts by status. */
  async listRecent(limit = 50) {
    const rows = await this.db
      .selectFrom('broadcasts')
      .leftJoin('broadcast_approvals', 'broadcast_approvals.broadcast_id', 'broadcasts.id')
      .select(['broadcasts.id', 'broadcasts.key', 'broadcasts.text', 'broadcasts.status', 'broadcasts.created_by', 'broadcasts.created_at', 'broadcasts.started_at', 'broadcasts.finished_at', 'broadcast_approvals.state', 'broadcast_approvals.send_at'])
      .orderBy('broadcasts.id', 'desc')
      .limit(limit)
      .execute()
    const counts = rows.length
      ? await this.db
          .selectFrom('deliveries')
          .select(['broadcast_id', 'status', (eb) => eb.fn.countAll<number>().as('n')])
          .where(
            'broadcast_id',
            'in',
            rows.map((r) => r.id),
          )
          .groupBy(['broadcast_id', 'status'])
          .execute()
      : []
    return rows.map((r) => {
      const mine = counts.filter((c) => c.broadcast_id === r.id)
      const total = mine.reduce((n, c) => n + Number(c.n), 0)
      const finished = mine.filter((c) => !['pending', 'sending'].includes(c.status)).reduce((n, c) => n + Number(c.n), 0)
      return { ...r, total, finished }
    })
  }
}
