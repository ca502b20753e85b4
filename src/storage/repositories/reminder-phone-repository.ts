import type { Kysely } from 'kysely'
import type { ChatRef, Platform, ReminderPhone, ReminderPhoneStore } from '../../core/ports.js'
import type { Database } from '../database.js'

/** Officials' consented reminder phones (/sdt), one per chat. */
export class ReminderPhoneRepository implements ReminderPhoneStore {
  constructor(private readonly db: Kysely<Database>) {}

  async get(ref: ChatRef): Promise<ReminderPhone | null> {
    const row = await this.db.selectFrom('reminder_phones').selectAll().where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).executeTakeFirst()
    return row ? { phone: row.phone, consentedAt: new Date(row.consented_at), consentVersion: row.consent_version } : null
  }

  async save(ref: ChatRef, phone: ReminderPhone): Promise<void> {
    const values = { phone: phone.phone, consented_at: phone.consentedAt.toISOString(), consent_version: phone.consentVersion }
    await this.db
      .insertInto('reminder_phones')
      .values({ platform: ref.platform, chat_id: ref.chatId, ...values })
      .onConflict((oc) => oc.columns(['platform', 'chat_id']).doUpdateSet(values))
      .execute()
  }

  async delete(ref: ChatRef): Promise<boolean> {
    const result = await this.db.deleteFrom('reminder_phones').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).executeTakeFirst()
    return Number(result.numDeletedRows) > 0
  }

  async withPhone(platform: Platform, chatIds: string[]): Promise<Set<string>> {
    const out = new Set<string>()
    for (let i = 0; i < chatIds.length; i += 500) {
      const rows = await this.db
        .selectFrom('reminder_phones')
        .select('chat_id')
        .where('platform', '=', platform)
        .where('chat_id', 'in', chatIds.slice(i, i + 500))
        .execute()
      for (const r of rows) out.add(r.chat_id)
    }
    return out
  }

  async holdPending(ref: ChatRef, phone: string, expiresAt: Date, now: Date): Promise<void> {
    await this.purgeExpired(now)
    const values = { phone, expires_at: expiresAt.toISOString() }
    await this.db
      .insertInto('pending_reminder_phones')
      .values({ platform: ref.platform, chat_id: ref.chatId, ...values })
      .onConflict((oc) => oc.columns(['platform', 'chat_id']).doUpdateSet(values))
      .execute()
  }

  async pending(ref: ChatRef, now: Date): Promise<string | null> {
    const row = await this.db.selectFrom('pending_reminder_phones').select('phone').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).where('expires_at', '>', now.toISOString()).executeTakeFirst()
    return row?.phone ?? null
  }

  async takePending(ref: ChatRef, now: Date): Promise<string | null> {
    // DELETE … RETURNING: two instances answering the same "đồng ý" cannot both take the phone.
    const row = await this.db.deleteFrom('pending_reminder_phones').where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).returning(['phone', 'expires_at']).executeTakeFirst()
    return row && row.expires_at > now.toISOString() ? row.phone : null
  }

  async purgeExpired(now: Date): Promise<number> {
    const result = await this.db.deleteFrom('pending_reminder_phones').where('expires_at', '<=', now.toISOString()).executeTakeFirst()
    return Number(result.numDeletedRows)
  }
}
