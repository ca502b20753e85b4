import type { BroadcastReport, BroadcastStatus, BroadcastStore } from './broadcast.js'

/**
 * The one place that decides how a broadcast moves: the admin routes and the scheduler both go
 * through `changeBroadcast`. Each transition is a compare-and-set in the store, so two admins (or
 * an admin and the scheduler) racing on the same broadcast cannot both win. A new state (e.g.
 * "awaiting approval") is one more entry here.
 */
export type BroadcastAction = 'start' | 'pause' | 'resume' | 'cancel'

export const BROADCAST_TRANSITIONS: Record<BroadcastAction, { from: readonly BroadcastStatus[]; to: BroadcastStatus }> = {
  start: { from: ['draft'], to: 'sending' },
  pause: { from: ['sending'], to: 'paused' },
  resume: { from: ['paused'], to: 'sending' },
  cancel: { from: ['draft', 'sending', 'paused'], to: 'cancelled' },
}

export type LifecycleResult = { ok: true; report: BroadcastReport; enqueued?: number } | { ok: false; reason: 'not-found' } | { ok: false; reason: 'not-allowed'; status: BroadcastStatus }

/** The status `action` leads to from `status`, or null when the action is not allowed there. */
export function nextStatus(status: BroadcastStatus, action: BroadcastAction): BroadcastStatus | null {
  const rule = BROADCAST_TRANSITIONS[action]
  return rule.from.includes(status) ? rule.to : null
}

/**
 * Applies `action`. Starting enqueues one delivery per recipient first (idempotent), then opens the
 * broadcast to the sender. Pausing or cancelling takes effect before the next send: the sender
 * re-checks the status of each message's broadcast right before sending it.
 */
export async function changeBroadcast(store: BroadcastStore, id: number, action: BroadcastAction, now: Date): Promise<LifecycleResult> {
  const status = await store.statusOf(id)
  if (!status) return { ok: false, reason: 'not-found' }
  const to = nextStatus(status, action)
  if (!to) return { ok: false, reason: 'not-allowed', status }
  const enqueued = action === 'start' ? await store.enqueue(id, now) : undefined
  if (!(await store.transition(id, BROADCAST_TRANSITIONS[action].from, to, now))) {
    // Someone else moved it first: report the state it is really in.
    return { ok: false, reason: 'not-allowed', status: (await store.statusOf(id)) ?? status }
  }
  const report = (await store.report(id))!
  return { ok: true, report, ...(enqueued !== undefined ? { enqueued } : {}) }
}
