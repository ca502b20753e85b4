import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { MAX_BROADCAST_TEXT, type Audience } from '../../core/broadcasts/broadcast.js'
import { BROADCAST_TRANSITIONS, changeBroadcast, type BroadcastAction } from '../../core/broadcasts/broadcast-lifecycle.js'
import { AppError } from '../../core/errors.js'
import { TOPICS } from '../../core/ports.js'
import type { Stores } from '../../storage/create-stores.js'
import { subscriberStats } from '../../storage/repositories/chat-repository.js'
import { safeEqual } from '../safe-equal.js'

const createBody = z.object({
  text: z.string().trim().min(1).max(MAX_BROADCAST_TEXT),
  audience: z
    .object({
      platforms: z.array(z.enum(['telegram', 'zalo-oa', 'zalo-bot'])).min(1).optional(),
      province: z.string().min(2).optional(),
      agency: z.string().min(2).optional(),
      topic: z.enum(TOPICS).optional(),
      role: z.enum(['officials', 'citizens']).optional(),
    })
    .strict()
    .default({}),
})
const idParam = z.object({ id: z.coerce.number().int().positive() })

/**
 * /admin: ad-hoc broadcasts (create, preview, start, pause, resume, cancel, report) and
 * subscriber statistics. Bearer token compared in constant time; without ADMIN_TOKEN the routes
 * do not exist. Every action goes to the audit log.
 */
export function registerAdminRoutes(app: FastifyInstance, deps: { token: string; stores: Stores; now: () => Date }): void {
  const { broadcasts, audit } = deps.stores
  void app.register(
    async (admin) => {
      admin.addHook('onRequest', async (req, reply) => {
        const header = req.headers.authorization ?? ''
        const token = header.startsWith('Bearer ') ? header.slice(7) : ''
        if (!safeEqual(token, deps.token)) return reply.code(401).send({ error: 'unauthorized' })
      })
      const actor = (req: FastifyRequest) => `admin@${req.ip}`

      admin.post('/broadcasts', async (req, reply) => {
        const parsed = createBody.safeParse(req.body)
        if (!parsed.success) return reply.code(400).send({ error: 'invalid broadcast', issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) })
        const { id } = await broadcasts.create({ text: parsed.data.text, audience: parsed.data.audience as Audience, createdBy: actor(req) })
        await audit.record({ actor: actor(req), action: 'broadcast.create', target: id, details: { audience: parsed.data.audience, length: parsed.data.text.length } })
        return reply.code(201).send({ id })
      })

      admin.get('/broadcasts/:id/preview', async (req) => {
        const broadcast = await findBroadcast(req)
        const recipients = await broadcasts.preview(broadcast.audience)
        await audit.record({ actor: actor(req), action: 'broadcast.preview', target: broadcast.id })
        return { id: broadcast.id, status: broadcast.status, text: broadcast.text, recipients, total: Object.values(recipients).reduce((a, b) => a + b, 0) }
      })

      for (const action of Object.keys(BROADCAST_TRANSITIONS) as BroadcastAction[]) {
        admin.post(`/broadcasts/:id/${action}`, async (req) => {
          const parsed = idParam.safeParse(req.params)
          const result = parsed.success ? await changeBroadcast(broadcasts, parsed.data.id, action, deps.now()) : ({ ok: false, reason: 'not-found' } as const)
          if (!result.ok && result.reason === 'not-found') throw new AppError('BROADCAST_NOT_FOUND', 'no such broadcast')
          if (!result.ok) throw new AppError('BROADCAST_TRANSITION', `cannot ${action} a broadcast that is ${result.status}`)
          await audit.record({ actor: actor(req), action: `broadcast.${action}`, target: parsed.data!.id, ...(result.enqueued !== undefined ? { details: { enqueued: result.enqueued } } : {}) })
          return result.report
        })
      }

      admin.get('/broadcasts/:id', async (req) => {
        const parsed = idParam.safeParse(req.params)
        const report = parsed.success ? await broadcasts.report(parsed.data.id) : null
        if (!report) throw new AppError('BROADCAST_NOT_FOUND', 'no such broadcast')
        await audit.record({ actor: actor(req), action: 'broadcast.report', target: report.id })
        return report
      })

      admin.get('/subscribers/stats', async (req) => {
        await audit.record({ actor: actor(req), action: 'subscribers.stats' })
        const rows = await subscriberStats(deps.stores.database.db)
        return { total: rows.reduce((n, r) => n + r.subscribers, 0), byProvinceAndTopic: rows }
      })

      async function findBroadcast(req: FastifyRequest) {
        const parsed = idParam.safeParse(req.params)
        const broadcast = parsed.success ? await broadcasts.get(parsed.data.id) : null
        if (!broadcast) throw new AppError('BROADCAST_NOT_FOUND', 'no such broadcast')
        return broadcast
      }
    },
    { prefix: '/admin' },
  )
}
