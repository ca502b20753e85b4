import { GrowableUint32 } from './growable-uint32.js'

/**
 * Posting lists of all terms in three flat arrays (compressed sparse rows): the values of term t
 * are `values[offsets[t] .. offsets[t + 1])`, ascending, with a count each when counts are kept
 * (a term's occurrences in one entry; capped at 65,535). Six bytes per posting, where a Map per
 * term and document costs about a hundred.
 */
export interface PostingLists {
  offsets: Uint32Array
  values: Uint32Array
  counts: Uint16Array | null
}

/** First position in `values[from, to)` holding a value ≥ `value` (values ascend). */
export function lowerBound(values: Uint32Array, from: number, to: number, value: number): number {
  let lo = from
  let hi = to
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Collects (term, value, count) in any term order, then lays them out by term id. */
export class PostingListsBuilder {
  private readonly terms = new GrowableUint32()
  private readonly values = new GrowableUint32()
  private readonly counts: GrowableUint32 | null

  constructor(withCounts: boolean) {
    this.counts = withCounts ? new GrowableUint32() : null
  }

  add(termId: number, value: number, count = 1): void {
    this.terms.push(termId)
    this.values.push(value)
    this.counts?.push(count)
  }

  /**
   * `newId` maps the ids used while adding to the final ones. A counting sort keeps the order of
   * addition within a term; `sortValues` sorts each list when values were not added ascending.
   */
  finish(termCount: number, newId: Uint32Array, sortValues = false): PostingLists {
    const offsets = new Uint32Array(termCount + 1)
    for (let i = 0; i < this.terms.length; i++) offsets[newId[this.terms.get(i)]! + 1]!++
    for (let t = 0; t < termCount; t++) offsets[t + 1]! += offsets[t]!
    const next = offsets.slice(0, termCount)
    const values = new Uint32Array(this.values.length)
    const counts = this.counts ? new Uint16Array(this.values.length) : null
    for (let i = 0; i < this.terms.length; i++) {
      const at = next[newId[this.terms.get(i)]!]!++
      values[at] = this.values.get(i)
      if (counts) counts[at] = Math.min(0xffff, this.counts!.get(i))
    }
    if (sortValues) for (let t = 0; t < termCount; t++) values.subarray(offsets[t]!, offsets[t + 1]!).sort()
    return { offsets, values, counts }
  }
}
