import type { Generated } from 'kysely'

/**
 * The store's tables. Times are ISO-8601 UTC strings (they sort and compare the same way in
 * SQLite and PostgreSQL); flags are 0/1 integers. No citizen message text is stored anywhere.
 */
export interface ChatTable {
  platform: string
  chat_id: string
  kind: string
  province: string | null
  agency: string | null
  active: number
  created_at: string
  updated_at: string
  state: Generated<string>
  opted_out: string | null
  last_inbound_at: string | null
  is_follower: number | null
  follow_event_at: string | null
}

export interface SubscriptionTable {
  platform: string
  chat_id: string
  topic: string
  created_at: string
}

export interface ProcessedUpdateTable {
  platform: string
  update_id: string
  processed_at: string
}

export interface BroadcastTable {
  id: Generated<number>
  /** Unique when set: a campaign message or reminder is turned into a broadcast once. */
  key: string | null
  text: string
  audience: string
  status: string
  created_by: string
  created_at: string
  started_at: string | null
  finished_at: string | null
  /** campaign | announcement | reminder: decides the Zalo route (core/broadcasts/route-zalo-message.ts). */
  kind: Generated<string>
  zalo_article_id?: string | null
}

export interface DeliveryTable {
  id: Generated<number>
  broadcast_id: number
  platform: string
  chat_id: string
  chat_kind: string
  status: string
  attempts: number
  next_attempt_at: string
  claimed_at: string | null
  sent_at: string | null
  last_error: string | null
  /** Why it was not (yet) sent, one of DeliveryReason; null when sent. */
  reason?: string | null
  /** How it went out (cs, promotion, template, send). */
  route?: string | null
  /** The platform's message id: receipts are folded in by it. */
  message_id?: string | null
  delivered_at?: string | null
  seen_at?: string | null
}

export interface ReminderTable {
  key: string
  broadcast_id: number
  created_at: string
}

export interface ZaloTokenTable {
  key: string
  access_token: string
  refresh_token: string
  updated_at: string
}

/** Broadcasts accepted per follower and Vietnam calendar month (per-follower caps). */
export interface FollowerLedgerTable {
  platform: string
  chat_id: string
  /** YYYY-MM in Asia/Ho_Chi_Minh. */
  month: string
  sent_count: number
  /** YYYY-MM-DD in Asia/Ho_Chi_Minh. */
  last_sent_day: string
  sent_on_last_day: number
}

export interface AuditLogTable {
  id: Generated<number>
  at: string
  actor: string
  action: string
  target: string | null
  details: string | null
}

/** An uploaded document: the original, the text read from it, and its publishing status. */
export interface DocumentTable {
  id: string
  file_name: string
  original: Uint8Array
  size: number
  text: string
  format: string
  encoding: string
  status: string
  province: string | null
  year: number | null
  created_by: string
  created_at: string
  updated_at: string
  published_at: string | null
}

export interface DocumentRevisionTable {
  id: number
  revision: number
}

export interface Database {
  chats: ChatTable
  subscriptions: SubscriptionTable
  processed_updates: ProcessedUpdateTable
  broadcasts: BroadcastTable
  deliveries: DeliveryTable
  reminders: ReminderTable
  zalo_tokens: ZaloTokenTable
  audit_log: AuditLogTable
  follower_ledger: FollowerLedgerTable
  documents: DocumentTable
  document_revision: DocumentRevisionTable
}
