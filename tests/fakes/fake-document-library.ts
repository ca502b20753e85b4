import type { DocumentLibraryPort, DocumentPreview, DocumentSummary } from '../../src/channels/console/document-library-port.js'

/**
 * An in-memory stand-in for the documents API contract (POST/GET /admin/documents, publish,
 * unpublish): it "understands" an upload from its name only, so the console's pages can be tested
 * before the real library is merged. Records every call.
 */
export class FakeDocumentLibrary implements DocumentLibraryPort {
  readonly calls: string[] = []
  private readonly docs = new Map<string, DocumentPreview & { updatedAt: string }>()
  private next = 1

  async list(): Promise<DocumentSummary[]> {
    return [...this.docs.values()].map((d) => ({ id: d.id, fileName: d.fileName, status: d.status, title: d.metadata.title, province: d.metadata.province, year: d.metadata.year, number: d.metadata.number, updatedAt: d.updatedAt }))
  }

  async preview(id: string) {
    return this.docs.get(id) ?? null
  }

  async upload(file: { fileName: string; data: Buffer }, options: { province?: string; year?: number }, actor: string) {
    this.calls.push(`upload ${file.fileName} by ${actor}`)
    if (!/\.(docx|pdf|txt)$/i.test(file.fileName)) return { error: 'chỉ nhận tệp .docx, .pdf hoặc .txt' }
    const id = `doc-${this.next++}`
    const doc: DocumentPreview & { updatedAt: string } = {
      id,
      status: 'draft',
      fileName: file.fileName,
      metadata: { kind: 'Kế hoạch', number: '123', symbol: 'KH-UBND', issuer: 'UBND tỉnh', province: options.province ?? null, year: options.year ?? null, date: null, title: 'Kế hoạch thực hiện Tháng hành động', signer: null, recipients: null },
      sections: [
        { id: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU' },
        { id: 'II', heading: 'NỘI DUNG' },
      ],
      facts: [{ type: 'deadline' }, { type: 'duty' }, { type: 'duty' }],
      warnings: options.province ? [] : ['Không xác định được tỉnh ban hành.'],
      updatedAt: new Date().toISOString(),
    }
    this.docs.set(id, doc)
    return doc
  }

  async publish(id: string, options: { province?: string; year?: number }, actor: string) {
    this.calls.push(`publish ${id} by ${actor}`)
    const doc = this.docs.get(id)
    if (!doc) return { error: 'không có văn bản này' }
    const province = options.province ?? doc.metadata.province
    if (!province) return { error: 'cần chọn tỉnh trước khi công bố' }
    Object.assign(doc, { status: 'published', metadata: { ...doc.metadata, province, year: options.year ?? doc.metadata.year }, warnings: [] })
    return doc
  }

  async unpublish(id: string, actor: string) {
    this.calls.push(`unpublish ${id} by ${actor}`)
    const doc = this.docs.get(id)
    if (!doc) return { error: 'không có văn bản này' }
    doc.status = 'draft'
    return doc
  }
}
