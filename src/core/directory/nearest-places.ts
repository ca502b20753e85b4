/**
 * Nearest places to a point. Coordinates live in typed arrays and a linear scan uses a cheap
 * equirectangular distance to keep the k best; only those get the exact haversine distance.
 * 50,000 places take well under a millisecond (see scripts/bench).
 */
const EARTH_RADIUS_KM = 6371
const RAD = Math.PI / 180

export class NearestPlaces<T> {
  private readonly lat: Float64Array
  private readonly lon: Float64Array
  private readonly items: T[]

  constructor(points: { latitude: number; longitude: number; item: T }[]) {
    this.lat = Float64Array.from(points, (p) => p.latitude * RAD)
    this.lon = Float64Array.from(points, (p) => p.longitude * RAD)
    this.items = points.map((p) => p.item)
  }

  get size(): number {
    return this.items.length
  }

  nearest(latitude: number, longitude: number, k: number): { item: T; km: number }[] {
    if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || k <= 0) return []
    const lat0 = latitude * RAD
    const lon0 = longitude * RAD
    const cos0 = Math.cos(lat0)
    const bestIndex: number[] = []
    const bestScore: number[] = []
    for (let i = 0; i < this.lat.length; i++) {
      const dx = (this.lon[i]! - lon0) * cos0
      const dy = this.lat[i]! - lat0
      const score = dx * dx + dy * dy
      if (bestScore.length === k && score >= bestScore[k - 1]!) continue
      let j = bestScore.length < k ? bestScore.length : k - 1
      while (j > 0 && bestScore[j - 1]! > score) {
        bestScore[j] = bestScore[j - 1]!
        bestIndex[j] = bestIndex[j - 1]!
        j--
      }
      bestScore[j] = score
      bestIndex[j] = i
    }
    return bestIndex.map((i) => ({ item: this.items[i]!, km: haversineKm(latitude, longitude, this.lat[i]! / RAD, this.lon[i]! / RAD) })).sort((a, b) => a.km - b.km)
  }
}

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * RAD
  const dLon = (lon2 - lon1) * RAD
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}
