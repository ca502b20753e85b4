import { createHash } from 'node:crypto'
import { safeEqual } from '../safe-equal.js'

/**
 * Zalo OA webhook signature: header `X-ZEvent-Signature: mac=<hex>` where hex is the SHA-256 of
 * app_id + the raw body exactly as received + the body's timestamp + the OA secret key.
 */
export function zaloOaSignature(appId: string, rawBody: string, timestamp: string, secretKey: string): string {
  return createHash('sha256')
    .update(appId + rawBody + timestamp + secretKey)
    .digest('hex')
}

export function verifyZaloOaSignature(header: unknown, appId: string, rawBody: string, timestamp: string, secretKey: string): boolean {
  if (typeof header !== 'string') return false
  const received = header.replace(/^mac=/, '').trim().toLowerCase()
  return safeEqual(received, zaloOaSignature(appId, rawBody, timestamp, secretKey))
}
