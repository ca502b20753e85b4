import type { Kysely } from 'kysely'
import { nextStatus, UNKNOWN_STATUS, type SendRoute, type StateChange, type SubscriberState, type SubscriberStateStore, type SubscriberStatus } from '../../core/broadcasts/subscriber-state.js'
import type { ChatRef, Platform, Topic } from '../../core/ports.js'
import type { Database } from '../database.js'

/** Subscriber state per platform, kept on the chat row (see core/broadcasts/subscriber-state.ts). */
export class SubscriberStateRepository implements SubscriberStateStore {
  constructor(private readonly db: Kysely<Database>) {}

  async status(ref: ChatRef): Promise<SubscriberStatus | null> {
    const row = await this.db.selectFrom('chats').select(['state', 'opted_out', 'last_inbound_at', 'is_follower']).where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).executeTakeFirst()
    return row ? toStatus(row) : null
  }

  /** Many chats of one platform at once (the planner), in chunks the databases accept. */
  async statuses(platform: Platform, chatIds: string[]): Promise<Map<string, SubscriberStatus>> {
    const out = new Map<string, SubscriberStatus>()
    for (let i = 0; i < chatIds.length; i += 500) {
      const rows = await this.db
        .selectFrom('chats')
        .select(['chat_id', 'state', 'opted_out', 'last_inbound_at', 'is_follower'])
        .where('platform', '=', platform)
        .where('chat_id', 'in', chatIds.slice(i, i + 500))
        .execute()
      for (const row of rows) out.set(row.chat_id, toStatus(row))
    }
    return out
  }

  async apply(ref: ChatRef, change: StateChange, at: Date): Promise<void> {
    const current = (await this.status(ref)) ?? UNKNOWN_STATUS
    const next = nextStatus(current, change)
    await this.db
      .updateTable('chats')
      .set({
        state: next.state,
        opted_out: next.optedOut.length ? JSON.stringify(next.optedOut) : null,
        // invalid stops sending for good; every other state keeps the chat a recipient.
        ...(next.state === 'invalid' ? { active: 0 } : {}),
        ...(change.to === 'not_following' ? { is_follower: 0 } : {}),
        updated_at: at.toISOString(),
      })
      .where('platform', '=', ref.platform)
      .where('chat_id', '=', ref.chatId)
      .execute()
  }

  async touchInbound(ref: ChatRef, at: Date): Promise<void> {
    // Writing to us reopens the window; an opt-out or an invalid account is not undone by it.
    await this.db.updateTable('chats').set({ last_inbound_at: at.toISOString(), updated_at: at.toISOString() }).where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).execute()
    await this.db.updateTable('chats').set({ state: 'active' }).where('platform', '=', ref.platform).where('chat_id', '=', ref.chatId).where('state', 'in', ['window_closed', 'dormant']).execute()
  }

  async importFollowers(platform: Platform, chatIds: string[], topic: Topic, at: Date): Promise<{ subscribed: number; known: number }> {
    const when = at.toISOString()
    let subscribed = 0
    let known = 0
    for (let i = 0; i < chatIds.length; i += 500) {
      const chunk = chatIds.slice(i, i + 500)
      await this.db.transaction().execute(async (trx) => {
        const existing = new Set((await trx.selectFrom('chats').select('chat_id').where('platform', '=', platform).where('chat_id', 'in', chunk).execute()).map((r) => r.chat_id))
        const fresh = chunk.filter((id) => !existing.has(id))
        if (existing.size) {
          await trx
            .updateTable('chats')
            .set({ is_follower: 1 })
            .where('platform', '=', platform)
            .where('chat_id', 'in', [...existing])
            .execute()
          await trx
            .updateTable('chats')
            .set({ state: 'active' })
            .where('platform', '=', platform)
            .where('chat_id', 'in', [...existing])
            .where('state', '=', 'not_following')
            .execute()
        }
        if (fresh.length) {
          await trx
            .insertInto('chats')
            .values(fresh.map((chat_id) => ({ platform, chat_id, kind: 'private', province: null, agency: null, active: 1, created_at: when, updated_at: when, is_follower: 1, opted_out: null, last_inbound_at: null, follow_event_at: null })))
            .onConflict((oc) => oc.columns(['platform', 'chat_id']).doNothing())
            .execute()
          await trx
            .insertInto('subscriptions')
            .values(fresh.map((chat_id) => ({ platform, chat_id, topic, created_at: when })))
            .onConflict((oc) => oc.columns(['platform', 'chat_id', 'topic']).doNothing())
            .execute()
        }
        subscribed += fresh.length
        known += existing.size
      })
    }
    return { subscribed, known }
  }

  async applyFollow(ref: ChatRef, following: boolean, eventAt: Date): Promise<boolean> {
    const at = eventAt.toISOString()
    const result = await this.db
      .updateTable('chats')
      .set({
        is_follower: following ? 1 : 0,
        follow_event_at: at,
        updated_at: new Date().toISOString(),
        ...(following ? { state: 'active', last_inbound_at: at, active: 1 } : { state: 'not_following' }),
      })
      .where('platform', '=', ref.platform)
      .where('chat_id', '=', ref.chatId)
      .where((eb) => eb.or([eb('follow_event_at', 'is', null), eb('follow_event_at', '<', at)]))
      .executeTakeFirst()
    return Number(result.numUpdatedRows) > 0
  }
}

function toStatus(row: { state: string; opted_out: string | null; last_inbound_at: string | null; is_follower: number | null }): SubscriberStatus {
  return {
    state: row.state as SubscriberState,
    optedOut: row.opted_out ? (JSON.parse(row.opted_out) as SendRoute[]) : [],
    lastInboundAt: row.last_inbound_at ? new Date(row.last_inbound_at) : null,
    isFollower: row.is_follower === null ? null : row.is_follower === 1,
  }
}
