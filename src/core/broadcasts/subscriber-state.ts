import type { ChatRef, Platform, Topic } from '../ports.js'

/**
 * Where a subscriber stands on one platform (issue 13). Only `invalid` and an opt-out of the
 * message type being sent stop sending; every other state is temporary and never unsubscribes:
 *
 * - `active`: reachable by the usual route.
 * - `window_closed`: Zalo refused a consultation message (-230/-232, no interaction in 7 days);
 *   reopens on the next inbound message or follow.
 * - `not_following`: unfollowed or -213; follower-only routes stop, consultation still works
 *   inside the window; `follow` makes the subscriber active again.
 * - `opted_out`: refused one message type (-244, ZNS -139/-141); listed in `optedOut`.
 * - `dormant`: banned or away from Zalo for more than 45 days (-227): tried again next campaign.
 * - `invalid`: no such account (Telegram "chat not found", ZNS -108/-118): never tried again.
 *
 * Quota, night, rate-limit, token and parameter errors never change a subscriber's state.
 */
export type SubscriberState = 'active' | 'window_closed' | 'not_following' | 'opted_out' | 'dormant' | 'invalid'

/**
 * How a message reaches a user: Zalo consultation, the OA article broadcast to followers,
 * per-follower promotion, template by user id (ZBS), template by phone number (`zns`, to an
 * official's consented phone), or a plain send (Telegram, Zalo Bot).
 */
export type SendRoute = 'cs' | 'article' | 'promotion' | 'template' | 'zns' | 'send'

export interface SubscriberStatus {
  state: SubscriberState
  /** Routes (message types) the user refused. */
  optedOut: SendRoute[]
  /** Last inbound message or follow; the Zalo consultation window runs 7 days from here. Null: unknown. */
  lastInboundAt: Date | null
  /** Null when unknown (never synced, no follow event seen). */
  isFollower: boolean | null
}

/** What a platform answer means for the subscriber; applied by the channel that saw it. */
export type StateChange = { to: Exclude<SubscriberState, 'opted_out'> } | { to: 'opted_out'; route: SendRoute }

export interface SubscriberStateStore {
  status(ref: ChatRef): Promise<SubscriberStatus | null>
  apply(ref: ChatRef, change: StateChange, at: Date): Promise<void>
  /** An inbound message: the consultation window reopens. */
  touchInbound(ref: ChatRef, at: Date): Promise<void>
  /**
   * A follow/unfollow event with its body timestamp. Applied only when newer than the last one
   * applied for this user, so a replayed or reordered event changes nothing; returns whether it was.
   */
  applyFollow(ref: ChatRef, following: boolean, eventAt: Date): Promise<boolean>
  /**
   * Zalo lists these users as followers (follower sync): unknown ones become chats subscribed to
   * `topic`; known ones are marked followers and keep the subscriptions their users chose. Not an
   * interaction: the consultation window stays as it is.
   */
  importFollowers(platform: Platform, chatIds: string[], topic: Topic, at: Date): Promise<{ subscribed: number; known: number }>
}

export const UNKNOWN_STATUS: SubscriberStatus = { state: 'active', optedOut: [], lastInboundAt: null, isFollower: null }

/** The next state after a change; an opt-out only adds the refused route. */
export function nextStatus(current: SubscriberStatus, change: StateChange): SubscriberStatus {
  if (change.to === 'opted_out') return { ...current, state: 'opted_out', optedOut: [...new Set([...current.optedOut, change.route])] }
  return { ...current, state: change.to }
}
