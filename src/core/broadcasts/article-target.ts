import type { Audience } from './broadcast.js'

/**
 * Whom the OA's article broadcast reaches for one message. Zalo targets articles by location only
 * (no tags, no agencies), so:
 * - a province audience with a city code → that province's followers;
 * - a province audience without one → not sent (a province's message never goes to the whole OA);
 * - any other audience → every follower of the OA: `audience_all` when that is the audience,
 *   `no_place_targeting` when the audience is narrower (agency, officials, citizens), since only
 *   a place can narrow an article.
 */
export type ArticleTarget = { kind: 'province'; province: string; cityCode: string } | { kind: 'all_followers'; why: 'audience_all' | 'no_place_targeting' } | { kind: 'not_sent'; province: string; why: 'no_city_code' }

/** `cityCodes`: Zalo city code by canonical province name (ZALO_OA_CITY_CODES, resolved at start). */
export function articleTarget(audience: Pick<Audience, 'province' | 'agency' | 'role'>, cityCodes: Readonly<Record<string, string>>): ArticleTarget {
  if (audience.province) {
    const cityCode = cityCodes[audience.province]
    return cityCode ? { kind: 'province', province: audience.province, cityCode } : { kind: 'not_sent', province: audience.province, why: 'no_city_code' }
  }
  return { kind: 'all_followers', why: audience.agency || audience.role ? 'no_place_targeting' : 'audience_all' }
}
