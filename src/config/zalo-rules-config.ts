import { DEFAULT_FOLLOWER_CAPS, type FollowerCaps } from '../core/broadcasts/follower-caps.js'
import type { ZaloRouting } from '../core/broadcasts/route-zalo-message.js'
import type { Config } from './config-schema.js'

/** The Zalo OA routing the configuration chooses (see README "Zalo by its rules"). */
export function zaloRouting(config: Config): ZaloRouting {
  return { followerRoute: config.ZALO_OA_FOLLOWER_ROUTE, reminderTemplate: Boolean(config.ZALO_OA_REMINDER_TEMPLATE_ID), phoneTemplate: Boolean(phoneTemplateId(config)), reminderOrder: config.ZALO_OA_REMINDER_ROUTES }
}

/** Per-follower caps from the configuration; the 06:00–21:59 window is Zalo's fixed rule. */
export function followerCaps(config: Config): FollowerCaps {
  return { ...DEFAULT_FOLLOWER_CAPS, monthly: config.ZALO_OA_MONTHLY_CAP, daily: config.ZALO_OA_DAILY_CAP }
}

/** The template for reminders by phone (ZNS): its own id, else the ZBS reminder template (one template serves both since 2026). */
export function phoneTemplateId(config: Config): string | undefined {
  return config.ZALO_ZNS_TEMPLATE_ID ?? config.ZALO_OA_REMINDER_TEMPLATE_ID
}
