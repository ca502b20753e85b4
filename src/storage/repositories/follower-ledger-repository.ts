import type { Kysely } from 'kysely'
import { vietnamDay, vietnamMonth, type FollowerLedger, type LedgerEntry } from '../../core/broadcasts/follower-caps.js'
import type { ChatRef, Platform } from '../../core/ports.js'
import type { Database } from '../database.js'

/** The per-follower ledger table (see FollowerLedger). */
export class FollowerLedgerRepository implements FollowerLedger {
  constructor(private readonly db: Kysely<Database>) {}

  async entry(ref: ChatRef, at: Date): Promise<LedgerEntry | null> {
    const row = await this.db.selectFrom('follower_ledger').selectAll().where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).where('month', '=', vietnamMonth(at)).executeTakeFirst()
    return row ? { month: row.month, sentCount: row.sent_count, lastSentDay: row.last_sent_day, sentOnLastDay: row.sent_on_last_day } : null
  }

  async entries(platform: Platform, month: string): Promise<Map<string, LedgerEntry>> {
    const rows = await this.db.selectFrom('follower_ledger').selectAll().where('platform', '=', platform).where('month', '=', month).execute()
    return new Map(rows.map((r) => [r.chat_id, { month: r.month, sentCount: r.sent_count, lastSentDay: r.last_sent_day, sentOnLastDay: r.sent_on_last_day }]))
  }

  /** One atomic upsert, so two senders counting the same follower at once never lose a count. */
  async recordAccepted(ref: ChatRef, at: Date): Promise<void> {
    const day = vietnamDay(at)
    await this.db
      .insertInto('follower_ledger')
      .values({ platform: ref.platform, chat_id: ref.chatId, month: vietnamMonth(at), sent_count: 1, last_sent_day: day, sent_on_last_day: 1 })
      .onConflict((oc) =>
        oc.columns(['platform', 'chat_id', 'month']).doUpdateSet((eb) => ({
          sent_count: eb('follower_ledger.sent_count', '+', 1),
          sent_on_last_day: eb
            .case()
            .when('follower_ledger.last_sent_day', '=', day)
            .then(eb('follower_ledger.sent_on_last_day', '+', 1))
            .else(1)
            .end(),
          last_sent_day: day,
        })),
      )
      .execute()
  }
}
