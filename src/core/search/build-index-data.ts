import type { PlanDocument } from '../knowledge-base/plan-document.js'
import type { AnalyzedText, VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import { entriesOfPlan } from './entries-of-plan.js'
import { GrowableUint32 } from './growable-uint32.js'
import { ENTRY_KINDS, type IndexData, kindPartOf, KIND_PARTS } from './index-data.js'
import { PostingListsBuilder } from './posting-lists.js'
import { SEARCH_FIELDS, textTerms } from './search-index-options.js'
import { TermDictionary } from './term-dictionary.js'

/** Plans of one province and year share a partition; a plan without a province is its own. */
export const partitionKeyOf = (doc: PlanDocument) => (doc.meta.province ? `${doc.meta.province}|${doc.meta.year ?? ''}` : `document:${doc.id}`)

/**
 * Plans → the flat arrays of `IndexData`. One partition is analysed at a time and written out as
 * postings right away, so building holds little more than the finished index.
 */
export function buildIndexData(planDocuments: readonly PlanDocument[], analyzer: VietnameseAnalyzer): IndexData {
  const termIds = new Map<string, number>()
  const entryFrequency: number[] = []
  const idOf = (term: string) => {
    let id = termIds.get(term)
    if (id === undefined) {
      termIds.set(term, (id = termIds.size))
      entryFrequency.push(0)
    }
    return id
  }
  const fieldPostings = SEARCH_FIELDS.map(() => new PostingListsBuilder(true))
  const fieldLengths = SEARCH_FIELDS.map(() => new GrowableUint32())
  const documentPostings = new PostingListsBuilder(false)
  const entryDocument = new GrowableUint32()
  const entryKind: number[] = []
  const entryFact: number[] = []
  const entryAgency: number[] = []
  const agencies = new Map<string, number>()
  const text = new Utf8Writer()
  const textOffsets = new GrowableUint32()
  textOffsets.push(0)
  const partRanges: number[] = []
  const averageLengths: number[] = []
  const n = planDocuments.length
  const partition = new Uint32Array(n)
  const ranges = new Uint32Array(n * 4)

  const partitions = new Map<string, number[]>()
  planDocuments.forEach((doc, d) => {
    const key = partitionKeyOf(doc)
    const list = partitions.get(key)
    if (list) list.push(d)
    else partitions.set(key, [d])
  })
  let entryCount = 0
  let partitionNumber = 0
  for (const members of partitions.values()) {
    const analysed = members.map((d) => {
      partition[d] = partitionNumber
      return { d, items: analysePlan(planDocuments[d]!, d, analyzer, idOf, entryFrequency, documentPostings) }
    })
    KIND_PARTS.forEach((_, part) => {
      const start = entryCount
      const average = SEARCH_FIELDS.map(() => 0)
      for (const { d, items } of analysed) {
        ranges[d * 4 + part * 2] = entryCount
        for (const item of items) {
          if (kindPartOf(item.entry.kind) !== part) continue
          item.fields.forEach((counts, f) => {
            fieldLengths[f]!.push(counts.size)
            // MiniSearch's running average, so scores match the engine this replaces.
            average[f] = (average[f]! * (entryCount - start) + counts.size) / (entryCount - start + 1)
            for (const [term, count] of counts) fieldPostings[f]!.add(term, entryCount, count)
          })
          const e = item.entry
          entryDocument.push(d)
          entryKind.push(ENTRY_KINDS.indexOf(e.kind))
          entryFact.push(e.factIndex ?? -1)
          const agency = e.agencyIds[0]
          if (agency !== undefined && !agencies.has(agency)) agencies.set(agency, agencies.size)
          entryAgency.push(agency === undefined ? -1 : agencies.get(agency)!)
          textOffsets.push(text.write(`${e.id.slice(e.documentId.length)}\0${e.section}\0${e.text}\0${e.heading}`))
          entryCount++
        }
        ranges[d * 4 + part * 2 + 1] = entryCount
      }
      partRanges.push(start, entryCount)
      averageLengths.push(...average)
    })
    partitionNumber++
  }

  const terms = [...termIds.keys()].sort()
  const newId = new Uint32Array(terms.length)
  terms.forEach((term, i) => (newId[termIds.get(term)!] = i))
  const frequency = new Uint32Array(terms.length)
  entryFrequency.forEach((f, old) => (frequency[newId[old]!] = f))
  return {
    dictionary: new TermDictionary(terms),
    fieldPostings: fieldPostings.map((b) => b.finish(terms.length, newId)),
    fieldLengths: fieldLengths.map((l) => l.toArray()),
    entryFrequency: frequency,
    documentPostings: documentPostings.finish(terms.length, newId, true),
    documents: {
      ids: planDocuments.map((doc) => doc.id),
      province: planDocuments.map((doc) => doc.meta.province),
      provinceNow: planDocuments.map((doc) => doc.meta.provinceNow),
      year: planDocuments.map((doc) => doc.meta.year),
      partition,
      ranges,
    },
    partRanges: Uint32Array.from(partRanges),
    averageLengths: Float64Array.from(averageLengths),
    entries: {
      document: entryDocument.toArray(),
      kind: Uint8Array.from(entryKind),
      fact: Int32Array.from(entryFact),
      agency: Int32Array.from(entryAgency),
      agencies: [...agencies.keys()],
      textOffsets: textOffsets.toArray(),
      text: text.toArray(),
    },
  }
}

/** A plan's entries with their terms counted per field; records its document postings and word frequencies. */
function analysePlan(doc: PlanDocument, d: number, analyzer: VietnameseAnalyzer, idOf: (term: string) => number, entryFrequency: number[], documentPostings: PostingListsBuilder) {
  const cache = new Map<string, AnalyzedText>()
  const analyse = (t: string) => {
    let a = cache.get(t)
    if (!a) cache.set(t, (a = analyzer.analyze(t)))
    return a
  }
  const documentTerms = new Set<number>()
  const items = entriesOfPlan(doc).map((entry) => {
    const a = analyse(entry.text)
    const h = analyse(entry.heading)
    for (const term of new Set(a.folded)) entryFrequency[idOf(term)]!++
    for (const term of a.folded) documentTerms.add(idOf(term))
    for (const term of a.bigrams) documentTerms.add(idOf(term))
    return { entry, fields: [countTerms(textTerms(a), idOf), countTerms([...h.folded, ...h.bigrams], idOf)] }
  })
  for (const term of documentTerms) documentPostings.add(term, d)
  return items
}

function countTerms(terms: string[], idOf: (term: string) => number): Map<number, number> {
  const counts = new Map<number, number>()
  for (const term of terms) {
    const id = idOf(term)
    counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

/** UTF-8 text appended into one growing buffer; `write` returns the end offset. */
class Utf8Writer {
  private buffer = new Uint8Array(1 << 16)
  private length = 0
  private readonly encoder = new TextEncoder()

  write(s: string): number {
    if (this.buffer.length - this.length < s.length * 3) {
      const bigger = new Uint8Array(Math.max(this.buffer.length * 2, this.length + s.length * 3))
      bigger.set(this.buffer.subarray(0, this.length))
      this.buffer = bigger
    }
    this.length += this.encoder.encodeInto(s, this.buffer.subarray(this.length)).written
    return this.length
  }

  toArray(): Uint8Array {
    return this.buffer.slice(0, this.length)
  }
}
