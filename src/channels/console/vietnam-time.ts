import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'

import { VIETNAM_TZ } from '../../core/text/vietnam-time.js'

export { vietnamDay } from '../../core/text/vietnam-time.js'

/** "25/11/2026 14:30" in Vietnam time. */
export const vietnamClock = (iso: string | Date) => format(new TZDate(new Date(iso), VIETNAM_TZ), 'dd/MM/yyyy HH:mm')
