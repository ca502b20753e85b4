import type { Platform } from '../ports.js'
import { articleTarget, type ArticleTarget } from './article-target.js'
import type { Audience } from './broadcast.js'
import { scheduleOf, type Campaign } from './campaign.js'
import type { DeliveryReason } from './delivery-reason.js'
import { afterAcceptedSend, checkFollowerCap, vietnamDay, vietnamHour, vietnamMonth, type FollowerCaps, type FollowerLedger, type LedgerEntry } from './follower-caps.js'
import { routeZaloMessage, type MessageKind, type ZaloRouting } from './route-zalo-message.js'
import { UNKNOWN_STATUS, type SendRoute, type SubscriberStatus } from './subscriber-state.js'

/** One message to plan: a campaign message, an announcement or a reminder. */
export interface PlannedMessage {
  id: string
  sendAt: Date
  kind: MessageKind
  audience: Audience
  /** The OA article that carries it to Zalo followers outside the consultation window. */
  zaloArticleId?: string
}

export interface PlannedRecipient {
  platform: Platform
  chatId: string
  status: SubscriberStatus
  /** An official with a consented reminder phone (/sdt): reminders may go by ZNS. */
  hasPhone?: boolean
}

/** Who gets one message on one platform, and who does not and why. */
export interface PlatformPlan {
  total: number
  /** Will receive it at its time, by route (cs, promotion, template, send). */
  onTime: Partial<Record<SendRoute, number>>
  /** Will receive it later, when the reason passes (a per-follower cap or the night). */
  later: { chatId: string; reason: 'quota' | 'night'; until: Date }[]
  /** Will not receive it, chat ids by reason (window closed, not following, opted out, …). */
  missing: Partial<Record<DeliveryReason, string[]>>
}

export interface MessagePlan {
  messageId: string
  sendAt: Date
  platforms: Partial<Record<Platform, PlatformPlan>>
  /** Whom its Zalo OA article broadcast reaches (a province, every follower and why, or nobody and why); only when it goes by article. */
  zaloArticle?: ArticleTarget
}

export interface CampaignWarning {
  /** `no_city_code`: a province message's article cannot be targeted; `no_article`: the article route has no article to send. */
  code: 'over_monthly_cap' | 'same_day' | 'night' | 'no_city_code' | 'no_article'
  message: string
  messageIds: string[]
}

/**
 * The planner's answer, for the dry run, the admin preview and the console:
 * `messages[i].platforms[p]` = { total, onTime: {route: count}, later: [{chatId, reason, until}],
 * missing: {reason: chatIds} }, plus campaign-wide `warnings`.
 */
export interface CampaignPlan {
  messages: MessagePlan[]
  warnings: CampaignWarning[]
}

export interface PlannerRules {
  routing: ZaloRouting
  caps: FollowerCaps
  /** Zalo city code by canonical province name (ZALO_OA_CITY_CODES); none: no province can be targeted. */
  cityCodes?: Readonly<Record<string, string>>
}

/**
 * Plans messages in time order against the recipients' current state: the Zalo route each would
 * take at its time (the 7-day window is judged at the send time), and the per-follower caps,
 * counting the planned sends themselves (a message deferred by a cap is not counted again).
 * Pure: the caller brings recipients and the ledger (see planFromStore).
 */
