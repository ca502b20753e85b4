/**
 * Finds calendar dates written the ways Vietnamese documents write them:
 * "25/3/2021", "15/11" (year implied), "ngày 22 tháng 3 năm 2016".
 */
export interface DateMention {
  index: number
  end: number
  day: number
  month: number
  year: number | null
}

const DATE = /(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})|(?<![\d/.])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?![\d/])/giu

export function findDates(text: string): DateMention[] {
  const out: DateMention[] = []
  for (const m of text.matchAll(DATE)) {
    const day = Number(m[1] ?? m[4])
    const month = Number(m[2] ?? m[5])
    const yearText = m[3] ?? m[6]
    if (!isValidDayMonth(day, month)) continue
    out.push({ index: m.index, end: m.index + m[0].length, day, month, year: yearText ? Number(yearText) : null })
  }
  return out
}

function isValidDayMonth(day: number, month: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(2024, month, 0)).getUTCDate()
}

export function toIsoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** "2021-06-10" → "10/6/2021" (the way Vietnamese readers write it). */
export function formatVietnameseDate(iso: string, withYear = true): string {
  const [y, m, d] = iso.split('-').map(Number)
  return withYear ? `${d}/${m}/${y}` : `${d}/${m}`
}
