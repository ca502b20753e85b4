import type { BroadcastStatus, BroadcastStore } from '../../core/broadcasts/broadcast.js'
import { changeBroadcast, type BroadcastAction } from '../../core/broadcasts/broadcast-lifecycle.js'

export type LifecycleAction = BroadcastAction

/** The console's one way to move a broadcast through its life; the outbox does the sending. */
export interface BroadcastLifecycle {
  /** Applies the action; `ok: false` with the current status when the broadcast is not in a state that allows it. */
  apply(id: number, action: LifecycleAction, now: Date): Promise<{ ok: true; enqueued?: number } | { ok: false; status: BroadcastStatus | null }>
}

/** The console over core/broadcasts/broadcast-lifecycle.ts, the same transitions the admin API and the scheduler use. */
export function storeLifecycle(store: BroadcastStore): BroadcastLifecycle {
  return {
    async apply(id, action, now) {
      const result = await changeBroadcast(store, id, action, now)
      if (!result.ok) return { ok: false, status: result.reason === 'not-found' ? null : result.status }
      return result.enqueued === undefined ? { ok: true } : { ok: true, enqueued: result.enqueued }
    },
  }
}
