/**
 * The one redaction for text that may carry a secret: error messages and stacks (node-fetch and
 * undici put the request URL in them, and Telegram's URL holds the bot token), URLs, bodies.
 * Also phone numbers, which are personal data. Applied to every log line by the root logger, whatever path the text comes through.
 */
const PATTERNS: [RegExp, string][] = [
  // Telegram and Zalo Bot: https://api.telegram.org/bot123456:ABC-def/sendMessage (and /file/bot…), also percent-encoded by a proxy
  [/\/bot\d+(?::|%3A)[\w-]+/gi, '/bot[redacted]'],
  // A bare Telegram token anywhere else.
  [/\b\d{5,}:[\w-]{20,}\b/g, '[redacted]'],
  // access_token=…, "refresh_token":"…", secret_key: …, Authorization: Bearer …
  [/\b((?:access|refresh)_?token|secret(?:_?key)?|api_?key|password|app_?secret)(["']?\s*[=:]\s*["']?)[^\s"'&,;}]+/gi, '$1$2[redacted]'],
  [/\b(bearer)\s+[\w.~+/-]+=*/gi, '$1 [redacted]'],
  // Credentials in connection strings: postgres://user:pass@host
  [/(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)[^@\s/]+@/gi, '$1[redacted]@'],
  // Vietnamese mobile numbers (officials' reminder phones; Zalo's ZNS errors quote them): 09…, 849…, +849…
  [/(?<![\w.])(?:\+?84|0)[35789]\d{8}(?!\d)/g, '[phone]'],
]

/** `known`: secrets the caller holds (a client's own token), removed verbatim whatever their shape. */
export function redactSecrets(text: string, known: readonly string[] = []): string {
  let out = text
  for (const secret of known.filter(Boolean)) for (const form of new Set([secret, encodeURIComponent(secret)])) out = out.split(form).join('[redacted]')
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement)
  return out
}

/** Copies a value for logging with every string redacted; errors become plain objects (type, message, code, stack). */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(value)
  if (value === null || typeof value !== 'object' || depth > 6) return value
  if (value instanceof Error) {
    const e = value as Error & { code?: unknown; cause?: unknown }
    return {
      type: e.name,
      message: redactSecrets(e.message),
      ...(e.code !== undefined ? { code: e.code } : {}),
      ...(e.stack ? { stack: redactSecrets(e.stack) } : {}),
      ...(e.cause !== undefined ? { cause: redactDeep(e.cause, depth + 1) } : {}),
    }
  }
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1))
  // Other class instances (Fastify's request/reply) are left to their own serializers.
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, depth + 1)
  return out
}
