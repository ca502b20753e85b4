import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import type { PlatformPlan } from '../../core/broadcasts/campaign-planner.js'

const SHOWN_IDS = 10

const when = (d: Date) => format(new TZDate(d, 'Asia/Ho_Chi_Minh'), 'dd/MM/yyyy HH:mm')

/** The planner's answer for one platform as text lines: who receives, who later, who not and why. */
export function formatPlatformPlan(platform: string, plan: PlatformPlan): string[] {
  const routes =
    Object.entries(plan.onTime)
      .map(([route, n]) => `${n} ${route === 'zns' ? 'template (by phone)' : route}`)
      .join(', ') || '0'
  const lines = [`  ${platform}: ${plan.total} người nhận · đúng giờ: ${routes}`]
  const later = new Map<string, typeof plan.later>()
  for (const l of plan.later) later.set(`${l.reason} → ${when(l.until)}`, [...(later.get(`${l.reason} → ${when(l.until)}`) ?? []), l])
  for (const [key, items] of later) lines.push(`    muộn (${key}): ${listIds(items.map((i) => i.chatId))}`)
  for (const [reason, ids] of Object.entries(plan.missing)) lines.push(`    không nhận (${reason}): ${listIds(ids ?? [])}`)
  return lines
}

function listIds(ids: string[]): string {
  const shown = ids.slice(0, SHOWN_IDS).join(', ')
  return ids.length > SHOWN_IDS ? `${ids.length}: ${shown}, … (+${ids.length - SHOWN_IDS}; --json lists all)` : `${ids.length}: ${shown}`
}
