import pino, { type DestinationStream, type Logger } from 'pino'
import { redactDeep, redactSecrets } from './redact-secrets.js'

/**
 * The one root logger. Secrets and citizens' words never reach a log line: tokens, secret
 * headers, message text and shared locations are redacted by path.
 */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-telegram-bot-api-secret-token"]',
  'req.headers["x-bot-api-secret-token"]',
  'req.headers["x-zevent-signature"]',
  '*.token',
  '*.botToken',
  '*.accessToken',
  '*.refreshToken',
  '*.secret',
  'config',
  'question',
  'text',
  '*.text',
  '*.question',
  'location',
  '*.location',
  'latitude',
  'longitude',
  'phone',
  '*.phone',
]

/**
 * Every line carries the process id (the one to signal: `kill -HUP <pid>`). Besides the paths
 * above, every string in a log call goes through the one secret redaction (redact-secrets.ts), so
 * an error message that quotes a URL with a token cannot leak it.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { pid: process.pid },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? redactSecrets(a) : redactDeep(a))) as Parameters<typeof method>)
        },
      },
    },
    destination,
  )
}
