import { stringify } from 'csv-stringify/sync'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { PLACE_TYPES, placeSchema, type Place } from '../../core/directory/place.js'
import { parseCoordinates } from '../../core/directory/parse-coordinates.js'
import { T } from './console-messages.vi.js'
import { PLACE_COLUMNS, previewImport, type ImportPreview } from './directory-import.js'
import { html, type SafeHtml } from './html.js'
import { PREFIX, csrfField, page, sendPage, type PageContext } from './layout.js'
import { pageContext, type ConsoleDependencies } from './register-console.js'
import { uploadedFile } from './uploaded-file.js'
import { hasRole } from './roles.js'

const D = T.directory

/** The place form's fields as strings, the way the CSV and the form both carry them. */
type PlaceFields = Partial<Record<(typeof PLACE_COLUMNS)[number] | 'coordinates', string>>

const toFields = (p: Place): PlaceFields => ({ ...Object.fromEntries(PLACE_COLUMNS.map((c) => [c, p[c] === null ? '' : String(p[c])])), coordinates: p.latitude !== null ? `${p.latitude}, ${p.longitude}` : '' })

/** Directory pages: list, add, edit (validated), CSV import with a preview before applying, CSV export. */
export function registerDirectoryRoutes(scope: FastifyInstance, deps: ConsoleDependencies): void {
  const { audit } = deps.stores

  scope.get('/danh-ba', { config: { consoleRole: 'viewer' } }, async (req, reply) => listPage(req, reply))

  function listPage(req: FastifyRequest, reply: FastifyReply, notice: { kind: 'ok' | 'error'; text: string } | null = null) {
    const ctx = pageContext(req, reply)
    const places = [...deps.directory.places()].sort((a, b) => a.province.localeCompare(b.province, 'vi') || a.name.localeCompare(b.name, 'vi'))
    const canEdit = hasRole(req.consoleUser!.role, 'editor')
    const body = html`<p>${canEdit ? html`<a class="button" href="${PREFIX}/danh-ba/moi">${D.add}</a> ` : ''}<a href="${PREFIX}/danh-ba/xuat.csv">${D.export}</a></p>
<div class="scroll"><table><thead><tr><th scope="col">${D.fields.name}</th><th scope="col">${D.fields.type}</th><th scope="col">${D.fields.province}</th><th scope="col">${D.fields.phone}</th><th scope="col">${D.fields.verified_on}</th></tr></thead><tbody>
${places.map((p) => html`<tr><td>${canEdit ? html`<a href="${PREFIX}/danh-ba/${p.id}">${p.name}</a>` : p.name}</td><td>${p.type}</td><td>${p.province}</td><td>${p.phone ?? ''}</td><td>${p.verified_on ?? D.unverified}</td></tr>`)}
</tbody></table></div>
${
  canEdit
    ? html`<form method="post" action="${PREFIX}/danh-ba/nhap" enctype="multipart/form-data" class="card">${csrfField(ctx)}<h2>${D.importTitle}</h2><p class="hint">${D.importHint}</p>
<label for="file">${D.file}</label><input id="file" name="file" type="file" accept=".csv,text/csv" required><button type="submit">${D.previewImport}</button></form>`
    : ''
}`
    return sendPage(reply, page(ctx, D.title, body, notice))
  }

  function formPage(ctx: PageContext, fields: PlaceFields, isNew: boolean, errors: string[] = []) {
    const glossary = deps.glossary()
    const provinces = glossary.provinces.filter((p) => p.now === p.name).sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    const oldProvinces = [...glossary.provinces].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
    const text = (name: keyof PlaceFields, extra: SafeHtml = html``) => html`<label for="${name}">${D.fields[name]}</label><input id="${name}" name="${name}" value="${fields[name] ?? ''}"${extra}>`
    return page(
      ctx,
      isNew ? D.add : `${D.edit}: ${fields.name ?? ''}`,
      html`<form method="post" action="${PREFIX}/danh-ba" class="card">${csrfField(ctx)}
${isNew ? text('id', html` required pattern="[a-z0-9-]+" aria-describedby="id-hint"`) : html`<input type="hidden" name="id" value="${fields.id}">`}
${isNew ? html`<p id="id-hint" class="hint">${D.idHint}</p>` : ''}
${text('name', html` required`)}
<label for="type">${D.fields.type}</label><select id="type" name="type">${PLACE_TYPES.map((t) => html`<option${t === fields.type ? html` selected` : ''}>${t}</option>`)}</select>
<label for="province">${D.fields.province}</label><select id="province" name="province">${provinces.map((p) => html`<option${p.name === fields.province ? html` selected` : ''}>${p.name}</option>`)}</select>
<label for="province_old">${D.fields.province_old}</label><select id="province_old" name="province_old"><option value=""></option>${oldProvinces.map((p) => html`<option${p.name === fields.province_old ? html` selected` : ''}>${p.name}</option>`)}</select>
${text('district_old')}${text('commune_old')}${text('commune_new')}${text('address')}
${text('phone', html` inputmode="tel"`)}${text('hours')}${text('services')}
${text('coordinates', html` aria-describedby="coordinates-hint"`)}<p id="coordinates-hint" class="hint">${D.coordinatesHint}</p>
${text('source')}
<label for="verified_on">${D.fields.verified_on}</label><input id="verified_on" name="verified_on" type="date" value="${fields.verified_on ?? ''}">
<button type="submit">${T.people.save}</button></form>`,
      errors.length ? { kind: 'error', text: errors.join(' ') } : null,
    )
  }

  scope.get('/danh-ba/moi', { config: { consoleRole: 'editor' } }, async (req, reply) => sendPage(reply, formPage(pageContext(req, reply), {}, true)))

  scope.get('/danh-ba/:id', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const place = deps.directory.places().find((p) => p.id === (req.params as { id: string }).id)
    if (!place) return reply.callNotFound()
    return sendPage(reply, formPage(pageContext(req, reply), toFields(place), false))
  })

  scope.post('/danh-ba', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const fields = (req.body ?? {}) as PlaceFields
    const errors: string[] = []
    const coordinates = fields.coordinates?.trim() ? parseCoordinates(fields.coordinates) : null
    if (fields.coordinates?.trim() && !coordinates) errors.push(D.badCoordinates)
    if (fields.province && !deps.glossary().province(fields.province)) errors.push(`${D.fields.province}: "${fields.province}"?`)
    const parsed = placeSchema.safeParse({ ...Object.fromEntries(PLACE_COLUMNS.map((c) => [c, fields[c] ?? ''])), latitude: coordinates ? String(coordinates.latitude) : '', longitude: coordinates ? String(coordinates.longitude) : '' })
    if (!parsed.success) errors.push(...parsed.error.issues.map((i) => `${D.fields[String(i.path[0])] ?? String(i.path[0])}: ${D.rules[String(i.path[0])] ?? i.message}.`))
    const isNew = !deps.directory.places().some((p) => p.id === fields.id)
    if (errors.length || !parsed.success) return sendPage(reply, formPage(pageContext(req, reply), fields, isNew, errors), 400)
    await deps.directory.save([parsed.data], req.consoleUser!.name)
    await audit.record({ actor: req.consoleUser!.name, action: isNew ? 'directory.add' : 'directory.edit', target: parsed.data.id })
    return listPage(req, reply, { kind: 'ok', text: T.saved })
  })

  function importPreviewPage(ctx: PageContext, preview: ImportPreview, csv: string, fileName: string) {
    const row = (p: Place, cls: string, note = '') => html`<tr class="${cls}"><td>${p.id}</td><td>${p.name}</td><td>${p.province}</td><td>${note}</td></tr>`
    const changes = preview.added.length + preview.changed.length
    return page(
      ctx,
      `${D.importTitle}: ${fileName}`,
      html`<ul class="summary"><li>${D.added}: <strong class="count-added">${preview.added.length}</strong></li><li>${D.changed}: <strong class="count-changed">${preview.changed.length}</strong></li><li>${D.unchanged}: <strong class="count-unchanged">${preview.unchanged.length}</strong></li><li>${D.rejected}: <strong class="count-rejected">${preview.rejected.length}</strong></li></ul>
${preview.rejected.length ? html`<h2>${D.rejected}</h2><ul class="rejected-rows">${preview.rejected.map((e) => html`<li>${D.rowError(e.row, e.column, D.rules[e.column] ?? e.message)}</li>`)}</ul>` : ''}
<div class="scroll"><table><thead><tr><th scope="col">${D.fields.id}</th><th scope="col">${D.fields.name}</th><th scope="col">${D.fields.province}</th><th scope="col">${D.change}</th></tr></thead><tbody>
${preview.added.map((p) => row(p, 'added', D.added))}${preview.changed.map((c) => row(c.place, 'changed', `${D.changed}: ${c.fields.join(', ')}`))}${preview.unchanged.map((p) => row(p, '', D.unchanged))}
</tbody></table></div>
${
  changes
    ? html`<form method="post" action="${PREFIX}/danh-ba/nhap/ap-dung" enctype="multipart/form-data">${csrfField(ctx)}<input type="hidden" name="csv" value="${csv}"><input type="hidden" name="file_name" value="${fileName}"><button type="submit">${D.apply(changes)}</button></form>`
    : html`<p>${D.nothingToApply}</p>`
}
<p><a href="${PREFIX}/danh-ba">${D.backToList}</a></p>`,
    )
  }

  scope.post('/danh-ba/nhap', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const file = uploadedFile(req.body, 'file')
    if (!file) return listPage(req, reply, { kind: 'error', text: D.noFile })
    const csv = file.data.toString('utf8')
    return sendPage(reply, importPreviewPage(pageContext(req, reply), previewImport(csv, file.fileName, deps.directory.places()), csv, file.fileName))
  })

  scope.post('/danh-ba/nhap/ap-dung', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const { csv, file_name: fileName } = (req.body ?? {}) as { csv?: unknown; file_name?: unknown }
    if (typeof csv !== 'string' || !csv) return listPage(req, reply, { kind: 'error', text: D.noFile })
    // Parsed again from the same text: exactly the previewed rows; rejected rows are left out, nothing is removed.
    const preview = previewImport(csv, typeof fileName === 'string' ? fileName : 'CSV', deps.directory.places())
    const places = [...preview.added, ...preview.changed.map((c) => c.place)]
    await deps.directory.save(places, req.consoleUser!.name)
    await audit.record({ actor: req.consoleUser!.name, action: 'directory.import', details: { added: preview.added.length, changed: preview.changed.length, rejected: preview.rejected.length } })
    return listPage(req, reply, { kind: 'ok', text: D.applied(preview.added.length, preview.changed.length, preview.rejected.length) })
  })

  scope.get('/danh-ba/xuat.csv', { config: { consoleRole: 'viewer' } }, async (_req, reply) => {
    const rows = deps.directory.places().map((p) => PLACE_COLUMNS.map((c) => (p[c] === null ? '' : String(p[c]))))
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="danh-ba.csv"')
      .send(`\uFEFF${stringify([[...PLACE_COLUMNS], ...rows])}`)
  })
}
