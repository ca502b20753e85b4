import { sql, type Kysely } from 'kysely'
import { ARTICLE_ROW_CHAT_ID, type Audience, type BroadcastRecord, type BroadcastReport, type BroadcastStatus, type BroadcastStore, type ClaimedDelivery, type DeliveryStatus } from '../../core/broadcasts/broadcast.js'
import type { DeliveryReason } from '../../core/broadcasts/delivery-reason.js'
import type { MessageKind } from '../../core/broadcasts/route-zalo-message.js'
import type { SendRoute } from '../../core/broadcasts/subscriber-state.js'
import type { Glossary } from '../../core/knowledge-base/glossary.js'
import type { ChatKind, ChatRef, Platform } from '../../core/ports.js'
import type { DialectName } from '../create-database.js'
import type { Database } from '../database.js'

/** The outbox in the store (see the delivery state machine in core/broadcasts/broadcast.ts). */
export class BroadcastRepository implements BroadcastStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly glossary: Glossary,
    private readonly dialect: DialectName = 'sqlite',
  ) {}

  async create(input: { key?: string; text: string; audience: Audience; createdBy: string; kind?: MessageKind; zaloArticleId?: string }): Promise<{ id: number; created: boolean }> {
    if (input.key) {
      const existing = await this.db.selectFrom('broadcasts').select('id').where('key', '=', input.key).executeTakeFirst()
      if (existing) return { id: existing.id, created: false }
    }
    const row = await this.db
      .insertInto('broadcasts')
      .values({ key: input.key ?? null, text: input.text, audience: JSON.stringify(input.audience), status: 'draft', created_by: input.createdBy, created_at: new Date().toISOString(), started_at: null, finished_at: null, kind: input.kind ?? 'announcement', zalo_article_id: input.zaloArticleId ?? null })
      .onConflict((oc) => oc.column('key').doNothing())
      .returning('id')
      .executeTakeFirst()
    if (row) return { id: row.id, created: true }
    // Another instance created the same keyed broadcast a moment ago.
    const existing = await this.db.selectFrom('broadcasts').select('id').where('key', '=', input.key!).executeTakeFirstOrThrow()
    return { id: existing.id, created: false }
  }

  async get(id: number): Promise<BroadcastRecord | null> {
    const row = await this.db.selectFrom('broadcasts').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) return null
    return { id: row.id, key: row.key, text: row.text, audience: JSON.parse(row.audience) as Audience, kind: row.kind as MessageKind, zaloArticleId: row.zalo_article_id ?? null, status: row.status as BroadcastStatus, createdBy: row.created_by, createdAt: row.created_at }
  }

  private recipients(audience: Audience) {
    let query = this.db.selectFrom('chats').select(['chats.platform', 'chats.chat_id', 'chats.kind']).where('chats.active', '=', 1)
    if (audience.chats) {
      if (!audience.chats.length) return query.where(sql<boolean>`1 = 0`)
      query = query.where((eb) => eb.or(audience.chats!.map((c) => eb.and([eb('chats.platform', '=', c.platform), eb('chats.chat_id', '=', c.chatId)]))))
    } else {
      query = query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('subscriptions')
            .select('subscriptions.topic')
            .whereRef('subscriptions.platform', '=', 'chats.platform')
            .whereRef('subscriptions.chat_id', '=', 'chats.chat_id')
            .$if(Boolean(audience.topic), (q) => q.where('subscriptions.topic', '=', audience.topic!)),
        ),
      )
    }
    if (audience.platforms?.length) query = query.where('chats.platform', 'in', audience.platforms)
    if (audience.province) query = query.where('chats.province', 'in', this.provinceNames(audience.province))
    if (audience.agency) query = query.where('chats.agency', '=', this.glossary.resolveAgency(audience.agency)?.name ?? audience.agency)
    if (audience.role === 'officials') query = query.where('chats.agency', 'is not', null)
    if (audience.role === 'citizens') query = query.where('chats.agency', 'is', null)
    return query
  }

  /** "An Giang" also reaches chats that chose "Kiên Giang" (merged into An Giang in 2025). */
  private provinceNames(name: string): string[] {
    const p = this.glossary.province(name)
    if (!p) return [name]
    return p.now === p.name ? this.glossary.provincesNowIn(p.name).map((x) => x.name) : [p.name]
  }

  async enqueue(id: number, now: Date): Promise<number> {
    const broadcast = await this.get(id)
    if (!broadcast) return 0
    const recipients: { platform: string; chat_id: string; kind: string }[] = await this.recipients(broadcast.audience).execute()
    // Zalo followers outside the consultation window are reached by one article broadcast call.
    const platforms = broadcast.audience.platforms
    // First, so it is claimed with the first batch: followers wait for it to be accepted.
    if (broadcast.zaloArticleId && broadcast.kind !== 'reminder' && !broadcast.audience.chats && (!platforms || platforms.includes('zalo-oa'))) recipients.unshift({ platform: 'zalo-oa', chat_id: ARTICLE_ROW_CHAT_ID, kind: 'private' })
    let added = 0
    const at = now.toISOString()
    for (let i = 0; i < recipients.length; i += 500) {
      const chunk = recipients.slice(i, i + 500)
      const result = await this.db
        .insertInto('deliveries')
        .values(chunk.map((r) => ({ broadcast_id: id, platform: r.platform, chat_id: r.chat_id, chat_kind: r.kind, status: 'pending', attempts: 0, next_attempt_at: at, claimed_at: null, sent_at: null, last_error: null })))
        .onConflict((oc) => oc.columns(['broadcast_id', 'platform', 'chat_id']).doNothing())
        .executeTakeFirst()
      added += Number(result.numInsertedOrUpdatedRows ?? 0)
    }
    return added
  }

  /** Recipients with their agency, for reminders that depend on who must act. */
  async recipientsOf(audience: Audience): Promise<{ platform: Platform; chatId: string; agency: string | null; province: string | null }[]> {
    const rows = await this.recipients(audience).select(['chats.agency', 'chats.province']).execute()
    return rows.map((r) => ({ platform: r.platform as Platform, chatId: r.chat_id, agency: r.agency, province: r.province }))
  }

  async preview(audience: Audience): Promise<Record<string, number>> {
    const rows = await this.recipients(audience).execute()
    const byPlatform: Record<string, number> = {}
    for (const r of rows) byPlatform[r.platform] = (byPlatform[r.platform] ?? 0) + 1
    return byPlatform
  }

  async transition(id: number, from: readonly BroadcastStatus[], to: BroadcastStatus, now: Date): Promise<boolean> {
    const at = now.toISOString()
    return this.db.transaction().execute(async (trx) => {
      const result = await trx
        .updateTable('broadcasts')
        .set({ status: to, ...(to === 'sending' && from.includes('draft') ? { started_at: at } : {}), ...(to === 'cancelled' || to === 'done' ? { finished_at: at } : {}) })
        .where('id', '=', id)
        .where('status', 'in', [...from])
        .executeTakeFirst()
      if (!Number(result.numUpdatedRows)) return false
      // Messages in flight finish as whatever they became (sent or not); only waiting ones are cancelled.
      if (to === 'cancelled') await trx.updateTable('deliveries').set({ status: 'cancelled', claimed_by: null, lease_until: null }).where('broadcast_id', '=', id).where('status', '=', 'pending').execute()
      return true
    })
  }

  async statusOf(id: number): Promise<BroadcastStatus | null> {
    const row = await this.db.selectFrom('broadcasts').select('status').where('id', '=', id).executeTakeFirst()
    return (row?.status as BroadcastStatus | undefined) ?? null
  }

  async report(id: number): Promise<BroadcastReport | null> {
    const broadcast = await this.get(id)
    if (!broadcast) return null
    const rows = () => this.db.selectFrom('deliveries').where('broadcast_id', '=', id).where('chat_id', '!=', ARTICLE_ROW_CHAT_ID)
    const counts = await rows()
      .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('status')
      .execute()
    const routes = await rows()
      .select(['route', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'sent')
      .where('route', 'is not', null)
      .groupBy('route')
      .execute()
    const article = await this.db.selectFrom('deliveries').select(['status', 'reason']).where('broadcast_id', '=', id).where('chat_id', '=', ARTICLE_ROW_CHAT_ID).executeTakeFirst()
    const byReason = await rows()
      .select(['reason', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '!=', 'sent')
      .where('reason', 'is not', null)
      .groupBy('reason')
      .execute()
    const receipts = await rows()
      .select(['route', (eb) => eb.fn.count<number>('delivered_at').as('delivered'), (eb) => eb.fn.count<number>('seen_at').as('seen')])
      .where('delivered_at', 'is not', null)
      .groupBy('route')
      .execute()
    const reasons = await rows()
      .select(['last_error', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', 'in', ['failed', 'blocked'])
      .groupBy('last_error')
      .execute()
    const by = (s: string) => Number(counts.find((c) => c.status === s)?.n ?? 0)
    return {
      id,
      status: broadcast.status,
      total: counts.reduce((n, c) => n + Number(c.n), 0),
      sent: by('sent'),
      failed: by('failed'),
      pending: by('pending') + by('sending'),
      blocked: by('blocked'),
      skipped: by('skipped'),
      delivered: receipts.reduce((n, r) => n + Number(r.delivered), 0),
      seen: receipts.reduce((n, r) => n + Number(r.seen), 0),
      receiptsByRoute: Object.fromEntries(receipts.filter((r) => r.route).map((r) => [r.route as SendRoute, { delivered: Number(r.delivered), seen: Number(r.seen) }])),
      byReason: Object.fromEntries(byReason.map((r) => [r.reason as DeliveryReason, Number(r.n)])),
      byRoute: Object.fromEntries(routes.map((r) => [r.route as SendRoute, Number(r.n)])),
      ...(article ? { article: { status: article.status as DeliveryStatus, reason: article.reason ?? null } } : {}),
      cancelled: by('cancelled'),
      failures: Object.fromEntries(reasons.map((r) => [r.last_error ?? 'unknown', Number(r.n)])),
    }
  }

  async claimDue(platform: Platform, now: Date, limit: number, lease: { owner: string; until: Date }): Promise<ClaimedDelivery[]> {
    const at = now.toISOString()
    return this.db.transaction().execute(async (trx) => {
      // PostgreSQL: rows another sender is claiming right now are skipped, never handed out twice.
      // SQLite: the write transaction is serialised by the file lock.
      const due = await trx
        .selectFrom('deliveries')
        .innerJoin('broadcasts', 'broadcasts.id', 'deliveries.broadcast_id')
        .select(['deliveries.id', 'deliveries.broadcast_id', 'deliveries.chat_id', 'deliveries.chat_kind', 'deliveries.attempts', 'broadcasts.text', 'broadcasts.kind', 'broadcasts.zalo_article_id', 'broadcasts.audience'])
        .where('deliveries.platform', '=', platform)
        .where('deliveries.status', '=', 'pending')
        .where('deliveries.next_attempt_at', '<=', at)
        .where('broadcasts.status', '=', 'sending')
        .select((eb) => eb.selectFrom('deliveries as a').select('a.status').whereRef('a.broadcast_id', '=', 'deliveries.broadcast_id').where('a.chat_id', '=', ARTICLE_ROW_CHAT_ID).where('a.platform', '=', 'zalo-oa').as('article_status'))
        .orderBy('deliveries.next_attempt_at')
        .orderBy('deliveries.id')
        .limit(limit)
        .$if(this.dialect === 'postgres', (q) => q.forUpdate('deliveries').skipLocked())
        .execute()
      if (!due.length) return []
      // An article row claimed in this same batch is in flight, whatever the snapshot says.
      const articlesInBatch = new Set(due.filter((d) => d.chat_id === ARTICLE_ROW_CHAT_ID).map((d) => d.broadcast_id))
      for (const d of due) if (articlesInBatch.has(d.broadcast_id) && d.chat_id !== ARTICLE_ROW_CHAT_ID) d.article_status = 'sending'
      await trx
        .updateTable('deliveries')
        .set((eb) => ({ status: 'sending', claimed_at: at, claimed_by: lease.owner, lease_until: lease.until.toISOString(), attempts: eb('attempts', '+', 1) }))
        .where(
          'id',
          'in',
          due.map((d) => d.id),
        )
        .where('status', '=', 'pending')
        .execute()
      return due.map((d) => ({ id: d.id, broadcastId: d.broadcast_id, platform, chatId: d.chat_id, chatKind: (d.chat_kind === 'group' ? 'group' : 'private') as ChatKind, text: d.text, attempts: d.attempts + 1, messageKind: d.kind as MessageKind, ...articleOf(d) }))
    })
  }

  async markSent(id: number, now: Date, sent: { messageId?: string; route?: SendRoute } = {}): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set({ status: 'sent', sent_at: now.toISOString(), last_error: null, reason: null, message_id: sent.messageId ?? null, route: sent.route ?? null })
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .execute()
  }

  async markRetry(id: number, nextAttemptAt: Date, reason: string | null, refundAttempt: boolean, code?: DeliveryReason): Promise<void> {
    await this.db
      .updateTable('deliveries')
      .set((eb) => ({ status: 'pending', next_attempt_at: nextAttemptAt.toISOString(), claimed_at: null, claimed_by: null, lease_until: null, ...(reason ? { last_error: reason } : {}), ...(code ? { reason: code } : {}), ...(refundAttempt ? { attempts: eb('attempts', '-', 1) } : {}) }))
      .where('id', '=', id)
      .where('status', '=', 'sending')
      .execute()
  }

  async markFailed(id: number, reason: string, code: DeliveryReason = 'failed'): Promise<void> {
    await this.db.updateTable('deliveries').set({ status: 'failed', last_error: reason, reason: code }).where('id', '=', id).execute()
  }

  async markSkipped(id: number, code: DeliveryReason, reason: string): Promise<void> {
    await this.db.updateTable('deliveries').set({ status: 'skipped', last_error: reason, reason: code }).where('id', '=', id).execute()
  }

  async markBlocked(id: number, reason: string, chat: ChatRef, code: DeliveryReason = 'blocked'): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('deliveries').set({ status: 'blocked', last_error: reason, reason: code }).where('id', '=', id).execute()
      await trx
        .updateTable('chats')
        .set({ active: 0, updated_at: new Date().toISOString(), ...(code === 'invalid' ? { state: 'invalid' } : {}) })
        .where('platform', '=', chat.platform)
        .where('chat_id', '=', chat.chatId)
        .execute()
    })
  }

  async recordReminder(key: string, broadcastId: number, now: Date): Promise<void> {
    await this.db
      .insertInto('reminders')
      .values({ key, broadcast_id: broadcastId, created_at: now.toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute()
  }

  async releaseStale(now: Date): Promise<number> {
    const result = await this.db
      .updateTable('deliveries')
      .set({ status: 'pending', claimed_at: null, claimed_by: null, lease_until: null })
      .where('status', '=', 'sending')
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now.toISOString())]))
      .executeTakeFirst()
    return Number(result.numUpdatedRows)
  }

  async finishCompleted(now: Date): Promise<void> {
    // A paused or cancelled send puts its message back to pending; a cancelled broadcast ends it here.
    await this.db
      .updateTable('deliveries')
      .set({ status: 'cancelled' })
      .where('status', '=', 'pending')
      .where('broadcast_id', 'in', (eb) => eb.selectFrom('broadcasts').select('id').where('status', '=', 'cancelled'))
      .execute()
    await this.db
      .updateTable('broadcasts')
      .set({ status: 'done', finished_at: now.toISOString() })
      .where('status', '=', 'sending')
      .where((eb) => eb.not(eb.exists(eb.selectFrom('deliveries').select('deliveries.id').whereRef('deliveries.broadcast_id', '=', 'broadcasts.id').where('deliveries.status', 'in', ['pending', 'sending']))))
      .execute()
  }
}

function articleOf(row: { zalo_article_id?: string | null; audience: string; article_status: string | null }): Pick<ClaimedDelivery, 'article'> {
  if (!row.zalo_article_id) return {}
  const province = (JSON.parse(row.audience) as Audience).province
  return { article: { id: row.zalo_article_id, ...(province ? { province } : {}), ...(row.article_status ? { status: row.article_status as DeliveryStatus } : {}) } }
}
