import { createHash, timingSafeEqual } from 'node:crypto'

/**
 * Compares a secret from a request with the configured one in constant time, so the time a
 * wrong guess takes says nothing about how much of it was right. Hashing first makes the
 * lengths equal, which timingSafeEqual requires.
 */
export function safeEqual(received: unknown, expected: string): boolean {
  if (typeof received !== 'string' || !expected) return false
  const a = createHash('sha256').update(received).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}
