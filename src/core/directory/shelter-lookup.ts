import type { Reply } from '../answers/reply.js'
import { MESSAGES } from '../answers/answer-messages.vi.js'
import type { Directory } from './directory.js'
import { formatHotline, formatPlace } from './format-place.js'
import type { Place } from './place.js'

export interface PlaceLookup {
  /** Lines describing the matching places, or none. */
  lines: string[]
  /** Hotline lines from the directory (national first, then the province's). */
  hotlines?: string[]
  location?: Reply['location']
}

const MAX_PLACES = 3

/** Places named in the question (or in its province), formatted for a reply. */
export function lookupShelters(directory: Directory, question: string, province: string | null): PlaceLookup {
  let places = directory.byPlaceName(question).map((m) => m.place)
  if (!places.length && province) places = directory.byProvince(province)
  const shown = places.slice(0, MAX_PLACES)
  return {
    lines: shown.length ? [MESSAGES.placesTitle, ...shown.map((p) => formatPlace(p))] : [],
    hotlines: hotlineLines(directory, province ?? shown[0]?.province ?? null),
    ...locationOf(shown),
  }
}

/** The nearest places to a shared location, with distances. The coordinates are not kept. */
export function nearbyReply(directory: Directory, latitude: number, longitude: number): Reply {
  const nearest = directory.nearest(latitude, longitude, MAX_PLACES)
  const lines: string[] = [MESSAGES.dangerShort]
  if (nearest.length) lines.push(MESSAGES.nearestTitle, ...nearest.map(({ place, km }) => formatPlace(place, km)))
  else lines.push(MESSAGES.noPlacesWithLocation)
  lines.push(MESSAGES.hotlinesTitle, ...hotlineLines(directory, nearest[0]?.place.province ?? null), MESSAGES.safetyNote)
  return { intent: 'shelter', found: nearest.length > 0, text: lines.join('\n'), citations: [], ...locationOf(nearest.map((n) => n.place)) }
}

function hotlineLines(directory: Directory, province: string | null): string[] {
  const hotlines = [...directory.nationalHotlines(), ...(province ? directory.provinceHotlines(province) : [])]
  return hotlines.length ? hotlines.map(formatHotline) : [...MESSAGES.hotlines]
}

function locationOf(places: Place[]): { location?: Reply['location'] } {
  const first = places.find((p) => p.latitude !== null && p.longitude !== null)
  if (!first) return {}
  return { location: { latitude: first.latitude!, longitude: first.longitude!, title: first.name, address: first.address ?? first.province } }
}
