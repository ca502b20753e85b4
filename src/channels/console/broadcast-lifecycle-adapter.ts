import type { BroadcastStatus, BroadcastStore } from '../../core/broadcasts/broadcast.js'
import { TRANSITIONS } from '../http-api/admin-routes.js'

export type LifecycleAction = 'start' | 'pause' | 'resume' | 'cancel'

/** The console's one way to move a broadcast through its life; the outbox does the sending. */
export interface BroadcastLifecycle {
  /** Applies the action; `conflict` when the broadcast is not in a state that allows it. */
  apply(id: number, action: LifecycleAction, now: Date): Promise<{ ok: true; enqueued?: number } | { ok: false; status: BroadcastStatus | null }>
}

/**
 * The lifecycle through the existing broadcast store (the admin API's code path: enqueue, then
 * status). At merge, point this at core/broadcasts/broadcast-lifecycle.ts instead; nothing else
 * in the console changes.
 */
export function storeLifecycle(store: BroadcastStore): BroadcastLifecycle {
  return {
    async apply(id, action, now) {
      const broadcast = await store.get(id)
      const { from, to } = TRANSITIONS[action]!
      if (!broadcast || !from.includes(broadcast.status)) return { ok: false, status: broadcast?.status ?? null }
      const enqueued = action === 'start' ? await store.enqueue(id, now) : undefined
      await store.setStatus(id, to, now)
      return enqueued === undefined ? { ok: true } : { ok: true, enqueued }
    },
  }
}
