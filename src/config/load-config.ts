import { ConfigError } from '../core/errors.js'
import { configSchema, type Config } from './config-schema.js'

/**
 * Validates the environment once. Empty strings count as unset (a blank line in .env).
 * Throws one ConfigError that lists every bad variable, never only the first.
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = configSchema.safeParse(present)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`))
  }
  return Object.freeze(parsed.data)
}
