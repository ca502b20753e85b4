import type { Logger } from 'pino'
import { Assistant, type KnowledgeSnapshot } from '../../core/answers/assistant.js'
import { DocumentError } from '../../core/errors.js'
import type { Glossary } from '../../core/knowledge-base/glossary.js'
import { parsePlanDocument } from '../../core/knowledge-base/parse-plan-document.js'
import type { PlanDocument } from '../../core/knowledge-base/plan-document.js'
import type { DocumentRepository, StoredDocument } from '../../storage/repositories/document-repository.js'
import { warningInVietnamese } from './document-messages.vi.js'
import { previewOf, type DocumentPreview } from './document-preview.js'
import { sourceNotes } from './parse-document-file.js'
import { readDocumentFile, type ReadOptions } from './read-document-file.js'

export interface DocumentListItem {
  id: string
  fileName: string
  status: DocumentPreview['status']
  title: string | null
  province: string | null
  year: number | null
  number: string | null
  updatedAt: string | null
}

export interface LibraryDependencies {
  repository: DocumentRepository
  assistant: Assistant
  /** The bundled seed (content/plans) as loaded last, with its snapshot (whose index may come from the cache). */
  base: () => { documents: readonly PlanDocument[]; glossary: Glossary; snapshot: KnowledgeSnapshot }
  now: () => Date
  log: Logger
  read?: ReadOptions
}

/**
 * The document workflow behind the admin routes and the operator's console: upload (read, parse,
 * store the original as a draft, return the preview), list, preview, publish and unpublish. The
 * live knowledge is the bundled seed plus every published document, rebuilt whole and swapped in
 * at once (`Assistant.reload`), here after each change and on other instances when the store's
 * revision moves. A file that cannot be read or parsed is refused and nothing live changes.
 */
export class DocumentLibrary {
  private readonly parsed = new Map<string, PlanDocument>()
  private refreshing: Promise<unknown> = Promise.resolve()

  constructor(private readonly deps: LibraryDependencies) {}

  /** Reads and parses an upload; only a file that parses is stored (as a draft). Throws DocumentError. */
  async upload(bytes: Uint8Array, fileName: string, options: { province?: string; year?: number; actor: string }): Promise<DocumentPreview> {
    const supplied = this.checkSupplied(fileName, options)
    const read = await readDocumentFile(bytes, fileName, this.deps.read)
    // Parsed before storing: a file without structure never becomes a row.
    this.parse({ id: 'upload', fileName, text: read.text, province: supplied.province ?? null, year: supplied.year ?? null })
    const stored = await this.deps.repository.create({ fileName, original: bytes, text: read.text, format: read.format, encoding: read.encoding, province: supplied.province ?? null, year: supplied.year ?? null, createdBy: options.actor, now: this.deps.now() })
    return this.previewStored(stored)
  }

  async list(): Promise<DocumentListItem[]> {
    const bundled = this.deps.base().documents.map((d): DocumentListItem => ({ id: d.id, fileName: d.file, status: 'bundled', title: d.meta.title, province: d.meta.province, year: d.meta.year, number: d.meta.number, updatedAt: null }))
    const stored = (await this.deps.repository.list()).map((s): DocumentListItem => {
      const doc = this.parseStored(s)
      return { id: s.id, fileName: s.fileName, status: s.status, title: doc?.meta.title ?? null, province: doc?.meta.province ?? s.province, year: doc?.meta.year ?? s.year, number: doc?.meta.number ?? null, updatedAt: s.updatedAt }
    })
    return [...bundled, ...stored]
  }

  async preview(id: string): Promise<DocumentPreview | null> {
    const seed = this.deps.base().documents.find((d) => d.id === id)
    if (seed) return previewOf(seed, 'bundled')
    const stored = await this.deps.repository.get(id)
    return stored ? this.previewStored(stored) : null
  }

