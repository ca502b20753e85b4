import { TZDate } from '@date-fns/tz'

export const VIETNAM_TZ = 'Asia/Ho_Chi_Minh'

const pad = (n: number) => String(n).padStart(2, '0')

/** "YYYY-MM-DD": the calendar day of the instant in Vietnam. */
export function vietnamDay(at: Date): string {
  const t = new TZDate(at, VIETNAM_TZ)
  return `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`
}

/** Today's date in Vietnam as YYYY-MM-DD. */
export const vietnamToday = vietnamDay

/** "YYYY-MM": the calendar month of the instant in Vietnam. */
export function vietnamMonth(at: Date): string {
  return vietnamDay(at).slice(0, 7)
}

/** The hour (0–23) of the instant in Vietnam. */
export function vietnamHour(at: Date): number {
  return new TZDate(at, VIETNAM_TZ).getHours()
}
