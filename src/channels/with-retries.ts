import { AppError } from '../core/errors.js'

/**
 * Retries an outgoing platform call the way grammY's withRetries does: network errors and 5xx
 * with capped exponential backoff, 429 after the platform's retry_after, other errors at once.
 */
export interface RetryDecision {
  retry: boolean
  /** Wait before the next attempt, in milliseconds; default exponential backoff. */
  afterMs?: number
}

export interface RetryOptions {
  attempts?: number
  baseDelayMs?: number
  maxDelayMs?: number
  classify: (error: unknown) => RetryDecision
  sleep?: (ms: number) => Promise<void>
}

export async function withRetries<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const attempts = options.attempts ?? 3
  const base = options.baseDelayMs ?? 300
  const max = options.maxDelayMs ?? 10_000
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  for (let attempt = 1; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      const decision = options.classify(error)
      if (!decision.retry || attempt >= attempts) throw error
      await sleep(Math.min(max, decision.afterMs ?? base * 2 ** (attempt - 1)))
    }
  }
}

/** Rejects after `ms` so one slow call cannot hold a webhook (and that chat's queue) forever. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AppError('TIMEOUT', `${what} timed out after ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
