/**
 * A Vietnamese mobile number as ZNS takes it (84xxxxxxxxx), from "0912 345 678", "+84 912.345.678"
 * or "84912345678"; null when it is not one.
 */
export function normalizePhone(input: string): string | null {
  const digits = input.replace(/[\s.()-]/g, '').replace(/^\+/, '')
  const national = /^0(\d{9})$/.exec(digits)?.[1] ?? /^84(\d{9})$/.exec(digits)?.[1]
  return national && /^[35789]/.test(national) ? `84${national}` : null
}

/** The number as shown back to its owner: only the last three digits. */
export function maskPhone(phone: string): string {
  return `0•••••••${phone.slice(-3)}`
}
