import type { PostingLists } from './posting-lists.js'
import type { SearchEntry, SearchEntryKind } from './search-entry.js'
import { TermDictionary } from './term-dictionary.js'

export const ENTRY_KINDS: readonly SearchEntryKind[] = ['section', 'deadline', 'duty', 'budget', 'reference']
/** Sections and the documents they cite are searched apart from the short facts. */
export const KIND_PARTS = ['section', 'fact'] as const
export const kindPartOf = (kind: SearchEntryKind): number => (kind === 'section' || kind === 'reference' ? 0 : 1)

export interface IndexDocuments {
  ids: string[]
  province: (string | null)[]
  provinceNow: (string | null)[]
  year: (number | null)[]
  /** Partition (province + year) of each document. */
  partition: Uint32Array
  /** Per document: [start, end) of its section entries, then [start, end) of its fact entries. */
  ranges: Uint32Array
}

/**
 * The whole read-only index as flat arrays (built once per reload, saved and loaded as they are).
 * Entries are laid out partition by partition, sections before facts, document by document, so a
 * partition's part and a document's entries are each one contiguous range of entry numbers.
 */
export interface IndexData {
  dictionary: TermDictionary
  /** Per search field ("text", "heading"): entry numbers and term counts per term. */
  fieldPostings: PostingLists[]
  /** Per search field: unique terms of each entry (MiniSearch's field length). */
  fieldLengths: Uint32Array[]
  /** Entries containing each folded word (0 for other terms). */
  entryFrequency: Uint32Array
  /** Per term: the documents (ascending) containing it as a folded word or bigram. */
  documentPostings: PostingLists
  documents: IndexDocuments
  /** Per part (partition × 2 + kind part): [start, end) of its entries. */
  partRanges: Uint32Array
  /** Per part and field: the average field length, as MiniSearch computes it. */
  averageLengths: Float64Array
  entries: EntryTable
}

export interface EntryTable {
  document: Uint32Array
  kind: Uint8Array
  /** Fact number, or -1 for sections. */
  fact: Int32Array
  /** Index into `agencies`, or -1. */
  agency: Int32Array
  agencies: string[]
  /** UTF-8 of "id suffix \0 section \0 text \0 heading" per entry, from offsets[i] to offsets[i + 1]. */
  textOffsets: Uint32Array
  text: Uint8Array
}

const decoder = new TextDecoder()

/** Rebuilds the SearchEntry object of one entry (only hits are ever materialised). */
export function entryAt(data: IndexData, i: number): SearchEntry {
  const { entries, documents } = data
  const d = entries.document[i]!
  const [suffix, section, text, heading] = decoder.decode(entries.text.subarray(entries.textOffsets[i]!, entries.textOffsets[i + 1]!)).split('\0') as [string, string, string, string]
  const fact = entries.fact[i]!
  const agency = entries.agency[i]!
  // Same key order as the entries were built with (entriesOfPlan), so they serialise alike.
  return {
    documentId: documents.ids[d]!,
    province: documents.province[d]!,
    provinceNow: documents.provinceNow[d]!,
    year: documents.year[d]!,
    id: documents.ids[d]! + suffix,
    kind: ENTRY_KINDS[entries.kind[i]!]!,
    section,
    agencyIds: agency < 0 ? [] : [entries.agencies[agency]!],
    factIndex: fact < 0 ? null : fact,
    text,
    heading,
  }
}
