import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

const VIETNAM = 'Asia/Ho_Chi_Minh'

/** "2026-11-25": the calendar day in Vietnam. */
export const vietnamDay = (at: Date) => format(new TZDate(at, VIETNAM), 'yyyy-MM-dd')

/** "25/11/2026 14:30" in Vietnam time. */
export const vietnamClock = (iso: string | Date) => format(new TZDate(new Date(iso), VIETNAM), 'dd/MM/yyyy HH:mm')
