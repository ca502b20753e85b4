/** What the index holds: sections and facts, each pointing back to its document and section. */
export type SearchEntryKind = 'section' | 'deadline' | 'duty' | 'budget' | 'reference'

export interface SearchEntry {
  id: string
  kind: SearchEntryKind
  documentId: string
  section: string
  province: string | null
  provinceNow: string | null
  year: number | null
  agencyIds: string[]
  /** Index into the document's facts, for fact entries. */
  factIndex: number | null
  /** The text that was indexed (heading path + own text for sections). */
  text: string
  /** Headings from the top of the document down to this section ("KINH PHÍ THỰC HIỆN"). */
  heading: string
}
