import { TZDate } from '@date-fns/tz'

export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh'

/** Today's date in Vietnam as YYYY-MM-DD. */
export function vietnamToday(now: Date): string {
  const t = new TZDate(now, VIETNAM_TZ)
  return `${t.getFullYear()}-${String(t.getMonth() + 1).padStart(2, '0')}-${String(t.getDate()).padStart(2, '0')}`
}