export function planMessages(messages: PlannedMessage[], recipientsOf: (m: PlannedMessage) => PlannedRecipient[], ledger: Map<string, LedgerEntry>, rules: PlannerRules): CampaignPlan {
  const counters = new Map(ledger)
  const ordered = [...messages].sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime())
  const plans = ordered.map((m) => {
    const platforms: MessagePlan['platforms'] = {}
    const byArticle = rules.routing.followerRoute === 'article' && Boolean(m.zaloArticleId) && (m.kind === 'campaign' || m.kind === 'announcement')
    const target = byArticle ? articleTarget(m.audience, rules.cityCodes ?? {}) : undefined
    for (const r of recipientsOf(m)) {
      const plan = (platforms[r.platform] ??= { total: 0, onTime: {}, later: [], missing: {} })
      plan.total++
      const decision = r.platform === 'zalo-oa' ? routeZaloMessage(m.kind, r.status, m.sendAt, rules.routing, Boolean(m.zaloArticleId), r.hasPhone === true) : r.status.state === 'invalid' ? { route: null, reason: 'invalid' as const } : { route: 'send' as const }
      if (!decision.route) {
        ;(plan.missing[decision.reason] ??= []).push(r.chatId)
        continue
      }
      if (decision.route === 'article' && target?.kind === 'not_sent') {
        // No city code for the province: the article call fails (config) and its followers are skipped as not reachable.
        ;(plan.missing.not_reachable ??= []).push(r.chatId)
        continue
      }
      if (decision.route === 'article') {
        // One article call per message: a follower over the cap misses it (Zalo does not show it later).
        const check = checkFollowerCap(counters.get(r.chatId) ?? null, m.sendAt, { ...rules.caps, fromHour: 0, toHour: 24 })
        if (!check.ok) {
          ;(plan.missing.quota ??= []).push(r.chatId)
          continue
        }
        counters.set(r.chatId, afterAcceptedSend(counters.get(r.chatId) ?? null, m.sendAt))
      }
      if (decision.route === 'promotion') {
        const check = checkFollowerCap(counters.get(r.chatId) ?? null, m.sendAt, rules.caps)
        if (!check.ok) {
          plan.later.push({ chatId: r.chatId, reason: check.reason, until: check.until })
          continue
        }
        counters.set(r.chatId, afterAcceptedSend(counters.get(r.chatId) ?? null, m.sendAt))
      }
      plan.onTime[decision.route] = (plan.onTime[decision.route] ?? 0) + 1
    }
    return { messageId: m.id, sendAt: m.sendAt, platforms, ...(target ? { zaloArticle: target } : {}) }
  })
  return { messages: plans, warnings: [...campaignWarnings(ordered, rules.caps), ...articleWarnings(ordered, plans, rules)] }
}

/**
 * With the article route, what the audience alone shows: a province message whose province has no
 * city code (its article is not sent), and campaign/announcement messages without an article
 * (followers outside the 7-day window miss them).
 */
function articleWarnings(messages: PlannedMessage[], plans: MessagePlan[], rules: PlannerRules): CampaignWarning[] {
  if (rules.routing.followerRoute !== 'article') return []
  const warnings: CampaignWarning[] = []
  const untargeted = plans.filter((p) => p.zaloArticle?.kind === 'not_sent')
  if (untargeted.length) {
    const provinces = [...new Set(untargeted.map((p) => (p.zaloArticle as { province: string }).province))]
    warnings.push({ code: 'no_city_code', messageIds: untargeted.map((p) => p.messageId), message: `${untargeted.map((p) => p.messageId).join(', ')}: no Zalo city code for ${provinces.join(', ')} in ZALO_OA_CITY_CODES, so the article is not sent and Zalo followers outside the 7-day window miss it` })
  }
  const bare = messages.filter((m) => (m.kind === 'campaign' || m.kind === 'announcement') && !m.zaloArticleId)
  if (bare.length) warnings.push({ code: 'no_article', messageIds: bare.map((m) => m.id), message: `${bare.map((m) => m.id).join(', ')}: no zalo_article_id, so Zalo followers outside the 7-day window miss them (ZALO_OA_FOLLOWER_ROUTE=article)` })
  return warnings
}

/**
 * Warnings that need no audience: more messages in a Vietnam calendar month than the monthly
 * per-follower cap (Action Month spans November and December, and counters reset on the 1st),
 * more than the daily cap on one day, or a send time outside 06:00–21:59.
 */
