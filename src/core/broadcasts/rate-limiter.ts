import type { ChatKind } from '../ports.js'

export interface RateLimits {
  /** Messages per second for the whole bot. */
  perSecond: number
  /** Minimum gap between two messages to the same private chat / group, in ms. */
  privateGapMs: number
  groupGapMs: number
}

/**
 * Telegram: about 30 messages/s overall (29 keeps a margin), 1/s per chat, 20/min per group.
 * Zalo OA allows 4,000 API calls/min per app (~66/s); Zalo Bot publishes no limit, so it gets
 * a cautious 20/s.
 */
export const PLATFORM_LIMITS = {
  telegram: { perSecond: 29, privateGapMs: 1000, groupGapMs: 3000 },
  'zalo-oa': { perSecond: 50, privateGapMs: 1000, groupGapMs: 3000 },
  'zalo-bot': { perSecond: 20, privateGapMs: 1000, groupGapMs: 3000 },
} as const satisfies Record<string, RateLimits>

/**
 * Evenly spaced sending slots for one bot, plus the per-chat gaps. `reserve` returns when the
 * message may go (never earlier than `now`); the caller waits until then, sends, and reports the
 * real send time with `sent` — timers fire late, and a late message must not let the next ones
 * bunch up. A sliding one-second window over real send times is the final guard, the way the
 * platform counts.
 */
export class RateLimiter {
  private nextGlobal = 0
  private readonly nextByChat = new Map<string, number>()
  private readonly window: number[] = []

  constructor(private readonly limits: RateLimits) {}

  /** Records when a message actually left. */
  sent(at: number): void {
    this.nextGlobal = Math.max(this.nextGlobal, at + 1000 / this.limits.perSecond)
    this.window.push(at)
    if (this.window.length > Math.floor(this.limits.perSecond)) this.window.shift()
  }

  /** The earliest time this chat may receive a message, without reserving anything. */
  chatReadyAt(chatId: string): number {
    return this.nextByChat.get(chatId) ?? 0
  }

  reserve(chatId: string, kind: ChatKind, now: number): number {
    // Never more than perSecond messages in any second (5 ms of margin for clock jitter).
    const full = this.window.length >= Math.floor(this.limits.perSecond)
    const windowReady = full ? this.window[0]! + 1005 : 0
    const at = Math.max(now, this.nextGlobal, this.chatReadyAt(chatId), windowReady)
    this.nextGlobal = at + 1000 / this.limits.perSecond
    this.nextByChat.set(chatId, at + (kind === 'group' ? this.limits.groupGapMs : this.limits.privateGapMs))
    if (this.nextByChat.size > 200_000) this.prune(now)
    return at
  }

  private prune(now: number): void {
    for (const [chat, at] of this.nextByChat) if (at < now) this.nextByChat.delete(chat)
  }
}
