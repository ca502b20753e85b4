import type { Audience, BroadcastStore } from '../../core/broadcasts/broadcast.js'
import type { Platform } from '../../core/ports.js'

/** Who will not receive a message on a platform, and why (e.g. Zalo window closed, monthly cap). */
export interface ExcludedRecipients {
  platform: Platform
  reason: string
  count: number
}

export interface RecipientPreview {
  byPlatform: Partial<Record<Platform, number>>
  total: number
  /** From the Zalo campaign planner when one is wired in; null = no forecast available. */
  excluded: ExcludedRecipients[] | null
}

/**
 * The Zalo campaign planner's forecast for an audience: who will and will not receive it under
 * the OA's window and per-follower caps. Supplied by the planner module at merge.
 */
export type ZaloCapsPlanner = (audience: Audience, text: string) => Promise<ExcludedRecipients[]>

export type RecipientPreviewer = (audience: Audience, text: string) => Promise<RecipientPreview>

/** Recipient counts per platform from the outbox's own audience query, plus the Zalo caps forecast. */
export function recipientPreviewer(store: BroadcastStore, zaloCaps?: ZaloCapsPlanner): RecipientPreviewer {
  return async (audience, text) => {
    const byPlatform = (await store.preview(audience)) as Partial<Record<Platform, number>>
    const total = Object.values(byPlatform).reduce((a, b) => a + (b ?? 0), 0)
    const reachesZalo = Boolean(byPlatform['zalo-oa'])
    return { byPlatform, total, excluded: zaloCaps && reachesZalo ? await zaloCaps(audience, text) : null }
  }
}
