/**
 * Why a delivery was not (yet) sent, as shown in the delivery report. Temporary reasons
 * (window_closed, quota, night, rate, dormant, token) never unsubscribe anyone.
 */
export const DELIVERY_REASONS = [
  'window_closed',
  'quota',
  'night',
  'rate',
  'not_following',
  'opted_out',
  'dormant',
  'invalid',
  'blocked',
  'not_reachable',
  /** Waiting for the OA article broadcast that carries this message to be accepted. */
  'article_pending',
  'token',
  'config',
  'bad_request',
  'network',
  'failed',
] as const
export type DeliveryReason = (typeof DELIVERY_REASONS)[number]
