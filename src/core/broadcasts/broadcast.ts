import type { ChatKind, ChatRef, Platform, Topic } from '../ports.js'
import type { DeliveryReason } from './delivery-reason.js'
import type { MessageKind } from './route-zalo-message.js'
import type { SendRoute } from './subscriber-state.js'

/**
 * Broadcasts and their deliveries (the outbox).
 *
 * Broadcast: draft → sending ⇄ paused → done, or → cancelled at any point before done
 * (transitions in broadcast-lifecycle.ts).
 *
 * Delivery state machine (one row per broadcast × chat, unique, so nothing is enqueued twice):
 *
 *   pending ──claim (lease)──▶ sending ──ok──────────────▶ sent
 *      ▲                          │ ├──429 / 5xx / timeout──▶ pending (next_attempt_at = now + retry_after or backoff)
 *      │                          │ ├──attempts exhausted───▶ failed   (last_error keeps the reason)
 *      │                          │ ├──403 blocked / account invalid ─▶ blocked (and the chat is marked inactive)
 *      │                          │ ├──platform refuses this message only (Zalo window closed, not following,
 *      │                          │ │  opted out of the type, dormant) ─▶ skipped (reason kept; the subscriber stays)
 *      │                          │ └──broadcast paused/cancelled before the send ─▶ pending (not sent, attempt refunded)
 *      └── lease expired (its sender died or lost the lock) ◀─┘
 *   pending ──broadcast cancelled──▶ cancelled
 *
 * Temporary refusals (Zalo quota, night ban, rate limit) go back to pending for when the reason
 * passes, without counting an attempt. Every non-sent row keeps a `reason` (DeliveryReason) for the
 * report; a sent row keeps the platform's message id, so receipts (delivered, seen) fold into it.
 *
 * A claim is leased to one sender (claimed_by, lease_until): no other instance touches the row
 * before the lease ends, so two senders never hold the same delivery. A message in flight when a
 * broadcast is cancelled still ends as sent (it did arrive): the report stays truthful. After a
 * crash, only deliveries that were in flight at that moment can be sent twice: a row is marked sent
 * right after its API call succeeds.
 */
export type BroadcastStatus = 'draft' | 'sending' | 'paused' | 'cancelled' | 'done'
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'blocked' | 'skipped' | 'cancelled'

export interface Audience {
  platforms?: Platform[]
  province?: string
  agency?: string
  /** Subscribers of this topic; any topic when none is given. */
  topic?: Topic
  /** Officials are chats that chose an agency (/coquan); citizens did not. */
  role?: 'officials' | 'citizens'
  /** An explicit list (deadline reminders), instead of a subscriber query. */
  chats?: ChatRef[]
}

export interface BroadcastRecord {
  id: number
  key: string | null
  text: string
  audience: Audience
  /** What is sent decides the route on Zalo (campaign, announcement, reminder). */
  kind: MessageKind
  /** The OA article that carries it to Zalo followers outside the consultation window. */
  zaloArticleId: string | null
  status: BroadcastStatus
  createdBy: string
  createdAt: string
}

export interface BroadcastReport {
  id: number
  status: BroadcastStatus
  total: number
  sent: number
  failed: number
  pending: number
  blocked: number
  /** Not sent to these chats for a reason that does not unsubscribe them (window closed, not following…). */
  skipped: number
  /** The OA article broadcast row, when the message has one (not counted in the totals above). */
  article?: { status: DeliveryStatus; reason: string | null }
  /** Sent rows by route (cs, article, promotion, template, send). */
  byRoute: Partial<Record<SendRoute, number>>
  /** Receipts folded in by message id (Zalo `user_received_message`, `user_seen_message`; ZNS `delivery_time`). */
  delivered: number
  seen: number
  /** The same receipts by the route that carried the message (a ZNS receipt counts under `zns`). */
  receiptsByRoute: Partial<Record<SendRoute, { delivered: number; seen: number }>>
  /** Every row not (yet) sent, by DeliveryReason — pending rows waiting for a quota or the morning included. */
  byReason: Partial<Record<DeliveryReason, number>>
  cancelled: number
  failures: Record<string, number>
}

export interface ClaimedDelivery {
  id: number
  broadcastId: number
  platform: Platform
  chatId: string
  chatKind: ChatKind
  text: string
  attempts: number
  messageKind: MessageKind
  /** The Zalo OA article and the province it targets (campaigns and announcements with an article). */
  article?: ArticleBroadcast
}

