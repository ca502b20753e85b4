import { readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'

/**
 * Reads `.env` (as copied from .env.example) into `env`, without overriding variables that are
 * already set (the real environment wins, as with dotenv). A missing file is fine; it returns the
 * names it set so start-up can say where the configuration came from.
 */
export function readEnvFile(file: string, env: Record<string, string | undefined>): string[] {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const set: string[] = []
  for (const [name, value] of Object.entries(parseEnv(text))) {
    if (env[name] !== undefined) continue
    env[name] = value
    set.push(name)
  }
  return set
}
