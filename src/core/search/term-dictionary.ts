/**
 * Every term of the index once, sorted, so a term's id is its position: one shared dictionary
 * instead of one radix tree per partition. Exact lookups and prefixes are binary searches; typo
 * tolerance compares the terms of a similar length (it only runs for long words no plan contains).
 */
export class TermDictionary {
  constructor(readonly terms: readonly string[]) {}

  get size(): number {
    return this.terms.length
  }

  /** The id of a term, or -1. */
  idOf(term: string): number {
    const i = this.lowerBound(term)
    return this.terms[i] === term ? i : -1
  }

  /** Ids of the terms starting with `prefix`, the prefix itself included when present. */
  withPrefix(prefix: string): number[] {
    const out: number[] = []
    for (let i = this.lowerBound(prefix); i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) out.push(i)
    return out
  }

  /** Terms within `maxDistance` edits (Levenshtein, as MiniSearch's fuzzy search counts them). */
  within(term: string, maxDistance: number): { id: number; distance: number }[] {
    const out: { id: number; distance: number }[] = []
    const row = new Uint16Array(term.length + 1)
    for (let id = 0; id < this.terms.length; id++) {
      const candidate = this.terms[id]!
      if (Math.abs(candidate.length - term.length) > maxDistance) continue
      const distance = boundedLevenshtein(term, candidate, maxDistance, row)
      if (distance <= maxDistance) out.push({ id, distance })
    }
    return out
  }

  private lowerBound(term: string): number {
    let lo = 0
    let hi = this.terms.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.terms[mid]! < term) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** Edit distance, giving up (returning max + 1) as soon as a whole row exceeds `max`. */
function boundedLevenshtein(a: string, b: string, max: number, row: Uint16Array): number {
  for (let j = 0; j <= a.length; j++) row[j] = j
  for (let i = 1; i <= b.length; i++) {
    let diagonal = row[0]!
    row[0] = i
    let rowMin = i
    const bc = b.charCodeAt(i - 1)
    for (let j = 1; j <= a.length; j++) {
      const above = row[j]!
      const cost = a.charCodeAt(j - 1) === bc ? 0 : 1
      const value = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost)
      row[j] = value
      diagonal = above
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max) return max + 1
  }
  return row[a.length]!
}