export interface ArticleBroadcast {
  id: string
  province?: string
  /** Status of the broadcast's article row: followers are counted as reached only once it is sent. */
  status?: DeliveryStatus
}

/** The one outbox row per broadcast that makes the OA's article broadcast call (Zalo OA only). */
export const ARTICLE_ROW_CHAT_ID = 'oa-article'

/** One attempt's result; `code` says why for the report. A messenger never retries: the outbox does. */
export type SendOutcome =
  | { ok: true; messageId?: string; route?: SendRoute }
  | { ok: false; kind: 'blocked'; reason: string; code?: DeliveryReason }
  | { ok: false; kind: 'retry'; reason: string; afterMs?: number; code?: DeliveryReason }
  | { ok: false; kind: 'failed'; reason: string; code?: DeliveryReason }
  | { ok: false; kind: 'skipped'; reason: string; code: DeliveryReason }

/** What is being sent, for platforms whose route depends on it (Zalo OA). */
export interface SendContext {
  messageKind: MessageKind
  article?: ArticleBroadcast
  /** The outbox row: a platform tracking id for it (ZNS `tracking_id`). */
  deliveryId?: number
}

/** Sends one broadcast message to one chat, one attempt; implemented per platform in channels/. */
export interface Messenger {
  send(chat: { chatId: string; kind: ChatKind }, text: string, context?: SendContext): Promise<SendOutcome>
}

export interface BroadcastStore {
  /** Creates a broadcast; with a key that exists already, returns the existing one (created: false). */
  create(input: { key?: string; text: string; audience: Audience; createdBy: string; kind?: MessageKind; zaloArticleId?: string }): Promise<{ id: number; created: boolean }>
  get(id: number): Promise<BroadcastRecord | null>
  /**
   * Inserts one pending delivery per recipient (unique per broadcast and chat), plus the article
   * row when a campaign or announcement has a Zalo article; returns how many are new.
   */
  enqueue(id: number, now: Date): Promise<number>
  /** Recipient count by platform, without enqueuing. */
  preview(audience: Audience): Promise<Record<string, number>>
  recipientsOf(audience: Audience): Promise<{ platform: Platform; chatId: string; agency: string | null; province: string | null }[]>
  /** Moves the broadcast to `to` only if its status is one of `from` (atomic); false when it was not. */
  transition(id: number, from: readonly BroadcastStatus[], to: BroadcastStatus, now: Date): Promise<boolean>
  /** The current status alone (the sender re-checks it before every send). */
  statusOf(id: number): Promise<BroadcastStatus | null>
  report(id: number): Promise<BroadcastReport | null>
  /** Atomically claims due deliveries for one sender until `lease.until`; rows another sender holds are skipped. */
  claimDue(platform: Platform, now: Date, limit: number, lease: { owner: string; until: Date }): Promise<ClaimedDelivery[]>
  markSent(id: number, now: Date, sent?: { messageId?: string; route?: SendRoute }): Promise<void>
  /** Back to pending; `refundAttempt` when it was not the recipient's fault (429, quota, night, deferred, stopping). */
  markRetry(id: number, nextAttemptAt: Date, reason: string | null, refundAttempt: boolean, code?: DeliveryReason): Promise<void>
  markFailed(id: number, reason: string, code?: DeliveryReason): Promise<void>
  markBlocked(id: number, reason: string, chat: ChatRef, code?: DeliveryReason): Promise<void>
  /** Not sent this time for a reason that keeps the subscriber (see SubscriberState). */
  markSkipped(id: number, code: DeliveryReason, reason: string): Promise<void>
  /** Claims whose lease ended (their sender died or lost the lock) go back to pending; live ones are left alone. */
  releaseStale(now: Date): Promise<number>
  /** Records that a deadline reminder went out as this broadcast (the reminders log). */
  recordReminder(key: string, broadcastId: number, now: Date): Promise<void>
  /** Pending deliveries of cancelled broadcasts become cancelled; broadcasts with nothing pending or in flight become done. */
  finishCompleted(now: Date): Promise<void>
}

/** Broadcast text fits every platform's limit (Zalo: 2,000 characters). */
export const MAX_BROADCAST_TEXT = 2000
