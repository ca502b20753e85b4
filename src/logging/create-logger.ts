import pino, { type DestinationStream, type Logger } from 'pino'

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
]

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' }, base: undefined }, destination)
}
