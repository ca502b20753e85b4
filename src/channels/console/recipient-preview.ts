import type { Audience, BroadcastStore } from '../../core/broadcasts/broadcast.js'
import { planFromStore, type PlannerRules, type PlannerStore, type PlatformPlan } from '../../core/broadcasts/campaign-planner.js'
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
 * the OA's window and per-follower caps.
 */
export type ZaloCapsPlanner = (audience: Audience, text: string) => Promise<ExcludedRecipients[]>

export type RecipientPreviewer = (audience: Audience, text: string) => Promise<RecipientPreview>

/**
 * The Zalo forecast from the campaign planner (core/broadcasts/campaign-planner.ts) for an
 * announcement sent now: who waits for a cap or the morning, and who will not receive it and why.
 */
export function zaloCapsPlanner(store: PlannerStore, rules: PlannerRules, now: () => Date): ZaloCapsPlanner {
  return async (audience) => {
    const plan = await planFromStore([{ id: 'preview', sendAt: now(), kind: 'announcement', audience }], store, rules)
    const excluded: ExcludedRecipients[] = []
    for (const [platform, p] of Object.entries(plan.messages[0]?.platforms ?? {}) as [Platform, PlatformPlan][]) {
      const later = new Map<string, number>()
      for (const l of p.later) later.set(l.reason, (later.get(l.reason) ?? 0) + 1)
      for (const [reason, n] of later) excluded.push({ platform, reason, count: n })
      for (const [reason, ids] of Object.entries(p.missing)) if (ids?.length) excluded.push({ platform, reason, count: ids.length })
    }
    return excluded
  }
}

/** Recipient counts per platform from the outbox's own audience query, plus the Zalo caps forecast. */
export function recipientPreviewer(store: BroadcastStore, zaloCaps?: ZaloCapsPlanner): RecipientPreviewer {
  return async (audience, text) => {
    const byPlatform = (await store.preview(audience)) as Partial<Record<Platform, number>>
    const total = Object.values(byPlatform).reduce((a, b) => a + (b ?? 0), 0)
    const reachesZalo = Boolean(byPlatform['zalo-oa'])
    return { byPlatform, total, excluded: zaloCaps && reachesZalo ? await zaloCaps(audience, text) : null }
  }
}
