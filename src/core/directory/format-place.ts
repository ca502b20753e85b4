import type { Hotline, Place } from './place.js'

/** One place as a few short lines a frightened person can act on: name, where, phone, hours. */
export function formatPlace(place: Place, km?: number): string {
  const distance = km === undefined ? '' : ` – cách bạn ${km < 1 ? `${Math.round(km * 1000)} m` : `${km.toFixed(1)} km`}`
  const lines = [`📍 ${place.name} (${place.type})${distance}`]
  const where = place.address ?? [place.commune_new ?? place.commune_old, place.district_old, place.province].filter(Boolean).join(', ')
  if (where) lines.push(`   ${where}`)
  const contact = [place.phone ? `☎ ${place.phone}` : null, place.hours].filter(Boolean).join(' · ')
  if (contact) lines.push(`   ${contact}`)
  if (place.latitude !== null && place.longitude !== null) lines.push(`   Bản đồ: ${mapLink(place.latitude, place.longitude)}`)
  if (!place.verified_on) lines.push('   (thông tin chưa được xác minh lại – hãy gọi trước khi đến)')
  return lines.join('\n')
}

export function formatHotline(h: Hotline): string {
  return `☎ ${h.number} – ${h.name}${h.hours ? ` (${h.free ? 'miễn phí, ' : ''}${h.hours})` : ''}`
}

export function mapLink(latitude: number, longitude: number): string {
  return `https://www.google.com/maps/search/?api=1&query=${latitude.toFixed(5)},${longitude.toFixed(5)}`
}
