import type { PlanDocument, YearSpan } from '../knowledge-base/plan-document.js'

/** Vietnamese collation, made once: `localeCompare(…, 'vi')` looks the locale up on every call. */
const VIETNAMESE = new Intl.Collator('vi')

/**
 * The loaded plans by province, by year covered and in catalog order, built once per reload, so
 * choosing a question's plans costs what is chosen, never a walk over every plan.
 *
 * @example
 * const plans = PlanCatalog.build(documents, (doc) => coverageYears(doc))
 * plans.inProvinces(new Set(['An Giang'])) // An Giang's plans, in load order
 */
export class PlanCatalog {
  private readonly coveringSets = new Map<number, ReadonlySet<string>>()
  /** Scopes already put in catalog order (a year's ids come back with every question about that year). */
  private readonly catalogOrders = new WeakMap<ReadonlySet<string>, readonly PlanDocument[]>()

  private constructor(
    /** Every plan, in load order (the order ties keep). */
    readonly documents: readonly PlanDocument[],
    /** Every plan's id, in load order. */
    readonly ids: ReadonlySet<string>,
    /** The provinces plans are loaded for, in Vietnamese alphabetical order. */
    readonly provinces: readonly string[],
    /** Every plan by province, then plan year (Vietnamese order; ties in load order). */
    readonly inCatalogOrder: readonly PlanDocument[],
    private readonly position: ReadonlyMap<string, number>,
    private readonly byProvince: ReadonlyMap<string, readonly PlanDocument[]>,
    private readonly byYear: ReadonlyMap<number, readonly PlanDocument[]>,
    private readonly catalogGroup: ReadonlyMap<string, number>,
  ) {}

  /** `coverageOf` gives the years a plan covers (its details' coverage). */
  static build(documents: readonly PlanDocument[], coverageOf: (doc: PlanDocument) => readonly YearSpan[]): PlanCatalog {
    const byProvince = new Map<string, PlanDocument[]>()
    const byYear = new Map<number, PlanDocument[]>()
    const append = <K>(map: Map<K, PlanDocument[]>, key: K, doc: PlanDocument) => {
      const list = map.get(key)
      if (list) list.push(doc)
      else map.set(key, [doc])
    }
    for (const doc of documents) {
      if (doc.meta.province) append(byProvince, doc.meta.province, doc)
      const years = new Set<number>()
      for (const span of coverageOf(doc)) for (let y = span.from; y <= span.to; y++) years.add(y)
      for (const year of years) append(byYear, year, doc)
    }
    // First met, then sorted (a stable sort): provinces the collation finds equal keep that order.
    const provinces = [...byProvince.keys()].sort((a, b) => VIETNAMESE.compare(a, b))
    const compareCatalog = (a: PlanDocument, b: PlanDocument) => VIETNAMESE.compare(a.meta.province ?? '', b.meta.province ?? '') || (a.meta.year ?? 0) - (b.meta.year ?? 0)
    const inCatalogOrder = [...documents].sort(compareCatalog)
    // Plans the catalog order cannot tell apart share a group, so a subset sorts by group number alone.
    const catalogGroup = new Map<string, number>()
    let group = 0
    inCatalogOrder.forEach((doc, i) => {
      if (i > 0 && compareCatalog(inCatalogOrder[i - 1]!, doc) !== 0) group++
      catalogGroup.set(doc.id, group)
    })
    return new PlanCatalog(documents, new Set(documents.map((d) => d.id)), provinces, inCatalogOrder, new Map(documents.map((d, i) => [d.id, i])), byProvince, byYear, catalogGroup)
  }

  /** The plans of these provinces (as documents name them), in load order. */
  inProvinces(names: Iterable<string>): PlanDocument[] {
    const lists = [...new Set(names)].map((name) => this.byProvince.get(name) ?? [])
    const found = lists.flat()
    return lists.filter((l) => l.length).length > 1 ? this.inLoadOrder(found) : found
  }

  /** The plans covering this year (see `coverageYears`), in load order. */
  covering(year: number): readonly PlanDocument[] {
    return this.byYear.get(year) ?? []
  }

  /** These plans in load order. */
  inLoadOrder(docs: Iterable<PlanDocument>): PlanDocument[] {
    const list = [...docs]
    const at = list.map((d) => this.position.get(d.id)!)
    // Usually given in load order already (a number's citations are listed so): then nothing is sorted.
    if (at.every((p, i) => i === 0 || at[i - 1]! < p)) return list
    return list
      .map((_, i) => i)
      .sort((a, b) => at[a]! - at[b]!)
      .map((i) => list[i]!)
  }

  /** These plans in catalog order (province, then plan year); plans it cannot tell apart keep their order. */
  sortForCatalog(docs: readonly PlanDocument[]): PlanDocument[] {
    return [...docs].sort((a, b) => this.catalogGroup.get(a.id)! - this.catalogGroup.get(b.id)!)
  }

  /**
   * The ids of the plans covering this year, in load order, made on first use: "Tỉnh nào có kế
   * hoạch năm 2021?" chooses thousands of plans, read once per reload rather than per question.
   */
  coveringIds(year: number): ReadonlySet<string> {
    let ids = this.coveringSets.get(year)
    if (!ids) this.coveringSets.set(year, (ids = new Set(this.covering(year).map((d) => d.id))))
    return ids
  }

  /** The plans of a scope (ids of loaded plans) in catalog order; a scope given again (a year's ids) is sorted once. */
  inCatalogOrderOf(scope: ReadonlySet<string>): readonly PlanDocument[] {
    let sorted = this.catalogOrders.get(scope)
    if (!sorted) this.catalogOrders.set(scope, (sorted = this.sortForCatalog([...scope].map((id) => this.documents[this.position.get(id)!]!))))
    return sorted
  }
}
