/** Types of the knowledge base: a plan document, its section tree, and the facts found in it. */

export interface PartialDate {
  year: number
  month: number | null
  day: number | null
}

export interface DocumentMetadata {
  /** Province named by the document itself ("Sóc Trăng"), or null when the text names none. */
  province: string | null
  /** Province-level unit the document's province belongs to since 1/7/2025 ("Cần Thơ"). */
  provinceNow: string | null
  /** Issuing body as a reader would cite it: "UBND tỉnh", "Sở Tài chính". */
  issuer: string | null
  /** Parent body from the header, when the issuer is a department ("UBND tỉnh Sóc Trăng"). */
  parentIssuer: string | null
  /** Number/symbol such as "67/KH-UBND"; null when the number is blank ("Số: /KH-SNV"). */
  number: string | null
  /** Symbol part even when the number is blank ("KH-SNV"). */
  symbol: string | null
  issued: PartialDate | null
  /** Year the plan is about (issue year, else the year in its title). */
  year: number | null
  type: string
  title: string | null
  signer: string | null
  signerRole: string | null
  recipients: string[]
  /** Extra facts from optional front matter (never overriding the text). */
  sourceUrl: string | null
  /** The document a decision issues with it ("Ban hành kèm theo Quyết định …"), whose text is the body. */
  attachment?: { type: string; title: string | null }
}

export interface PlanSection {
  /** Stable, unique path label built from the document's numbering: "IV.5.b"; duplicates get "#2". */
  path: string
  /** The number as printed: "IV", "5", "b". */
  label: string
  level: number
  /** Heading line without its number ("Sở Tư pháp"), possibly a whole sentence for numbered paragraphs. */
  heading: string
  /** Paragraphs belonging directly to this section (bullets included), re-joined across page breaks. */
  paragraphs: string[]
  children: PlanSection[]
}

export interface SourceRef {
  documentId: string
  section: string
  quote: string
}

export type DeadlineKind = 'due' | 'period' | 'recurring' | 'event' | 'target'
export type Recurrence = 'yearly' | 'semiannual' | 'monthly'

export interface DeadlineFact extends SourceRef {
  type: 'deadline'
  kind: DeadlineKind
  date: string | null
  end: string | null
  recurrence: Recurrence | null
  action: string
  actors: string[]
  recipient: string | null
}

export type DutyRole = 'chủ trì' | 'phối hợp' | 'tham mưu' | 'đề nghị' | 'thực hiện'

export interface DutyFact extends SourceRef {
  type: 'duty'
  agency: string
  /** Canonical agency id from the glossary, when recognised. */
  agencyId: string | null
  role: DutyRole
  task: string
  /** The section that names the agency ("IV.2" for a task found in "IV.2.a"). */
  agencySection: string
}

export interface BudgetFact extends SourceRef {
  type: 'budget'
  amount: string
  minMillion: number | null
  maxMillion: number | null
  unit: string
  period: string | null
  level: string | null
}

export interface ReferenceFact extends SourceRef {
  type: 'reference'
  docType: string
  number: string
  date: string | null
  issuer: string | null
  title: string | null
}

export type Fact = DeadlineFact | DutyFact | BudgetFact | ReferenceFact

export interface PlanDocument {
  id: string
  file: string
  meta: DocumentMetadata
  /** Text before the first numbered section (preamble: legal bases, purpose). */
  preamble: string[]
  sections: PlanSection[]
  facts: Fact[]
  warnings: string[]
  /** Filled by `extractDocumentDetails` when absent (optional so parsed documents stay valid). */
  details?: DocumentDetails
}

/** Depth-first list of all sections. */
export function flattenSections(sections: PlanSection[]): PlanSection[] {
  const out: PlanSection[] = []
  const walk = (list: PlanSection[]) => {
    for (const s of list) {
      out.push(s)
      walk(s.children)
    }
  }
  walk(sections)
  return out
}

export function formatPartialDate(date: PartialDate | null): string | null {
  if (!date) return null
  const pad = (n: number) => String(n).padStart(2, '0')
  if (date.month === null) return String(date.year)
  if (date.day === null) return `${pad(date.month)}/${date.year}`
  return `${pad(date.day)}/${pad(date.month)}/${date.year}`
}

/** A span of years a document is about: its issue year, or a period its title names ("giai đoạn 2021–2023"). */
export interface YearSpan {
  from: number
  to: number
}

/** What a document says about itself beyond the header: legal bases, addressees, contact points, years covered. */
export interface DocumentDetails {
  /** "Căn cứ …" / "Thực hiện …" clauses of the preamble, one per cited basis. */
  legalBases: { text: string; section: string }[]
  /** "Kính gửi:" lines (letters name their addressees before the body). */
  addressees: string[]
  /** Phone numbers in the text with the words that say whose they are. */
  contacts: { phone: string; context: string; quote: string; section: string }[]
  /** Years the document covers, most specific first. */
  coverage: YearSpan[]
}
