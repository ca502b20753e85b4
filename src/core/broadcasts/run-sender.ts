import type { Platform } from '../ports.js'
import type { BroadcastStore, ClaimedDelivery, Messenger } from './broadcast.js'
import { PLATFORM_LIMITS, RateLimiter, type RateLimits } from './rate-limiter.js'

export interface SenderLog {
  info(obj: object, msg: string): void
  warn(obj: object, msg: string): void
  error(obj: object, msg: string): void
}

export interface SenderDeps {
  store: BroadcastStore
  messengers: Partial<Record<Platform, Messenger>>
  /** The running clock. Never a fixed "today" (NOW): retries and pacing need time to pass. */
  now?: () => Date
  log: SenderLog
  limits?: Partial<Record<Platform, RateLimits>>
  /** Attempts before a delivery is failed for good (429s are not counted). */
  maxAttempts?: number
  batchSize?: number
  /** Messages in flight at once per platform (the API round trip overlaps the pacing). */
  concurrency?: number
  idleMs?: number
  /** How long a claimed batch belongs to this sender; must outlast sending one batch. */
  leaseMs?: number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
}

/** A delivery whose chat must wait longer than this is put back with its ready time. */
const DEFER_AFTER_MS = 250

/**
 * Drains the outbox until `signal` aborts: claims due deliveries per platform under a lease,
 * paces them with the platform's rate limits, and records each outcome (see the state machine in
 * broadcast.ts). Exactly one sender runs per bot: the caller holds the lock and aborts `signal`
 * the moment it is lost; claimed messages not yet sent then go back to pending at once.
 */
export async function runSender(deps: SenderDeps, signal: AbortSignal): Promise<void> {
  const now = deps.now ?? (() => new Date())
  const sleep = deps.sleep ?? abortableSleep
  const owner = globalThis.crypto.randomUUID()
  const leaseMs = deps.leaseMs ?? 30_000
  const limiters = new Map<Platform, RateLimiter>()
  for (const platform of Object.keys(deps.messengers) as Platform[]) limiters.set(platform, new RateLimiter(deps.limits?.[platform] ?? PLATFORM_LIMITS[platform]))
  while (!signal.aborted) {
    const released = await deps.store.releaseStale(now())
    if (released) deps.log.warn({ released }, 'resumed deliveries whose sender stopped before finishing them')
    let worked = false
    await Promise.all(
      [...limiters].map(async ([platform, limiter]) => {
        if (signal.aborted) return
        const batch = await deps.store.claimDue(platform, now(), deps.batchSize ?? 100, { owner, until: new Date(now().getTime() + leaseMs) })
        if (batch.length) worked = true
        await sendBatch(batch, deps.messengers[platform]!, limiter, deps, now, sleep, signal)
      }),
    )
    await deps.store.finishCompleted(now())
    if (!worked) await sleep(deps.idleMs ?? 500, signal)
  }
}

async function sendBatch(batch: ClaimedDelivery[], messenger: Messenger, limiter: RateLimiter, deps: SenderDeps, now: () => Date, sleep: NonNullable<SenderDeps['sleep']>, signal: AbortSignal): Promise<void> {
  const inFlight = new Set<Promise<void>>()
  const maxInFlight = deps.concurrency ?? 8
  for (const delivery of batch) {
    if (signal.aborted) {
      // Not sent: back to pending for whoever sends next.
      await deps.store.markRetry(delivery.id, now(), null, true)
      continue
    }
    const chatReady = limiter.chatReadyAt(delivery.chatId)
    if (chatReady - now().getTime() > DEFER_AFTER_MS) {
      await deps.store.markRetry(delivery.id, new Date(chatReady), null, true)
      continue
    }
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight)
    const at = limiter.reserve(delivery.chatId, delivery.chatKind, now().getTime())
    // Paused or cancelled since the batch was claimed? Asked for every message, while it waits
    // for its slot (a slot not used is not counted: only `sent` moves the pacing).
    const status = deps.store.statusOf(delivery.broadcastId).catch(() => null) // unknown: not sent
    // Timers cannot wait less than a millisecond: shorter waits would cap the rate at ~1,000/s.
    const wait = at - now().getTime()
    if (wait >= 1) await sleep(wait, signal)
    if (signal.aborted || (await status) !== 'sending') {
      // Not sent: back to pending (attempt refunded); a cancelled broadcast's pending rows are then cancelled.
      await deps.store.markRetry(delivery.id, now(), null, true)
      continue
    }
    limiter.sent(now().getTime())
    const task = deliver(delivery, messenger, deps, now).finally(() => inFlight.delete(task))
    inFlight.add(task)
  }
  await Promise.all(inFlight)
}

async function deliver(delivery: ClaimedDelivery, messenger: Messenger, deps: SenderDeps, now: () => Date): Promise<void> {
  const maxAttempts = deps.maxAttempts ?? 5
  let outcome
  try {
    outcome = await messenger.send({ chatId: delivery.chatId, kind: delivery.chatKind }, delivery.text, { messageKind: delivery.messageKind, deliveryId: delivery.id, ...(delivery.article ? { article: delivery.article } : {}) })
  } catch (error) {
    outcome = { ok: false as const, kind: 'retry' as const, reason: (error as Error).message }
  }
  if (outcome.ok) return deps.store.markSent(delivery.id, now(), { ...(outcome.messageId ? { messageId: outcome.messageId } : {}), ...(outcome.route ? { route: outcome.route } : {}) })
  switch (outcome.kind) {
    case 'blocked':
      return deps.store.markBlocked(delivery.id, outcome.reason, { platform: delivery.platform, chatId: delivery.chatId }, outcome.code)
    case 'skipped':
      return deps.store.markSkipped(delivery.id, outcome.code, outcome.reason)
    case 'failed':
      return deps.store.markFailed(delivery.id, outcome.reason, outcome.code)
    case 'retry': {
      // 429, a quota or the night ban say when to come back and are not the recipient's fault: not counted as an attempt.
      const rateLimited = outcome.afterMs !== undefined
      if (!rateLimited && delivery.attempts >= maxAttempts) return deps.store.markFailed(delivery.id, outcome.reason, outcome.code)
      const backoff = outcome.afterMs ?? Math.min(10 * 60_000, 1000 * 2 ** delivery.attempts)
      deps.log.warn({ deliveryId: delivery.id, reason: outcome.reason, retryInMs: backoff }, 'delivery will be retried')
      return deps.store.markRetry(delivery.id, new Date(now().getTime() + backoff), outcome.reason, rateLimited, outcome.code)
    }
  }
}

/** Sleeps `ms`, or less when `signal` aborts; the abort listener is removed either way (an idle sender sleeps forever). */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}
