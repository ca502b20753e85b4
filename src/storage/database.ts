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
  /** The sender instance holding the claim, and until when (see the lease in broadcast.ts). */
  claimed_by: string | null
  lease_until: string | null
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

/** An official's consented phone for reminders by ZNS (/sdt). */
export interface ReminderPhoneTable {
  platform: string
  chat_id: string
  phone: string
  consented_at: string
  consent_version: string
}

/** A phone given with /sdt, waiting for consent until `expires_at` (ISO). */
export interface PendingReminderPhoneTable {
  platform: string
  chat_id: string
  phone: string
  expires_at: string
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

export interface UserTable {
  id: Generated<number>
  /** The login name, also the name the audit log shows. */
  name: string
  role: string
  password_hash: string
  failed_logins: number
  locked_until: string | null
  active: number
  created_at: string
  updated_at: string
}

export interface SessionTable {
  /** sha256 of the cookie's random id: a leaked database does not yield live sessions. */
  id_hash: string
  user_id: number
  created_at: string
  expires_at: string
}

export interface ApiTokenTable {
  id: Generated<number>
  user_id: number
  label: string
  token_hash: string
  created_at: string
  last_used_at: string | null
  revoked_at: string | null
}

export interface BroadcastApprovalTable {
  broadcast_id: number
  /** draft → submitted → approved (→ started) | rejected */
  state: string
  created_by: number
  submitted_at: string | null
  decided_by: number | null
  decided_at: string | null
  /** When to start after approval; null = at once. */
  send_at: string | null
  started_at: string | null
}

/** A place added or edited in the console; overrides the row of shelters.csv with the same id. */
export interface DirectoryPlaceTable {
  id: string
  data: string
  updated_by: string
  updated_at: string
}

/** A campaign edited in the console; overrides the YAML file's campaign with the same id. */
export interface CampaignTable {
  id: string
  data: string
  updated_by: string
  updated_at: string
}

/** Questions per day by kind and outcome: counts only, never the text. */
export interface QuestionCountTable {
  day: string
  kind: string
  found: number
  n: number
}

export interface ConsoleSettingTable {
  key: string
  value: string
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
  reminder_phones: ReminderPhoneTable
  pending_reminder_phones: PendingReminderPhoneTable
  documents: DocumentTable
  document_revision: DocumentRevisionTable
  users: UserTable
  sessions: SessionTable
  api_tokens: ApiTokenTable
  broadcast_approvals: BroadcastApprovalTable
  directory_places: DirectoryPlaceTable
  campaigns: CampaignTable
  question_counts: QuestionCountTable
  console_settings: ConsoleSettingTable
}
