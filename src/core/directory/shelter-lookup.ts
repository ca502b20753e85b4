import type { Directory } from './directory.js'
import type { Hotline, Place } from './place.js'

export interface ShelterLookup {
  /** Places for the place named (commune > district > province) or, failing that, the province. */
  places: Place[]
  /** The words of the message that named a place, or the province used; null when none. */
  placeName: string | null
  /** National hotlines first, then the province's. */
  hotlines: Hotline[]
}

const MAX_PLACES = 3

/** Data only: which places and hotlines fit a message and a province. Replies are built in answers/. */
export function lookupShelters(directory: Directory, question: string, province: string | null): ShelterLookup {
  const named = directory.byPlaceName(question)
  let places = named.map((m) => m.place)
  if (!places.length && province) places = directory.byProvince(province)
  const shown = places.slice(0, MAX_PLACES)
  return { places: shown, placeName: named[0]?.matched ?? province, hotlines: hotlinesFor(directory, province ?? shown[0]?.province ?? null) }
}

/** The nearest places to a shared location. The coordinates are used for this lookup only. */
export function nearestShelters(directory: Directory, latitude: number, longitude: number): { place: Place; km: number }[] {
  return directory.nearest(latitude, longitude, MAX_PLACES)
}

export function hotlinesFor(directory: Directory, province: string | null): Hotline[] {
  return [...directory.nationalHotlines(), ...(province ? directory.provinceHotlines(province) : [])]
}
