/**
 * Latitude and longitude from what an officer pastes: decimal degrees ("10.3759, 105.4185",
 * "10,3759; 105,4185") or a map link (Google Maps "@lat,lng" or "?q=lat,lng", OpenStreetMap
 * "#map=zoom/lat/lng" or "?mlat=…&mlon=…"). Null when nothing usable is found or it is out of range.
 *
 * @example
 * parseCoordinates('https://www.google.com/maps/place/X/@10.3759,105.4185,17z') // { latitude: 10.3759, longitude: 105.4185 }
 */
export function parseCoordinates(input: string): { latitude: number; longitude: number } | null {
  const text = decodeURIComponent(input.trim())
  const patterns = [
    /@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/,
    /[?&](?:q|query|ll|destination)=(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)/,
    /#map=\d+(?:\.\d+)?\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)/,
    /[?&]mlat=(-?\d+(?:\.\d+)?)&mlon=(-?\d+(?:\.\d+)?)/,
    /!3d(-?\d+(?:\.\d+)?)!4d(-?\d+(?:\.\d+)?)/,
    // Plain degrees: "10.37, 105.41" or with decimal commas "10,37; 105,41".
    /^(-?\d+(?:[.,]\d+)?)\s*[;,\s]\s*(-?\d+(?:[.,]\d+)?)$/,
  ]
  for (const pattern of patterns) {
    const m = pattern.exec(text)
    if (!m) continue
    const latitude = Number(m[1]!.replace(',', '.'))
    const longitude = Number(m[2]!.replace(',', '.'))
    if (Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180) return { latitude, longitude }
    return null
  }
  return null
}
