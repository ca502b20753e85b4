import { TZDate } from '@date-fns/tz'
import type { ChatRef, Platform } from '../ports.js'
import { VIETNAM_TZ, vietnamDay, vietnamHour, vietnamMonth } from '../text/vietnam-time.js'

// Re-exported for the ledger and the planner, which count by Vietnam calendar day and month.
export { vietnamDay, vietnamHour, vietnamMonth }

/**
 * Zalo's per-follower broadcast limits: a monthly cap by OA package (Basic 1, Trial/Advanced 4,
 * Premium 6; counters reset on the 1st, Vietnam calendar), at most `daily` a day, and only
 * between 06:00 and 21:59 Vietnam time. Zalo changes them silently, so they come from config.
 */
export interface FollowerCaps {
  monthly: number
  daily: number
  /** First allowed hour (inclusive) and the hour sending stops (exclusive), Vietnam time. */
  fromHour: number
  toHour: number
}

export const DEFAULT_FOLLOWER_CAPS: FollowerCaps = { monthly: 4, daily: 1, fromHour: 6, toHour: 22 }

/** One follower's counter for one Vietnam calendar month. */
export interface LedgerEntry {
  month: string
  sentCount: number
  lastSentDay: string
  /** Sends on lastSentDay (the ledger keeps the month count and the last day only). */
  sentOnLastDay?: number
}

/** Per-follower counts in the store (Vietnam calendar month), checked before sending, counted when accepted. */
export interface FollowerLedger {
  entry(ref: ChatRef, at: Date): Promise<LedgerEntry | null>
  /** Every follower's entry for one month (the planner's starting point). */
  entries(platform: Platform, month: string): Promise<Map<string, LedgerEntry>>
  recordAccepted(ref: ChatRef, at: Date): Promise<void>
}

export type CapCheck = { ok: true } | { ok: false; reason: 'quota' | 'night'; until: Date; detail: string }

/** Whether a follower may get one more broadcast at `now`; when not, until when to wait. */
export function checkFollowerCap(entry: LedgerEntry | null, now: Date, caps: FollowerCaps): CapCheck {
  const hour = vietnamHour(now)
  if (hour < caps.fromHour || hour >= caps.toHour) {
    return { ok: false, reason: 'night', until: openingAt(now, hour < caps.fromHour ? 0 : 1, caps), detail: `outside ${caps.fromHour}:00–${caps.toHour - 1}:59` }
  }
  const month = vietnamMonth(now)
  if (!entry || entry.month !== month) return caps.monthly > 0 ? { ok: true } : monthFull(now, caps)
  if (entry.sentCount >= caps.monthly) return monthFull(now, caps)
  if (entry.lastSentDay === vietnamDay(now) && (entry.sentOnLastDay ?? 1) >= caps.daily) return { ok: false, reason: 'quota', until: openingAt(now, 1, caps), detail: `daily cap ${caps.daily} reached` }
  return { ok: true }
}

function monthFull(now: Date, caps: FollowerCaps): CapCheck {
  const t = new TZDate(now, VIETNAM_TZ)
  const until = new Date(new TZDate(t.getFullYear(), t.getMonth() + 1, 1, caps.fromHour, 0, VIETNAM_TZ).getTime())
  return { ok: false, reason: 'quota', until, detail: `monthly cap ${caps.monthly} reached` }
}

/** caps.fromHour on the Vietnam day `days` after now's. */
function openingAt(now: Date, days: number, caps: Pick<FollowerCaps, 'fromHour'>): Date {
  const t = new TZDate(now, VIETNAM_TZ)
  return new Date(new TZDate(t.getFullYear(), t.getMonth(), t.getDate() + days, caps.fromHour, 0, VIETNAM_TZ).getTime())
}

/** When sending may start again: the next `fromHour` (today if still before it), or tomorrow's with `nextDay`. */
export function nextVietnamMorning(now: Date, nextDay: boolean, fromHour: number): Date {
  return openingAt(now, nextDay || vietnamHour(now) >= fromHour ? 1 : 0, { fromHour })
}

/** The ledger after one accepted send. */
export function afterAcceptedSend(entry: LedgerEntry | null, now: Date): LedgerEntry {
  const month = vietnamMonth(now)
  const day = vietnamDay(now)
  if (!entry || entry.month !== month) return { month, sentCount: 1, lastSentDay: day, sentOnLastDay: 1 }
  return { month, sentCount: entry.sentCount + 1, lastSentDay: day, sentOnLastDay: entry.lastSentDay === day ? (entry.sentOnLastDay ?? 1) + 1 : 1 }
}
