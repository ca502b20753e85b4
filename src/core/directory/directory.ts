import type { Glossary } from '../knowledge-base/glossary.js'
import { PhraseMatcher } from '../text/phrase-matcher.js'
import { NearestPlaces } from './nearest-places.js'
import type { Hotline, Place } from './place.js'

export type MatchLevel = 'commune' | 'district' | 'province'

export interface PlaceMatch {
  place: Place
  level: MatchLevel
  /** The words of the question that named it ("phu loc"). */
  matched: string
}

const LEVEL_RANK: Record<MatchLevel, number> = { commune: 0, district: 1, province: 2 }
const UNIT_PREFIX = /^(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh|tp\.?)\s+/iu

/**
 * Trusted addresses, shelters and hotlines, found by place name (old or new, with or without
 * diacritics), by province, or by coordinates. Coordinates passed in are used for the lookup
 * only: nothing here keeps or logs them.
 */
export class Directory {
  readonly places: readonly Place[]
  readonly hotlines: readonly Hotline[]
  private readonly names: PhraseMatcher<string>
  private readonly byKey = new Map<string, { level: MatchLevel; places: Place[] }>()
  private readonly located: NearestPlaces<Place>

  constructor(
    places: Place[],
    hotlines: Hotline[],
    private readonly glossary: Glossary,
  ) {
    this.places = places
    this.hotlines = hotlines
    const phrases: [string, string][] = []
    const add = (name: string | null, level: MatchLevel, place: Place) => {
      if (!name) return
      for (const variant of new Set([name, name.replace(UNIT_PREFIX, '')])) {
        if (variant.length < 3) continue
        const key = `${level}:${variant.toLowerCase()}`
        const entry = this.byKey.get(key) ?? { level, places: [] }
        if (!entry.places.includes(place)) entry.places.push(place)
        this.byKey.set(key, entry)
        phrases.push([variant, key])
      }
    }
    for (const p of places) {
      add(p.commune_old, 'commune', p)
      add(p.commune_new, 'commune', p)
      add(p.district_old, 'district', p)
    }
    // Longer names first so "Hương Trà" (district) is not read as part of a shorter province alias.
    phrases.sort((a, b) => b[0].length - a[0].length)
    this.names = new PhraseMatcher(phrases)
    this.located = new NearestPlaces(places.filter((p) => p.latitude !== null && p.longitude !== null).map((p) => ({ latitude: p.latitude!, longitude: p.longitude!, item: p })))
  }

  /** Places named in a question: communes first, then districts, then the province (old or new name). */
  byPlaceName(question: string): PlaceMatch[] {
    const found: PlaceMatch[] = []
    for (const m of this.names.findAll(question.normalize('NFC'))) {
      const entry = this.byKey.get(m.value)
      for (const place of entry?.places ?? []) found.push({ place, level: entry!.level, matched: m.text })
    }
    for (const m of this.glossary.findProvinces(question.normalize('NFC'))) {
      for (const place of this.byProvince(m.value.name)) found.push({ place, level: 'province', matched: m.text })
    }
    const seen = new Set<string>()
    return found.sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]).filter((m) => (seen.has(m.place.id) ? false : (seen.add(m.place.id), true)))
  }

  /**
   * All places of a province, by its name before or after the 2025 mergers: those the data puts
   * in that old province first, then the rest of the province it belongs to now
   * ("Sóc Trăng" → Sóc Trăng's places, then Cần Thơ's; "Cần Thơ" → all of today's Cần Thơ).
   */
  byProvince(name: string): Place[] {
    const province = this.glossary.province(name)
    const oldName = province?.name ?? name
    const nowName = province?.now ?? name
    const canonicalOld = (n: string | null) => (n ? (this.glossary.province(n)?.name ?? n) : null)
    const canonicalNow = (n: string) => this.glossary.province(n)?.now ?? n
    const sameOld = this.places.filter((p) => canonicalOld(p.province_old ?? p.province) === oldName)
    const sameNow = this.places.filter((p) => canonicalNow(p.province) === nowName && !sameOld.includes(p))
    return [...sameOld, ...sameNow]
  }

  nearest(latitude: number, longitude: number, k = 3): { place: Place; km: number }[] {
    return this.located.nearest(latitude, longitude, k).map(({ item, km }) => ({ place: item, km }))
  }

  nationalHotlines(): Hotline[] {
    return this.hotlines.filter((h) => h.scope === 'national')
  }

  provinceHotlines(province: string): Hotline[] {
    const wanted = this.glossary.province(province)?.now ?? province
    return this.hotlines.filter((h) => h.scope === 'province' && h.province && (this.glossary.province(h.province)?.now ?? h.province) === wanted)
  }
}