  /**
   * Publishes a draft (or an unpublished document) and swaps the new set in. Province and year the
   * parser could not read may be supplied; without them it still publishes, with a warning.
   */
  async publish(id: string, supplied: { province?: string; year?: number } = {}): Promise<{ id: string; status: 'published'; warnings: string[] } | null> {
    const stored = await this.deps.repository.get(id)
    if (!stored) return null
    const checked = this.checkSupplied(stored.fileName, supplied)
    if (!(await this.deps.repository.setStatus(id, 'published', this.deps.now(), checked))) return null
    await this.refresh()
    const doc = this.parseStored({ ...stored, province: checked.province ?? stored.province, year: checked.year ?? stored.year })
    const warnings = [...(doc?.meta.province ? [] : ['no province: the document is not found by questions about a province; supply one with { "province": … }']), ...(doc?.meta.issued ? [] : ['no issue date in the text; supply the year with { "year": … } if it is missing too'])]
    return { id, status: 'published', warnings: warnings.map(warningInVietnamese) }
  }

  async unpublish(id: string): Promise<{ id: string; status: 'unpublished' } | null> {
    if (!(await this.deps.repository.setStatus(id, 'unpublished', this.deps.now()))) return null
    await this.refresh()
    return { id, status: 'unpublished' }
  }

  /** Rebuilds the live knowledge (seed + published) and swaps it in; runs one at a time. */
  refresh(): Promise<{ documents: number }> {
    const run = this.refreshing.then(async () => {
      const base = this.deps.base()
      const published = (await this.deps.repository.list('published')).map((s) => this.parseStored(s)).filter((d): d is PlanDocument => d !== null)
      const documents = [...base.documents, ...published]
      this.deps.assistant.reload(published.length ? Assistant.snapshot(documents, base.glossary) : base.snapshot)
      this.deps.log.info({ documents: documents.length, published: published.length }, 'live documents updated')
      return { documents: documents.length }
    })
    this.refreshing = run.catch(() => undefined)
    return run
  }

  /** Follows publishes made on other instances (store revision; LISTEN/NOTIFY on PostgreSQL). */
  watch(intervalMs?: number): { stop: () => Promise<void> } {
    return this.deps.repository.watch(() => void this.refresh().catch((error: Error) => this.deps.log.error({ err: { message: error.message } }, 'document refresh failed')), {
      ...(intervalMs ? { intervalMs } : {}),
      onError: (error) => this.deps.log.warn({ err: { message: error.message } }, 'document revision check failed'),
    })
  }

  private previewStored(stored: StoredDocument): DocumentPreview {
    const doc = this.parse(stored)
    return previewOf(doc, stored.status, stored.fileName, sourceNotes(stored))
  }

  /** A stored text that no longer parses (after a parser change) is logged and left out; the rest stay live. */
  private parseStored(stored: StoredDocument): PlanDocument | null {
    const key = `${stored.id}|${stored.updatedAt}|${stored.province}|${stored.year}`
    const cached = this.parsed.get(key)
    if (cached) return cached
    try {
      const doc = this.parse(stored)
      this.parsed.set(key, doc)
      return doc
    } catch (error) {
      this.deps.log.error({ document: stored.id, err: { message: (error as Error).message } }, 'stored document does not parse')
      return null
    }
  }

  private parse(s: { id: string; fileName: string; text: string; province: string | null; year: number | null }): PlanDocument {
    const frontMatter = { ...(s.province ? { province: s.province } : {}), ...(s.year ? { year: s.year } : {}) }
    return parsePlanDocument(s.text, { file: s.fileName, id: s.id, glossary: this.deps.base().glossary, frontMatter })
  }

  private checkSupplied(fileName: string, supplied: { province?: string | undefined; year?: number | undefined }): { province?: string; year?: number } {
    const out: { province?: string; year?: number } = {}
    if (supplied.province) {
      const province = this.deps.base().glossary.province(supplied.province)
      if (!province) throw new DocumentError('DOCUMENT_FRONT_MATTER', fileName, `unknown province "${supplied.province}"`)
      out.province = province.name
    }
    if (supplied.year !== undefined) {
      if (!Number.isInteger(supplied.year) || supplied.year < 1990 || supplied.year > 2100) throw new DocumentError('DOCUMENT_FRONT_MATTER', fileName, `year must be between 1990 and 2100, got ${supplied.year}`)
      out.year = supplied.year
    }
    return out
  }
}
