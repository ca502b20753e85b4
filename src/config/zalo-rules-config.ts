import { DEFAULT_FOLLOWER_CAPS, type FollowerCaps } from '../core/broadcasts/follower-caps.js'
import { ConfigError } from '../core/errors.js'
import type { Glossary } from '../core/knowledge-base/glossary.js'
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

/**
 * ZALO_OA_CITY_CODES keyed by the glossary's province names, the names audiences carry ("hue",
 * "Thừa Thiên Huế" → "Huế"): a key the glossary does not know would never match an audience, and
 * two keys for one province would be ambiguous, so both stop the start naming the entry.
 */
export function resolveCityCodes(codes: Readonly<Record<string, string>>, glossary: Glossary): Readonly<Record<string, string>> {
  const resolved: Record<string, string> = {}
  const from: Record<string, string> = {}
  const problems: string[] = []
  for (const [key, code] of Object.entries(codes)) {
    const province = glossary.province(key)
    if (!province) {
      problems.push(`ZALO_OA_CITY_CODES: ${JSON.stringify(key)} is not a province name the bot knows (content/glossary.yaml)`)
    } else if (from[province.name] !== undefined && resolved[province.name] !== code) {
      problems.push(`ZALO_OA_CITY_CODES: ${JSON.stringify(key)} and ${JSON.stringify(from[province.name])} both name ${province.name} with different codes`)
    } else {
      resolved[province.name] = code
      from[province.name] = key
    }
  }
  if (problems.length) throw new ConfigError(problems)
  return Object.freeze(resolved)
}
