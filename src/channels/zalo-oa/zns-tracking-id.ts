/**
 * The `tracking_id` we give a ZNS send (≤ 48 characters): the outbox row's id, so a ZNS receipt
 * finds its row even when Zalo's `msg_id` never reached us (a lost answer to the send).
 */
export function znsTrackingId(deliveryId: number): string {
  return `d${deliveryId}`
}

/** The outbox row a ZNS receipt's `tracking_id` names, or null when it is not one of ours. */
export function deliveryIdOfTracking(trackingId: string | undefined): number | null {
  const match = trackingId ? /^d(\d{1,15})$/.exec(trackingId) : null
  return match ? Number(match[1]) : null
}
