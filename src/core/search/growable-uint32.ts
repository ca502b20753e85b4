/** An append-only Uint32 list that grows by doubling: millions of postings without a JS array per term. */
export class GrowableUint32 {
  private data = new Uint32Array(1024)
  length = 0

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2)
      bigger.set(this.data)
      this.data = bigger
    }
    this.data[this.length++] = value
  }

  get(i: number): number {
    return this.data[i]!
  }

  set(i: number, value: number): void {
    this.data[i] = value
  }

  /** A copy trimmed to the length (the spare capacity is released with this builder). */
  toArray(): Uint32Array {
    return this.data.slice(0, this.length)
  }
}
