import { TZDate } from '@date-fns/tz'
import { differenceInCalendarDays } from 'date-fns'
import { formatVietnameseDate } from '../text/find-dates.js'
import { VIETNAM_TZ } from '../text/vietnam-time.js'
import { MESSAGES } from './answer-messages.vi.js'

/** Calendar days from today in Vietnam to an ISO date (negative when it has passed). */
export function daysUntil(isoDate: string, now: Date): number {
  const today = new TZDate(now, VIETNAM_TZ)
  const [y, m, d] = isoDate.split('-').map(Number)
  return differenceInCalendarDays(new TZDate(y!, m! - 1, d!, VIETNAM_TZ), today)
}

/** "10/6/2021 (đã qua)" or "10/6/2027 (còn 5 ngày)". */
export function dateWithCountdown(isoDate: string, now: Date): string {
  const days = daysUntil(isoDate, now)
  return `${formatVietnameseDate(isoDate)} (${days < 0 ? MESSAGES.passed : MESSAGES.daysLeft(days)})`
}
