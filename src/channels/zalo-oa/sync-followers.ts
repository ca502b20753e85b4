import type { SubscriberStateStore } from '../../core/broadcasts/subscriber-state.js'
import type { Topic } from '../../core/ports.js'
import type { FollowerQuery, ZaloOaClient } from './zalo-oa-client.js'

/** user/getlist returns at most 50 per page and refuses offsets above 9951. */
export const FOLLOWER_PAGE = 50
export const FOLLOWER_OFFSET_LIMIT = 9951
/** Interaction periods user/getlist accepts; with the OA's tags they segment a list too long to page. */
export const INTERACTION_PERIODS = ['TODAY', 'YESTERDAY', 'L7D', 'L30D'] as const

export interface FollowerSyncResult {
  /** Followers Zalo reports. */
  total: number
  /** Distinct followers the listing reached (all of them unless the list is longer than the offset limit and no segment covers some). */
  reached: number
  /** New chats subscribed to the topic. */
  subscribed: number
  /** Chats already known: marked as followers, their subscriptions left as the user chose them. */
  known: number
  /** Segments used because the full list could not be paged to its end. */
  segments: string[]
}

/**
 * Imports the OA's existing followers as subscribers of `topic` (the Action Month messages).
 * Pages user/getlist; when the list is longer than the offset limit allows, pages each segment
 * (interaction period, then each tag) and merges them. A chat that is already known keeps its
 * subscriptions (someone who cancelled is not subscribed again); it is only marked a follower.
 * Followers in no segment are counted (total − reached), never guessed.
 */
export async function syncFollowers(deps: { client: ZaloOaClient; states: SubscriberStateStore; topic: Topic; now: () => Date }): Promise<FollowerSyncResult> {
  const seen = new Set<string>()
  const all = await pageAll(deps.client, {}, seen)
  const segments: string[] = []
  if (!all.complete) {
    for (const period of INTERACTION_PERIODS) {
      segments.push(`last_interaction_period=${period}`)
      await pageAll(deps.client, { last_interaction_period: period }, seen)
    }
    for (const tag of await deps.client.listTags()) {
      segments.push(`tag_name=${tag}`)
      await pageAll(deps.client, { tag_name: tag }, seen)
    }
  }
  const { subscribed, known } = await deps.states.importFollowers('zalo-oa', [...seen], deps.topic, deps.now())
  return { total: all.total, reached: seen.size, subscribed, known, segments }
}

async function pageAll(client: ZaloOaClient, filter: Partial<FollowerQuery>, seen: Set<string>): Promise<{ total: number; complete: boolean }> {
  let total: number
  for (let offset = 0; ; offset = Math.min(offset + FOLLOWER_PAGE, FOLLOWER_OFFSET_LIMIT)) {
    const page = await client.listFollowers({ ...filter, offset, count: FOLLOWER_PAGE, is_follower: true })
    total = page.total
    for (const id of page.userIds) seen.add(id)
    if (page.userIds.length < FOLLOWER_PAGE || offset + FOLLOWER_PAGE >= total) return { total, complete: true }
    // The last page starts at the limit itself (overlapping the one before; ids are merged).
    if (offset === FOLLOWER_OFFSET_LIMIT) return { total, complete: false }
  }
}
