/** "2026-11-24" → noon of that day in Vietnam (so the calendar day is the same in any timezone). */
export function parseNow(value: string | undefined): Date {
  if (!value) return new Date()
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error(`--now must be YYYY-MM-DD, got "${value}"`)
  const date = new Date(`${value}T12:00:00+07:00`)
  if (Number.isNaN(date.getTime())) throw new Error(`--now is not a real date: "${value}"`)
  return date
}
