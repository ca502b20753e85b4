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
  /** When the update was claimed (or finished); the lease of an unfinished one runs from here. */
  processed_at: string
  /** 0 while being answered, 1 once done. */
  handled: Generated<number>
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
  /** The sender instance holding the claim, and until when (see the lease in broadcast.ts). */
  claimed_by: string | null
  lease_until: string | null
  sent_at: string | null
  last_error: string | null
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

export interface AuditLogTable {
  id: Generated<number>
  at: string
  actor: string
  action: string
  target: string | null
  details: string | null
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
}
