import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { provinceOptions } from './audience-form.js'
import { T } from './console-messages.vi.js'
import { isDocumentError, type DocumentLibraryPort, type DocumentPreview } from './document-library-port.js'
import { html } from './html.js'
import { PREFIX, csrfField, page, postButton, sendPage, type PageContext } from './layout.js'
import { pageContext, type ConsoleDependencies } from './register-console.js'
import { hasRole } from './roles.js'
import { uploadedFile } from './uploaded-file.js'
import { vietnamClock } from './vietnam-time.js'

const P = T.documents
const scopeFields = z.object({ province: z.string().trim().optional(), year: z.string().trim().optional() })

/** Plan documents: list, upload, preview of what was understood, publish, unpublish — through the library port. */
export function registerDocumentRoutes(scope: FastifyInstance, deps: ConsoleDependencies, library: DocumentLibraryPort): void {
  const { audit } = deps.stores

  /** Province (must be a glossary name) and year (4 digits) from a form; an error names the field. */
  function readScope(body: unknown): { options: { province?: string; year?: number }; error?: string } {
    const fields = scopeFields.safeParse(body ?? {})
    const province = fields.success ? fields.data.province : undefined
    const year = fields.success ? fields.data.year : undefined
    const options: { province?: string; year?: number } = {}
    if (province) {
      const known = deps.glossary().province(province)
      if (!known) return { options, error: `${P.province}: "${province}"?` }
      options.province = known.name
    }
    if (year) {
      if (!/^(19|20)\d{2}$/.test(year)) return { options, error: P.badYear }
      options.year = Number(year)
    }
    return { options }
  }

  const scopeInputs = (selected?: { province?: string | null; year?: number | null }) =>
    html`<label for="province">${P.province}</label><select id="province" name="province"><option value="">${P.fromDocument}</option>${provinceOptions(deps.glossary(), selected?.province ?? undefined)}</select>
<label for="year">${P.year}</label><input id="year" name="year" inputmode="numeric" pattern="\\d{4}" value="${selected?.year ?? ''}" aria-describedby="year-hint"><p id="year-hint" class="hint">${P.fromDocument}</p>`

  async function listPage(req: FastifyRequest, reply: FastifyReply, notice: { kind: 'ok' | 'error'; text: string } | null = null, status = 200) {
    const ctx = pageContext(req, reply)
    const documents = await library.list()
    const canEdit = hasRole(req.consoleUser!.role, 'editor')
    const body = html`${
      documents.length
        ? html`<div class="scroll"><table><thead><tr><th scope="col">${P.title}</th><th scope="col">${P.province}</th><th scope="col">${P.year}</th><th scope="col">${P.status}</th><th scope="col">${P.updated}</th></tr></thead><tbody>
${documents.map((d) => html`<tr><td><a href="${PREFIX}/tai-lieu/${d.id}">${d.number ? `${d.number} · ` : ''}${d.title ?? d.fileName}</a></td><td>${d.province ?? ''}</td><td>${d.year ?? ''}</td><td>${P.statuses[d.status]}</td><td>${d.updatedAt ? vietnamClock(d.updatedAt) : '—'}</td></tr>`)}
</tbody></table></div>`
        : html`<p>${P.empty}</p>`
    }
${
  canEdit
    ? html`<form method="post" action="${PREFIX}/tai-lieu" enctype="multipart/form-data" class="card">${csrfField(ctx)}<h2>${P.upload}</h2><p class="hint">${P.uploadHint}</p>
<label for="file">${P.file}</label><input id="file" name="file" type="file" accept=".docx,.pdf,.txt,.doc" required>${scopeInputs()}<button type="submit">${P.uploadButton}</button></form>`
    : ''
}`
    return sendPage(reply, page(ctx, P.titlePage, body, notice), status)
  }

  function previewPage(ctx: PageContext, doc: DocumentPreview, role: string, notice: { kind: 'ok' | 'error'; text: string } | null = null) {
    const m = doc.metadata
    const rows: [string, string | number | null][] = [
      [P.meta.kind, m.kind],
      [P.meta.number, [m.number, m.symbol].filter(Boolean).join('/') || null],
      [P.meta.issuer, m.issuer],
      [P.province, m.province],
      [P.meta.date, m.date],
      [P.title, m.title],
      [P.meta.signer, m.signer],
    ]
    const factTypes = new Map<string, number>()
    for (const f of doc.facts) {
      const type = String((f as { type?: unknown })?.type ?? P.other)
      factTypes.set(type, (factTypes.get(type) ?? 0) + 1)
    }
    const actions = !hasRole(role, 'approver')
      ? html``
      : doc.status === 'draft' || doc.status === 'unpublished'
        ? html`<form method="post" action="${PREFIX}/tai-lieu/${doc.id}/cong-bo" class="card">${csrfField(ctx)}<h2>${P.publish}</h2><p class="hint">${P.publishHint}</p>${scopeInputs({ province: m.province, year: m.year })}<button type="submit">${P.publish}</button></form>`
        : doc.status === 'published'
          ? postButton(ctx, `${PREFIX}/tai-lieu/${doc.id}/go-bo`, P.unpublish, 'danger')
          : html``
    return page(
      ctx,
      `${P.preview}: ${doc.fileName}`,
      html`<p>${P.status}: <strong class="document-status">${P.statuses[doc.status]}</strong></p>
${doc.warnings.length ? html`<section class="card"><h2>${P.warnings}</h2><ul>${doc.warnings.map((w) => html`<li>${w}</li>`)}</ul></section>` : ''}
<section class="card"><h2>${P.metadata}</h2><table><tbody>${rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value ?? html`<em>${P.notFound}</em>`}</td></tr>`)}</tbody></table></section>
<section class="card"><h2>${P.sections(doc.sections.length)}</h2><ol class="sections">${doc.sections.map((s) => html`<li><strong>${s.id}</strong> ${s.heading}</li>`)}</ol></section>
<section class="card"><h2>${P.facts(doc.facts.length)}</h2><ul>${[...factTypes].map(([type, n]) => html`<li>${P.factType(type)}: ${n}</li>`)}</ul></section>
${actions}
<p><a href="${PREFIX}/tai-lieu">${P.back}</a></p>`,
      notice,
    )
  }

  scope.get('/tai-lieu', { config: { consoleRole: 'viewer' } }, async (req, reply) => listPage(req, reply))

  scope.post('/tai-lieu', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const file = uploadedFile(req.body, 'file')
    if (!file) return listPage(req, reply, { kind: 'error', text: P.noFile }, 400)
    const { options, error } = readScope(req.body)
    if (error) return listPage(req, reply, { kind: 'error', text: error }, 400)
    const result = await library.upload(file, options, req.consoleUser!.name)
    if (isDocumentError(result)) return listPage(req, reply, { kind: 'error', text: `${file.fileName}: ${result.error}` }, 400)
    await audit.record({ actor: req.consoleUser!.name, action: 'document.upload', target: result.id, details: { fileName: file.fileName, bytes: file.data.length } })
    return reply.redirect(`${PREFIX}/tai-lieu/${encodeURIComponent(result.id)}`, 303)
  })

  scope.get('/tai-lieu/:id', { config: { consoleRole: 'viewer' } }, async (req, reply) => {
    const doc = await library.preview((req.params as { id: string }).id)
    if (!doc) return reply.callNotFound()
    return sendPage(reply, previewPage(pageContext(req, reply), doc, req.consoleUser!.role))
  })

  scope.post('/tai-lieu/:id/cong-bo', { config: { consoleRole: 'approver' } }, async (req, reply) => {
    const id = (req.params as { id: string }).id
    const doc = await library.preview(id)
    if (!doc) return reply.callNotFound()
    const { options, error } = readScope(req.body)
    if (error) return sendPage(reply, previewPage(pageContext(req, reply), doc, req.consoleUser!.role, { kind: 'error', text: error }), 400)
    const result = await library.publish(id, options, req.consoleUser!.name)
    if (isDocumentError(result)) return sendPage(reply, previewPage(pageContext(req, reply), doc, req.consoleUser!.role, { kind: 'error', text: result.error }), 400)
    await audit.record({ actor: req.consoleUser!.name, action: 'document.publish', target: id, details: options })
    return sendPage(reply, previewPage(pageContext(req, reply), result, req.consoleUser!.role, { kind: 'ok', text: P.published }))
  })

  scope.post('/tai-lieu/:id/go-bo', { config: { consoleRole: 'approver' } }, async (req, reply) => {
    const id = (req.params as { id: string }).id
    const result = await library.unpublish(id, req.consoleUser!.name)
    if (isDocumentError(result)) return listPage(req, reply, { kind: 'error', text: result.error }, 400)
    await audit.record({ actor: req.consoleUser!.name, action: 'document.unpublish', target: id })
    return sendPage(reply, previewPage(pageContext(req, reply), result, req.consoleUser!.role, { kind: 'ok', text: P.unpublished }))
  })
}