export function campaignWarnings(messages: { id: string; sendAt: Date }[], caps: FollowerCaps): CampaignWarning[] {
  const warnings: CampaignWarning[] = []
  const group = (key: (d: Date) => string) => {
    const out = new Map<string, string[]>()
    for (const m of messages) out.set(key(m.sendAt), [...(out.get(key(m.sendAt)) ?? []), m.id])
    return out
  }
  for (const [month, ids] of group(vietnamMonth)) {
    if (ids.length > caps.monthly) {
      warnings.push({ code: 'over_monthly_cap', messageIds: ids.slice(caps.monthly), message: `${month}: ${ids.length} messages but Zalo allows ${caps.monthly} broadcasts per follower a month; followers outside the 7-day window miss ${ids.slice(caps.monthly).join(', ')} (or get them next month)` })
    }
  }
  for (const [day, ids] of group(vietnamDay)) {
    if (ids.length > caps.daily) warnings.push({ code: 'same_day', messageIds: ids.slice(caps.daily), message: `${day}: ${ids.length} messages on one day; Zalo allows ${caps.daily} per follower a day, so ${ids.slice(caps.daily).join(', ')} wait for the next day` })
  }
  const night = messages.filter((m) => {
    const h = vietnamHour(m.sendAt)
    return h < caps.fromHour || h >= caps.toHour
  })
  if (night.length) warnings.push({ code: 'night', messageIds: night.map((m) => m.id), message: `${night.map((m) => m.id).join(', ')}: outside ${caps.fromHour}:00–${caps.toHour - 1}:59 Vietnam time; Zalo refuses broadcasts at night, so they wait for the morning` })
  return warnings
}

/** The warnings for a campaign file as written (its first year), for validation at load. */
export function warningsOfCampaign(campaign: Campaign, caps: FollowerCaps): CampaignWarning[] {
  const year = Number(campaign.period.from.slice(0, 4))
  return campaignWarnings(
    scheduleOf(campaign, year, year).map((m) => ({ id: m.messageId, sendAt: m.sendAt })),
    caps,
  )
}

/** What planFromStore needs from the store. */
export interface PlannerStore {
  recipientsOf(audience: Audience): Promise<{ platform: Platform; chatId: string }[]>
  statuses(platform: Platform, chatIds: string[]): Promise<Map<string, SubscriberStatus>>
  /** Chats with a consented reminder phone. */
  withPhone(platform: Platform, chatIds: string[]): Promise<Set<string>>
  ledger: Pick<FollowerLedger, 'entries'>
}

/** Loads each message's recipients with their state and the Zalo ledger, then plans. */
export async function planFromStore(messages: PlannedMessage[], store: PlannerStore, rules: PlannerRules): Promise<CampaignPlan> {
  const recipients = new Map<string, PlannedRecipient[]>()
  const months = [...new Set(messages.map((m) => vietnamMonth(m.sendAt)))].sort()
  const ledger = months.length ? await store.ledger.entries('zalo-oa', months[0]!) : new Map<string, LedgerEntry>()
  for (const m of messages) {
    const chats = await store.recipientsOf(m.audience)
    const byPlatform = new Map<Platform, string[]>()
    for (const c of chats) byPlatform.set(c.platform, [...(byPlatform.get(c.platform) ?? []), c.chatId])
    const list: PlannedRecipient[] = []
    for (const [platform, ids] of byPlatform) {
      const statuses = await store.statuses(platform, ids)
      const phones = m.kind === 'reminder' && platform === 'zalo-oa' ? await store.withPhone(platform, ids) : new Set<string>()
      for (const chatId of ids) list.push({ platform, chatId, status: statuses.get(chatId) ?? UNKNOWN_STATUS, hasPhone: phones.has(chatId) })
    }
    recipients.set(m.id, list)
  }
  return planMessages(messages, (m) => recipients.get(m.id) ?? [], ledger, rules)
}
