import { sql, type Kysely } from 'kysely'
import { TOPICS, type ChatProfile, type ChatRef, type ChatStore, type Topic } from '../../core/ports.js'
import type { DialectName } from '../create-database.js'
import type { Database } from '../database.js'

/** Chats and their subscriptions in the store: chat id, kind, province, agency, active, topics. */
export class ChatRepository implements ChatStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
    private readonly dialect: DialectName = 'sqlite',
  ) {}

  async get(ref: ChatRef): Promise<ChatProfile | null> {
    const row = await this.db.selectFrom('chats').selectAll().where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).executeTakeFirst()
    if (!row) return null
    const topics = await this.db.selectFrom('subscriptions').select('topic').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).execute()
    return {
      platform: ref.platform,
      chatId: ref.chatId,
      kind: row.kind === 'group' ? 'group' : 'private',
      province: row.province,
      agency: row.agency,
      active: row.active === 1,
      // In the fixed order of TOPICS, so every listing of a chat's topics reads the same.
      topics: TOPICS.filter((t) => topics.some((row) => row.topic === t)),
    }
  }

  async update(ref: ChatRef, patch: Partial<Pick<ChatProfile, 'kind' | 'province' | 'agency' | 'active'>>): Promise<ChatProfile> {
    const at = this.now().toISOString()
    const values = {
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.province !== undefined ? { province: patch.province } : {}),
      ...(patch.agency !== undefined ? { agency: patch.agency } : {}),
      ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
    }
    await this.db
      .insertInto('chats')
      .values({ platform: ref.platform, chat_id: ref.chatId, kind: 'private', province: null, agency: null, active: 1, created_at: at, updated_at: at, ...values })
      .onConflict((oc) => oc.columns(['platform', 'chat_id']).doUpdateSet({ ...values, updated_at: at }))
      .execute()
    return (await this.get(ref))!
  }

  async subscribe(ref: ChatRef, topic: Topic): Promise<ChatProfile> {
    await this.update(ref, {})
    await this.db
      .insertInto('subscriptions')
      .values({ platform: ref.platform, chat_id: ref.chatId, topic, created_at: this.now().toISOString() })
      .onConflict((oc) => oc.columns(['platform', 'chat_id', 'topic']).doNothing())
      .execute()
    return (await this.get(ref))!
  }

  async unsubscribe(ref: ChatRef, topic: Topic | null): Promise<ChatProfile> {
    await this.update(ref, {})
    let query = this.db.deleteFrom('subscriptions').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId)
    if (topic) query = query.where('topic', '=', topic)
    await query.execute()
    return (await this.get(ref))!
  }

  /**
   * /xoa: the chat row (with its Zalo state), its subscriptions, its reminder phone (and one waiting for consent), its per-follower counts and its
   * pending deliveries are deleted; deliveries that
   * already happened (sent, failed, blocked) keep their outcome for the broadcast report but lose
   * the chat id. On SQLite (secure_delete on) the write-ahead log is then folded into the file and
   * truncated, so the old bytes are gone from disk too.
   */
  async forget(ref: ChatRef): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('subscriptions').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).execute()
      await trx.deleteFrom('deliveries').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).where('status', 'in', ['pending', 'sending']).execute()
      await trx.deleteFrom('follower_ledger').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).execute()
      await trx.deleteFrom('reminder_phones').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).execute()
      await trx.deleteFrom('pending_reminder_phones').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).execute()
      await trx
        .updateTable('deliveries')
        .set({ chat_id: sql<string>`'forgotten-' || cast(id as text)` })
        .where('platform', '=', ref.platform)
        .where('chat_id', '=', ref.chatId)
        .execute()
      await trx.deleteFrom('chats').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).execute()
    })
    if (this.dialect === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(this.db)
  }
}

/** Active subscribers by province and topic, for the admin report. */
export async function subscriberStats(db: Kysely<Database>): Promise<{ province: string | null; topic: string; platform: string; subscribers: number }[]> {
  const rows = await db
    .selectFrom('subscriptions')
    .innerJoin('chats', (j) => j.onRef('chats.platform', '=', 'subscriptions.platform').onRef('chats.chat_id', '=', 'subscriptions.chat_id'))
    .select(['chats.province', 'subscriptions.topic', 'chats.platform', (eb) => eb.fn.countAll<number>().as('n')])
    .where('chats.active', '=', 1)
    .groupBy(['chats.province', 'subscriptions.topic', 'chats.platform'])
    .orderBy('chats.province')
    .orderBy('subscriptions.topic')
    .execute()
  return rows.map((r) => ({ province: r.province, topic: r.topic, platform: r.platform, subscribers: Number(r.n) }))
}
