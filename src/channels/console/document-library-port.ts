import type { UploadedFile } from './uploaded-file.js'

/**
 * The plan-document library as the console needs it. It mirrors the documents API
 * (POST/GET /admin/documents, GET /admin/documents/:id, POST …/publish, …/unpublish) and is
 * implemented over the same DocumentLibrary (`document-library-adapter.ts`). The console never
 * parses a document itself.
 */
/** `bundled`: a seed plan from content/plans/, always live, neither published nor unpublished here. */
export type DocumentStatus = 'draft' | 'published' | 'unpublished' | 'bundled'

export interface DocumentSummary {
  id: string
  fileName: string
  status: DocumentStatus
  title: string | null
  province: string | null
  year: number | null
  number: string | null
  updatedAt: string | null
}

export interface DocumentPreview {
  id: string
  status: DocumentStatus
  fileName: string
  metadata: { kind: string | null; number: string | null; symbol: string | null; issuer: string | null; province: string | null; year: number | null; date: string | null; title: string | null; signer: string | null; recipients: string[] | string | null }
  sections: { id: string; heading: string }[]
  facts: unknown[]
  warnings: string[]
}

/** What failed, in words an officer can act on (e.g. "the file is not a .docx, .pdf or .txt"). */
export interface DocumentError {
  error: string
}

export interface DocumentLibraryPort {
  list(): Promise<DocumentSummary[]>
  preview(id: string): Promise<DocumentPreview | null>
  upload(file: UploadedFile, options: { province?: string; year?: number }, actor: string): Promise<DocumentPreview | DocumentError>
  publish(id: string, options: { province?: string; year?: number }, actor: string): Promise<DocumentPreview | DocumentError>
  unpublish(id: string, actor: string): Promise<DocumentPreview | DocumentError>
}

export const isDocumentError = (value: unknown): value is DocumentError => typeof (value as DocumentError)?.error === 'string'
