import type { SendOutcome } from '../../core/broadcasts/broadcast.js'
import type { DeliveryReason } from '../../core/broadcasts/delivery-reason.js'
import type { SendRoute, StateChange } from '../../core/broadcasts/subscriber-state.js'
import { ZaloApiError, ZaloNetworkError } from './zalo-oa-client.js'

export interface ZaloErrorClass {
  /** skipped: not this message; retry: later (afterMs); failed: our bug or configuration; blocked: never again. */
  kind: 'skipped' | 'retry' | 'failed' | 'blocked'
  code: DeliveryReason
  /** Subscriber state change the answer implies; none for quota, night, rate, token and parameter errors. */
  change?: StateChange
  /** For retries: wait until this instant (Vietnam morning, next day) or this long. */
  until?: 'morning' | 'next-day'
  afterMs?: number
}

/**
 * Zalo OA / ZBS error codes by what they mean for the recipient (reference/zalo-messaging.md §1):
 * only an opt-out of the type and a non-existent account stop sending; a closed window, a missing
 * follow or a dormant account skip this message and keep the subscriber.
 */
export function classifyZaloError(error: unknown, route: SendRoute): ZaloErrorClass {
  if (error instanceof ZaloNetworkError) return { kind: 'retry', code: 'network' }
  if (!(error instanceof ZaloApiError)) return { kind: 'retry', code: 'network' }
  switch (error.zaloCode) {
    case -230:
    case -232:
      return { kind: 'skipped', code: 'window_closed', change: { to: 'window_closed' } }
    case -213:
      return { kind: 'skipped', code: 'not_following', change: { to: 'not_following' } }
    case -227:
      return { kind: 'skipped', code: 'dormant', change: { to: 'dormant' } }
    case -244:
    case -139:
    case -141:
      return { kind: 'skipped', code: 'opted_out', change: { to: 'opted_out', route } }
    case -108:
    case -118:
      // By phone, the number is at fault, not the Zalo account: skip it; the official can give another (/sdt).
      if (route === 'zns') return { kind: 'skipped', code: 'invalid' }
      return { kind: 'blocked', code: 'invalid', change: { to: 'invalid' } }
    case -114:
    case -119:
      // The phone's Zalo account cannot receive ZNS now: this reminder is missed, nothing changes.
      return { kind: 'skipped', code: 'not_reachable' }
    case -218:
    case -211:
    case -144:
      // The recipient's or the OA's quota is used up: counters move on the next Vietnam day (or month).
      return { kind: 'retry', code: 'quota', until: 'next-day' }
    case -234:
    case -133:
      return { kind: 'retry', code: 'night', until: 'morning' }
    case -32:
      return { kind: 'retry', code: 'rate', afterMs: 60_000 }
    case -216:
    case -220:
    case -124:
      // The client already refreshed once; the outbox tries again later.
      return { kind: 'retry', code: 'token' }
    case -221:
    case -224:
    case -212:
    case -223:
    case -146:
      return { kind: 'failed', code: 'config' }
    case -201:
    case -233:
    case -240:
      return { kind: 'failed', code: 'bad_request' }
    default:
      return { kind: 'failed', code: 'failed' }
  }
}

/** The outbox outcome for a classified error; `wakeAt` turns "morning"/"next day" into a delay. */
export function toOutcome(error: unknown, c: ZaloErrorClass, wakeAt: (until: 'morning' | 'next-day') => number): SendOutcome {
  const reason = error instanceof Error ? error.message : String(error)
  if (c.kind === 'retry') {
    const afterMs = c.until ? wakeAt(c.until) : c.afterMs
    return { ok: false, kind: 'retry', reason, code: c.code, ...(afterMs !== undefined ? { afterMs } : {}) }
  }
  if (c.kind === 'skipped') return { ok: false, kind: 'skipped', reason, code: c.code }
  if (c.kind === 'blocked') return { ok: false, kind: 'blocked', reason, code: c.code }
  return { ok: false, kind: 'failed', reason, code: c.code }
}
