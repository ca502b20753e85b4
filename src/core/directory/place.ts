import { z } from 'zod'

/**
 * A trusted address, shelter or help point, as an officer fills it in `content/shelters.csv`.
 * Unknown facts stay empty; an entry without `verified_on` is shown as "chưa xác minh".
 */
const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
const coordinate = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .transform((v, ctx) => {
      if (v === '') return null
      const n = Number(v.replace(',', '.'))
      if (!Number.isFinite(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a number between ${min} and ${max}` })
        return z.NEVER
      }
      return n
    })

export const PLACE_TYPES = ['địa chỉ tin cậy', 'nhà tạm lánh', 'nhà an toàn', 'trung tâm công tác xã hội', 'công an', 'trạm y tế', 'bệnh viện', 'hội phụ nữ', 'trợ giúp pháp lý', 'đầu mối bình đẳng giới'] as const

export const placeSchema = z
  .object({
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and dashes'),
    name: z.string().trim().min(3, 'name is required'),
    type: z.enum(PLACE_TYPES, { message: `type must be one of: ${PLACE_TYPES.join(', ')}` }),
    province: z.string().trim().min(2, 'province (since 1/7/2025) is required'),
    province_old: optional,
    district_old: optional,
    commune_old: optional,
    commune_new: optional,
    address: optional,
    phone: z
      .string()
      .trim()
      .refine((v) => v === '' || /^[0-9 .+()-]{3,20}$/.test(v), 'phone may only contain digits, spaces, dots, + ( ) -')
      .transform((v) => (v === '' ? null : v)),
    hours: optional,
    services: optional,
    latitude: coordinate(-90, 90, 'latitude'),
    longitude: coordinate(-180, 180, 'longitude'),
    source: optional,
    verified_on: z
      .string()
      .trim()
      .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'verified_on must be YYYY-MM-DD')
      .transform((v) => (v === '' ? null : v)),
  })
  .refine((p) => (p.latitude === null) === (p.longitude === null), { message: 'latitude and longitude go together', path: ['longitude'] })

export type Place = z.infer<typeof placeSchema>

export const hotlineSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and dashes'),
  number: z
    .string()
    .trim()
    .regex(/^[0-9 .+]{3,20}$/, 'number may only contain digits, spaces, dots and +'),
  name: z.string().trim().min(3),
  scope: z.enum(['national', 'province']),
  province: optional,
  hours: optional,
  free: z.enum(['yes', 'no', '']).transform((v) => v === 'yes'),
  description: optional,
  source: optional,
})

export type Hotline = z.infer<typeof hotlineSchema>

/** A problem in one CSV row; the row is skipped and the others load. */
export interface RowError {
  file: string
  row: number
  column: string
  message: string
}

export function formatRowError(e: RowError): string {
  return `${e.file} row ${e.row}, column ${e.column}: ${e.message}`
}
