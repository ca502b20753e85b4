/** What the core needs from the outside world; storage and channels implement these. */

export type Platform = 'telegram' | 'zalo-oa' | 'zalo-bot'
export type ChatKind = 'private' | 'group'

/** Subscription topics; the ids are stable (broadcasts and admin tools refer to them). */
export const TOPICS = ['thang-hanh-dong', 'han-bao-cao', 'tin-tuc'] as const
export type Topic = (typeof TOPICS)[number]

export interface ChatRef {
  platform: Platform
  chatId: string
}

/** All the bot keeps about a chat: no names, no message text, no locations. */
export interface ChatProfile extends ChatRef {
  kind: ChatKind
  province: string | null
  agency: string | null
  active: boolean
  topics: Topic[]
}

export interface ChatStore {
  get(ref: ChatRef): Promise<ChatProfile | null>
  /** Creates the chat when unknown; only the given fields change. */
  update(ref: ChatRef, patch: Partial<Pick<ChatProfile, 'kind' | 'province' | 'agency' | 'active'>>): Promise<ChatProfile>
  subscribe(ref: ChatRef, topic: Topic): Promise<ChatProfile>
  /** One topic, or all when topic is null. */
  unsubscribe(ref: ChatRef, topic: Topic | null): Promise<ChatProfile>
  /** /xoa: deletes everything about the chat. */
  forget(ref: ChatRef): Promise<void>
}

/** An official's phone for deadline reminders by ZNS, with the consent that allows it (/sdt). */
export interface ReminderPhone {
  /** 84xxxxxxxxx. */
  phone: string
  consentedAt: Date
  /** Version of the consent text the official agreed to. */
  consentVersion: string
}

export interface ReminderPhoneStore {
  get(ref: ChatRef): Promise<ReminderPhone | null>
  save(ref: ChatRef, phone: ReminderPhone): Promise<void>
  /** True when there was one. */
  delete(ref: ChatRef): Promise<boolean>
  /** Which of these chats have a consented phone (the campaign planner). */
  withPhone(platform: Platform, chatIds: string[]): Promise<Set<string>>
  /**
   * A phone given with /sdt waits for consent until `expiresAt`, in the store (any instance, any
   * restart can take the answer); a newer request replaces it. Expired requests are deleted here.
   */
  holdPending(ref: ChatRef, phone: string, expiresAt: Date, now: Date): Promise<void>
  /** The phone waiting for consent, when it has not expired at `now`. */
  pending(ref: ChatRef, now: Date): Promise<string | null>
  /** Removes the waiting request and returns its phone if it was still valid: only one answer can take it. */
  takePending(ref: ChatRef, now: Date): Promise<string | null>
  /** Deletes every request that expired by `now` (unconsented phones never linger); returns how many. */
  purgeExpired(now: Date): Promise<number>
}

/** Remembers which platform updates were already handled, so retries are answered once. */
export interface UpdateLog {
  /** True the first time an update id is claimed, false for every repeat (recorded as handled at once). */
  claim(platform: Platform, updateId: string): Promise<boolean>
  /**
   * Starts handling an update: 'new' (handle it, then `complete`), 'done' (already answered) or
   * 'busy' (another attempt is answering it now). An attempt that never completed (the process
   * died) counts as abandoned after `leaseMs`, and the platform's retry is handled again.
   */
  begin(platform: Platform, updateId: string, leaseMs: number): Promise<'new' | 'done' | 'busy'>
  complete(platform: Platform, updateId: string): Promise<void>
}

/** Zalo OA access/refresh tokens: each refresh token works once, so the new pair must be kept. */
export interface TokenStore {
  load(key: string): Promise<{ accessToken: string; refreshToken: string } | null>
  save(key: string, tokens: { accessToken: string; refreshToken: string }): Promise<void>
}
