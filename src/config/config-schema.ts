import { isIP } from 'node:net'
import { z } from 'zod'
import { DEFAULT_REMINDER_ORDER, REMINDER_ROUTES, type ReminderRoute } from '../core/broadcasts/route-zalo-message.js'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes')
const optionalText = z.string().trim().min(1).optional()
const optionalUrl = z.string().trim().url().optional()

/**
 * TRUST_PROXY: off (unset or "false"); a hop count ("1": one proxy in front); or the proxies'
 * addresses/CIDRs ("10.0.0.1,10.0.0.0/8"). Never "trust anyone": any client could then choose its
 * address (reset its rate limit, write someone else's address into the audit log).
 */
const trustProxy = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx): false | number | string[] => {
    if (v === undefined || v === '' || v === 'false' || v === '0') return false
    if (/^\d+$/.test(v)) return Number(v)
    const addresses = v
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)
    const bad = addresses.filter((a) => {
      const [ip, bits, extra] = a.split('/')
      return extra !== undefined || !isIP(ip!) || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= (isIP(ip!) === 4 ? 32 : 128)))
    })
    if (v === 'true' || !addresses.length || bad.length) {
      ctx.addIssue({ code: 'custom', message: `must be false, a hop count or proxy addresses/CIDRs${bad.length ? ` (not an address: ${bad.join(', ')})` : ''}` })
      return false
    }
    return addresses
  })

/** Environment variables; names are a contract other tools rely on (see README). */
export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().trim().min(1).default('0.0.0.0'),
    TRUST_PROXY: trustProxy,
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    CONTENT_DIR: z.string().trim().min(1).default('content'),
    DATA_DIR: z.string().trim().min(1).default('data'),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^(postgres(ql)?:\/\/|sqlite:|file:)/, 'must start with postgres://, postgresql://, sqlite: or file:')
      .optional(),
    NOW: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      .optional(),
    ADMIN_TOKEN: z.string().trim().min(16, 'must be at least 16 characters').optional(),
    DOCUMENT_MAX_MB: z.coerce.number().positive().max(200).default(20),
    DOCUMENTS_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(2000),
    PUBLIC_URL: optionalUrl,
    TELEGRAM_BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^\d+:[\w-]+$/, 'must look like 123456:ABC-…')
      .optional(),
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, 'only A-Z a-z 0-9 _ - (1–256 characters)')
      .optional(),
    TELEGRAM_API_ROOT: z.string().trim().url().default('https://api.telegram.org'),
    TELEGRAM_POLLING: bool,
    ZALO_OA_APP_ID: optionalText,
    ZALO_OA_SECRET_KEY: optionalText,
    ZALO_OA_ACCESS_TOKEN: optionalText,
    ZALO_OA_REFRESH_TOKEN: optionalText,
    ZALO_OA_API_ROOT: z.string().trim().url().default('https://openapi.zalo.me'),
    ZALO_OAUTH_API_ROOT: z.string().trim().url().default('https://oauth.zaloapp.com'),
    // How followers outside the 7-day consultation window get campaigns/announcements:
    // "promotion" (per-follower, capped; reported shut for UID sends since 2026-03-01) or "off".
    ZALO_OA_FOLLOWER_ROUTE: z.enum(['article', 'promotion', 'off']).default('article'),
    // Zalo's city codes for article broadcasts targeted by province, as JSON: {"An Giang":"<code>", …}.
    // Province names are checked against the glossary at start (resolveCityCodes).
    ZALO_OA_CITY_CODES: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx): Readonly<Record<string, string>> => {
        if (!v) return {}
        const shape = 'must be a JSON object of province name → Zalo city code, e.g. {"An Giang":"89"}'
        let parsed: unknown
        try {
          parsed = JSON.parse(v)
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: `${shape} (not JSON: ${(error as Error).message})` })
          return z.NEVER
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
          ctx.addIssue({ code: 'custom', message: shape })
          return z.NEVER
        }
        const codes: Record<string, string> = {}
        const bad: string[] = []
        for (const [province, code] of Object.entries(parsed)) {
          // Zalo's location codes are whole numbers; one province, one code.
          const text = typeof code === 'number' || typeof code === 'string' ? String(code).trim() : ''
          if (!province.trim()) bad.push(`${JSON.stringify(province)}: the province name is empty`)
          else if (!/^\d{1,4}$/.test(text)) bad.push(`${JSON.stringify(province)}: ${JSON.stringify(code)} is not a Zalo city code (a whole number)`)
          else codes[province.trim()] = text
        }
        if (bad.length) {
          ctx.addIssue({ code: 'custom', message: `${shape}; bad entries: ${bad.join('; ')}` })
          return z.NEVER
        }
        return codes
      }),
    // Per-follower broadcast caps by OA package (Basic 1, Trial/Advanced 4, Premium 6 a month; 1 a day).
    ZALO_OA_MONTHLY_CAP: z.coerce.number().int().min(0).max(31).default(4),
    ZALO_OA_DAILY_CAP: z.coerce.number().int().min(1).max(10).default(1),
    // Approved ZBS template for deadline reminders, and the template parameter that carries the text.
    ZALO_OA_REMINDER_TEMPLATE_ID: optionalText,
    ZALO_OA_REMINDER_TEMPLATE_PARAM: z.string().trim().min(1).default('noi_dung'),
    // Template for reminders by phone number (ZNS) to officials who consented with /sdt; defaults to the reminder template.
    ZALO_ZNS_TEMPLATE_ID: optionalText,
    // Order in which deadline reminders try their routes (template by user id, template by phone, consultation).
    ZALO_OA_REMINDER_ROUTES: z
      .string()
      .trim()
      .optional()
      .transform((v, ctx): readonly ReminderRoute[] => {
        if (!v) return DEFAULT_REMINDER_ORDER
        const routes = v.split(',').map((r) => r.trim())
        const bad = routes.filter((r) => !(REMINDER_ROUTES as readonly string[]).includes(r))
        const repeated = routes.filter((r, i) => routes.indexOf(r) !== i)
        if (bad.length || repeated.length) {
          ctx.addIssue({ code: 'custom', message: `must be a comma-separated order of ${REMINDER_ROUTES.join(', ')}, each at most once${bad.length ? ` (not a route: ${bad.map((b) => `"${b}"`).join(', ')})` : ''}${repeated.length ? ` (repeated: ${repeated.join(', ')})` : ''}` })
          return z.NEVER
        }
        return routes as ReminderRoute[]
      }),
    ZALO_ZNS_API_ROOT: z.string().trim().url().default('https://business.openapi.zalo.me'),
    // Zalo OA events further than this from now are refused (replayed signed events).
    ZALO_OA_WEBHOOK_MAX_SKEW_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
    ZALO_BOT_TOKEN: optionalText,
    ZALO_BOT_WEBHOOK_SECRET: z.string().min(8, 'must be 8–256 characters').max(256).optional(),
    ZALO_BOT_API_ROOT: z.string().trim().url().default('https://bot-api.zaloplatforms.com'),
  })
  .superRefine((c, ctx) => {
    if (c.TELEGRAM_WEBHOOK_SECRET && !c.TELEGRAM_BOT_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TELEGRAM_BOT_TOKEN'], message: 'required when TELEGRAM_WEBHOOK_SECRET is set' })
    }
    if (c.ZALO_OA_APP_ID && !c.ZALO_OA_SECRET_KEY) {
      ctx.addIssue({ code: 'custom', path: ['ZALO_OA_SECRET_KEY'], message: 'required when ZALO_OA_APP_ID is set' })
    }
  })

export type Config = Readonly<z.infer<typeof configSchema>>
