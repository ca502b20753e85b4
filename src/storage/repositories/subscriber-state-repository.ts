import type { Kysely } from 'kysely'
import { nextStatus, UNKNOWN_STATUS, type SendRoute, type StateChange, type SubscriberState, type SubscriberStateStore, type SubscriberStatus } from '../../core/broadcasts/subscriber-state.js'
import type { ChatRef, Platform } from '../../core/ports.js'
import type { Database } from '../database.js'

/** Subscriber state per platform, kept on the chat row (see core/broadcasts/subscriber-state.ts). */
export class SubscriberStateRepository implements SubscriberStateStore {
  constructor(private readonly db: Kysely<Database>) {}

  async status(ref: ChatRef): Promise<SubscriberStatus | null> {
    const row = await this.db
      .selectFrom('chats')
      .select(['state', 'opted_out', 'last_inbound_at', 'is_follower'])
      .where('platform', '=', ref.platform)
      .where('chat_id', '=', ref.chatId)
      .executeTakeFirst()
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
    await this.db
      .updateTable('chats')
      .set({ last_inbound_at: at.toISOString(), updated_at: at.toISOString() })
      .where('platform', '=', ref.platform)
      .where('chat_id', '=', ref.chatId)
      .execute()
    await this.db
      .updateTable('chats')
      .set({ state: 'active' })
      .where('platform', '=', ref.platform)
      .where('chat_id', '=', ref.chatId)
      .where('state', 'in', ['window_closed', 'dormant'])
      .execute()
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
