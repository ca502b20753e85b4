import { warningInVietnamese } from './document-messages.vi.js'
import { flattenSections, formatPartialDate, type Fact, type PlanDocument } from '../../core/knowledge-base/plan-document.js'

/**
 * What an officer sees before publishing (and what the console renders): the metadata as read,
 * the section outline, the facts with their sections, and warnings. Stable JSON: also the shape
 * `npm run ingest -- --json` prints for each file.
 */
export interface DocumentMetadataView {
  kind: string
  number: string | null
  symbol: string | null
  issuer: string | null
  parentIssuer: string | null
  province: string | null
  provinceNow: string | null
  year: number | null
  /** Issue date: "2023-05-18", or "2023-05" / "2023" when the document prints only part of it. */
  date: string | null
  title: string | null
  signer: string | null
  signerRole: string | null
  recipients: string[]
  /** The plan a decision issues with it, when the body is that plan. */
  attachment: { kind: string; title: string | null } | null
}

export interface DocumentPreview {
  id: string
  status: 'draft' | 'published' | 'unpublished' | 'bundled'
  fileName: string
  metadata: DocumentMetadataView
  sections: { id: string; heading: string }[]
  facts: Omit<Fact, 'documentId'>[]
  /** In Vietnamese, for the officer. */
  warnings: string[]
}

export function metadataView(doc: PlanDocument): DocumentMetadataView {
  const m = doc.meta
  const date = formatPartialDate(m.issued)?.split('/').reverse().join('-') ?? null
  return {
    kind: m.type,
    number: m.number,
    symbol: m.symbol,
    issuer: m.issuer,
    parentIssuer: m.parentIssuer,
    province: m.province,
    provinceNow: m.provinceNow,
    year: m.year,
    date,
    title: m.title,
    signer: m.signer,
    signerRole: m.signerRole,
    recipients: m.recipients,
    attachment: m.attachment ? { kind: m.attachment.type, title: m.attachment.title } : null,
  }
}

export function previewOf(doc: PlanDocument, status: DocumentPreview['status'], fileName = doc.file, extraWarnings: string[] = []): DocumentPreview {
  return {
    id: doc.id,
    status,
    fileName,
    metadata: metadataView(doc),
    sections: flattenSections(doc.sections).map((s) => ({ id: s.path, heading: s.heading })),
    facts: doc.facts.map(({ documentId: _documentId, ...fact }) => fact),
    warnings: [...extraWarnings, ...doc.warnings].map(warningInVietnamese),
  }
}
