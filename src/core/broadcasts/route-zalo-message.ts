import type { DeliveryReason } from './delivery-reason.js'
import type { SendRoute, SubscriberStatus } from './subscriber-state.js'

/** What is being sent decides how it may reach a Zalo OA user. */
export type MessageKind = 'reply' | 'campaign' | 'announcement' | 'reminder'

/** The consultation ("cs") window: the user interacted within the last 7 days. */
export const CONSULTATION_WINDOW_MS = 7 * 86_400_000

/**
 * Routing configuration (from env, because sources disagree on what is still live):
 * - `followerRoute`: how followers outside the consultation window get a campaign or
 *   announcement — `article` (the OA's article broadcast to followers, targeted by province; the
 *   message needs an article id), `promotion` (per-follower "tin truyền thông"; reported shut for
 *   UID sends on 2026-03-01, so only if a live test proves it works) or `off`.
 * - `reminderTemplate`: a ZBS template is configured for deadline reminders by user id.
 * - `phoneTemplate`: a template is configured for deadline reminders by phone number (ZNS), sent
 *   only to an official who gave a phone and consented (/sdt).
 * Both follower routes count against the per-follower caps.
 */
export interface ZaloRouting {
  followerRoute: 'article' | 'promotion' | 'off'
  reminderTemplate: boolean
  phoneTemplate: boolean
  /** The order deadline reminders try their routes in (ZALO_OA_REMINDER_ROUTES); default DEFAULT_REMINDER_ORDER. */
  reminderOrder?: readonly ReminderRoute[]
}

/**
 * How a deadline reminder can reach an official: ZBS template by user id (`template`), template by
 * the consented phone (`zns`), or a consultation message inside the 7-day window (`cs`, free for 48 h).
 */
export const REMINDER_ROUTES = ['template', 'zns', 'cs'] as const
export type ReminderRoute = (typeof REMINDER_ROUTES)[number]

/**
 * Templates first: they reach an official whatever the window, and the issue asks for them when
 * configured; an operator who would rather spend nothing inside the window puts `cs` first.
 */
export const DEFAULT_REMINDER_ORDER: readonly ReminderRoute[] = ['template', 'zns', 'cs']

export type RouteDecision = { route: SendRoute } | { route: null; reason: DeliveryReason }

/** Whether a consultation message can reach the user at `now`: an interaction we saw within 7 days (none seen: closed). */
export function consultationOpen(status: SubscriberStatus, now: Date): boolean {
  if (status.state === 'window_closed' || !status.lastInboundAt) return false
  return now.getTime() - status.lastInboundAt.getTime() <= CONSULTATION_WINDOW_MS
}

/**
 * Replies → consultation. Campaigns and announcements → consultation inside the window, else the
 * follower route when configured (the article route only when the message has an article).
 * Deadline reminders → the first usable route in `routing.reminderOrder` (default: the ZBS template
 * by user id when configured, else the template by the consented phone (`hasPhone`), else
 * consultation inside the window).
 * Everything else is reported with the reason it cannot go.
 */
export function routeZaloMessage(kind: MessageKind, status: SubscriberStatus, now: Date, routing: ZaloRouting, hasArticle = false, hasPhone = false): RouteDecision {
  if (status.state === 'invalid') return { route: null, reason: 'invalid' }
  const allowed = (route: SendRoute) => !status.optedOut.includes(route)
  const open = consultationOpen(status, now) && allowed('cs')
  if (kind === 'reply') return allowed('cs') ? { route: 'cs' } : { route: null, reason: 'opted_out' }
  if (kind === 'reminder') {
    // The first route in the configured order that can carry it; a route that exists but that the
    // official refused makes "opted out" the reason when none is left.
    const usable: Record<ReminderRoute, boolean> = { template: routing.reminderTemplate, zns: routing.phoneTemplate && hasPhone, cs: consultationOpen(status, now) }
    let refused = false
    for (const route of routing.reminderOrder ?? DEFAULT_REMINDER_ORDER) {
      if (!usable[route]) continue
      if (allowed(route)) return { route }
      refused = true
    }
    return { route: null, reason: refused ? 'opted_out' : 'not_reachable' }
  }
  if (open) return { route: 'cs' }
  const following = status.isFollower !== false && status.state !== 'not_following'
  const followerRoute = routing.followerRoute === 'article' && !hasArticle ? 'off' : routing.followerRoute
  // A dormant account (-227) is tried again with every new message: only opt-outs and invalid stop.
  if (followerRoute !== 'off') {
    if (!following) return { route: null, reason: 'not_following' }
    if (allowed(followerRoute)) return { route: followerRoute }
    return { route: null, reason: 'opted_out' }
  }
  if (!following) return { route: null, reason: 'not_following' }
  return { route: null, reason: status.optedOut.includes('cs') ? 'opted_out' : 'window_closed' }
}
