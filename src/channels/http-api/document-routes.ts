import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { z } from 'zod'
import type { DocumentLibrary } from '../../content/documents/document-library.js'
import { describeDocumentError } from '../../content/documents/document-messages.vi.js'
import { DocumentError } from '../../core/errors.js'
import type { Stores } from '../../storage/create-stores.js'
import type { AuditRepository } from '../../storage/repositories/audit-repository.js'
import { adminAuth } from './admin-auth.js'

const supplied = z.object({ province: z.string().trim().min(2).max(80).optional(), year: z.coerce.number().int().min(1990).max(2100).optional() }).strict()
const idParam = z.object({ id: z.string().min(1).max(120) })

/**
 * /admin/documents: upload a plan (multipart field `file`, optional `province` and `year`) and
 * see what was understood, list, preview, publish and unpublish. Same authentication as the other
 * admin routes (personal API token or ADMIN_TOKEN); every action is audited. The workflow itself is DocumentLibrary's.
 */
export function registerDocumentRoutes(app: FastifyInstance, deps: { token?: string | undefined; users: Stores['users']; library: DocumentLibrary; audit: AuditRepository; maxBytes: number }): void {
  void app.register(
    async (admin) => {
      await admin.register(multipart, { limits: { fileSize: deps.maxBytes, files: 1, fields: 10, fieldSize: 1000 } })
      const auth = adminAuth({ token: deps.token, users: deps.users })
      admin.addHook('onRequest', auth.hook)
      const actor = auth.actor

      admin.post('/documents', async (req, reply) => {
        if (!req.isMultipart()) return reply.code(400).send({ error: 'no_file', message: 'Hãy gửi tệp trong trường "file" (multipart/form-data).' })
        let file: { name: string; bytes: Uint8Array } | null = null
        const fields: Record<string, string> = {}
        for await (const part of req.parts()) {
          if (part.type !== 'file') {
            fields[part.fieldname] = String(part.value)
            continue
          }
          // Only the base name is kept: a client may send a path ("C:\\Users\\…\\kh.docx").
          const name =
            part.filename
              .replace(/^.*[\\/]/, '')
              .trim()
              .slice(0, 200) || 'document'
          if (part.fieldname !== 'file' || file) {
            part.file.resume()
            continue
          }
          try {
            file = { name, bytes: new Uint8Array(await part.toBuffer()) }
          } catch (error) {
            if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') return sendError(reply, new DocumentError('DOCUMENT_TOO_LARGE', name, `larger than the limit of ${(deps.maxBytes / 1024 / 1024).toFixed(1)} MB`))
            throw error
          }
        }
        if (!file) return reply.code(400).send({ error: 'no_file', message: 'Không có tệp trong trường "file".' })
        const extra = supplied.safeParse({ ...(fields.province ? { province: fields.province } : {}), ...(fields.year ? { year: fields.year } : {}) })
        if (!extra.success) return reply.code(400).send({ error: 'invalid_field', message: `${file.name}: ${extra.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}` })
        try {
          const preview = await deps.library.upload(file.bytes, file.name, { ...dropUndefined(extra.data), actor: actor(req) })
          await deps.audit.record({ actor: actor(req), action: 'document.upload', target: preview.id, details: { fileName: file.name, size: file.bytes.length } })
          return reply.code(201).send(preview)
        } catch (error) {
          if (error instanceof DocumentError) return sendError(reply, error)
          throw error
        }
      })

      admin.get('/documents', async () => ({ documents: await deps.library.list() }))

      admin.get('/documents/:id', async (req, reply) => {
        const { id } = idParam.parse(req.params)
        const preview = await deps.library.preview(id)
        return preview ?? reply.code(404).send({ error: 'not_found', message: `Không có văn bản ${id}.` })
      })

      admin.post('/documents/:id/publish', async (req, reply) => {
        const { id } = idParam.parse(req.params)
        const body = supplied.safeParse(req.body ?? {})
        if (!body.success) return reply.code(400).send({ error: 'invalid_field', message: body.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') })
        try {
          const result = await deps.library.publish(id, dropUndefined(body.data))
          if (!result) return reply.code(404).send({ error: 'not_found', message: `Không có văn bản ${id} để đăng.` })
          await deps.audit.record({ actor: actor(req), action: 'document.publish', target: id, details: body.data })
          return result
        } catch (error) {
          if (error instanceof DocumentError) return sendError(reply, error)
          throw error
        }
      })

      admin.post('/documents/:id/unpublish', async (req, reply) => {
        const { id } = idParam.parse(req.params)
        const result = await deps.library.unpublish(id)
        if (!result) return reply.code(404).send({ error: 'not_found', message: `Không có văn bản ${id} để gỡ.` })
        await deps.audit.record({ actor: actor(req), action: 'document.unpublish', target: id })
        return result
      })
    },
    { prefix: '/admin' },
  )
}

function sendError(reply: FastifyReply, error: DocumentError) {
  const { status, body } = describeDocumentError(error)
  return reply.code(status).send(body)
}

function dropUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as never
}
