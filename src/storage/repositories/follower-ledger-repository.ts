import type { Kysely } from 'kysely'
import { afterAcceptedSend, vietnamMonth, type FollowerLedger, type LedgerEntry } from '../../core/broadcasts/follower-caps.js'
import type { ChatRef, Platform } from '../../core/ports.js'
import type { Database } from '../database.js'

/** The per-follower ledger table (see FollowerLedger). */
export class FollowerLedgerRepository implements FollowerLedger {
  constructor(private readonly db: Kysely<Database>) {}

  async entry(ref: ChatRef, at: Date): Promise<LedgerEntry | null> {
    const row = await this.db
      .selectFrom('follower_ledger')
      .selectAll()
      .where('platform', '=', ref.platform)
      .where('chat_id', '=', ref.chatId)
      .where('month', '=', vietnamMonth(at))
      .executeTakeFirst()
    return row ? { month: row.month, sentCount: row.sent_count, lastSentDay: row.last_sent_day, sentOnLastDay: row.sent_on_last_day } : null
  }

  async entries(platform: Platform, month: string): Promise<Map<string, LedgerEntry>> {
    const rows = await this.db.selectFrom('follower_ledger').selectAll().where('platform', '=', platform).where('month', '=', month).execute()
    return new Map(rows.map((r) => [r.chat_id, { month: r.month, sentCount: r.sent_count, lastSentDay: r.last_sent_day, sentOnLastDay: r.sent_on_last_day }]))
  }

  async recordAccepted(ref: ChatRef, at: Date): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const current = await new FollowerLedgerRepository(trx).entry(ref, at)
      const next = afterAcceptedSend(current, at)
      const values = { sent_count: next.sentCount, last_sent_day: next.lastSentDay, sent_on_last_day: next.sentOnLastDay ?? 1 }
      await trx
        .insertInto('follower_ledger')
        .values({ platform: ref.platform, chat_id: ref.chatId, month: next.month, ...values })
        .onConflict((oc) => oc.columns(['platform', 'chat_id', 'month']).doUpdateSet(values))
        .execute()
    })
  }
}
