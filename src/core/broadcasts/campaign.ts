import { TZDate } from '@date-fns/tz'
import { z } from 'zod'
import { TOPICS } from '../ports.js'
import { MAX_BROADCAST_TEXT, type Audience } from './broadcast.js'

const VIETNAM = 'Asia/Ho_Chi_Minh'

const audienceSchema = z
  .object({
    kind: z.enum(['all', 'citizens', 'officials', 'province', 'agency']).default('all'),
    province: z.string().min(2).optional(),
    agency: z.string().min(2).optional(),
    platforms: z.array(z.enum(['telegram', 'zalo-oa', 'zalo-bot'])).optional(),
  })
  .refine((a) => a.kind !== 'province' || a.province, { message: 'audience "province" needs a province', path: ['province'] })
  .refine((a) => a.kind !== 'agency' || a.agency, { message: 'audience "agency" needs an agency', path: ['agency'] })

const messageSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and dashes'),
  /** Vietnam time, "YYYY-MM-DD HH:mm". */
  send_at: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, 'send_at must be "YYYY-MM-DD HH:mm" (Vietnam time)'),
  audience: audienceSchema.default({ kind: 'all' }),
  /** The OA article (made and approved in the Zalo OA console) that carries it to followers outside the 7-day window. */
  zalo_article_id: z.string().trim().min(1).optional(),
  text: z.string().trim().min(1).max(MAX_BROADCAST_TEXT, `text must be at most ${MAX_BROADCAST_TEXT} characters`),
})

export const campaignSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and dashes'),
    name: z.string().min(3),
    topic: z.enum(TOPICS).default('thang-hanh-dong'),
    period: z.object({ from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
    /** "yearly": the same messages on the same days every year. */
    repeat: z.enum(['none', 'yearly']).default('none'),
    messages: z.array(messageSchema).min(1),
  })
  .superRefine((c, ctx) => {
    const ids = new Set<string>()
    c.messages.forEach((m, i) => {
      if (ids.has(m.id)) ctx.addIssue({ code: 'custom', path: ['messages', i, 'id'], message: `duplicate message id "${m.id}"` })
      ids.add(m.id)
      const day = m.send_at.slice(0, 10)
      if (day < c.period.from || day > c.period.to) ctx.addIssue({ code: 'custom', path: ['messages', i, 'send_at'], message: `${day} is outside the campaign period ${c.period.from}–${c.period.to}` })
    })
  })

export type Campaign = z.infer<typeof campaignSchema>
export type CampaignMessage = z.infer<typeof messageSchema>

export interface ScheduledMessage {
  /** Unique per campaign, message and year: the broadcast is created once, whoever creates it. */
  key: string
  campaignId: string
  messageId: string
  sendAt: Date
  text: string
  audience: Audience
  zaloArticleId?: string
}

/** The audience a campaign message names, as a subscriber query. */
export function toAudience(campaign: Campaign, message: CampaignMessage): Audience {
  const a = message.audience
  return {
    topic: campaign.topic,
    ...(a.platforms ? { platforms: a.platforms } : {}),
    ...(a.province ? { province: a.province } : {}),
    ...(a.agency ? { agency: a.agency } : {}),
    ...(a.kind === 'officials' || a.kind === 'citizens' ? { role: a.kind } : {}),
  }
}

/** "2026-11-15 08:00" in Vietnam → the instant, optionally moved to another year. */
export function vietnamTime(sendAt: string, year?: number): Date {
  const [date, time] = sendAt.split(' ')
  const [y, m, d] = date!.split('-').map(Number)
  const [hh, mm] = time!.split(':').map(Number)
  return new Date(new TZDate(year ?? y!, m! - 1, d!, hh!, mm!, VIETNAM).getTime())
}

/** Every occurrence of every message (yearly campaigns: in each year from `fromYear` to `toYear`). */
export function scheduleOf(campaign: Campaign, fromYear: number, toYear: number): ScheduledMessage[] {
  const out: ScheduledMessage[] = []
  const firstYear = Number(campaign.period.from.slice(0, 4))
  const years = campaign.repeat === 'yearly' ? range(Math.max(fromYear, firstYear), toYear) : [firstYear]
  for (const year of years) {
    const shift = year - firstYear
    for (const m of campaign.messages) {
      const sendYear = Number(m.send_at.slice(0, 4)) + shift
      out.push({ key: `campaign:${campaign.id}:${m.id}:${sendYear}`, campaignId: campaign.id, messageId: m.id, sendAt: vietnamTime(m.send_at, sendYear), text: m.text, audience: toAudience(campaign, m), ...(m.zalo_article_id ? { zaloArticleId: m.zalo_article_id } : {}) })
    }
  }
  return out.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime())
}

/**
 * Messages due at `now`: their time has come, and not longer ago than `lookbackMs` (a server that
 * was down for a week sends nothing stale when it comes back).
 */
export function dueMessages(campaigns: Campaign[], now: Date, lookbackMs = 24 * 3600_000): ScheduledMessage[] {
  const year = new TZDate(now, VIETNAM).getFullYear()
  return campaigns.flatMap((c) => scheduleOf(c, year - 1, year + 1)).filter((m) => m.sendAt <= now && now.getTime() - m.sendAt.getTime() <= lookbackMs)
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)
}
