import { ConfigError } from '../core/errors.js'
import { configSchema, type Config } from './config-schema.js'
import { readEnvFile } from './read-env-file.js'

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

/** The process's configuration: `.env` in the working directory (if any) under the real environment. */
export function loadProcessConfig(): Config {
  readEnvFile('.env', process.env)
  return loadConfig(process.env)
}
