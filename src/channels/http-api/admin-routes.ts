import swagger from '@fastify/swagger'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { MAX_BROADCAST_TEXT, type Audience } from '../../core/broadcasts/broadcast.js'
import { BROADCAST_TRANSITIONS, changeBroadcast, type BroadcastAction } from '../../core/broadcasts/broadcast-lifecycle.js'
import { planFromStore, type PlannerRules } from '../../core/broadcasts/campaign-planner.js'
import { AppError } from '../../core/errors.js'
import { TOPICS } from '../../core/ports.js'
import type { Stores } from '../../storage/create-stores.js'
import { plannerStore } from '../../storage/planner-store.js'
import { subscriberStats } from '../../storage/repositories/chat-repository.js'
import { adminAuth } from './admin-auth.js'

const createBody = z.object({
  text: z.string().trim().min(1).max(MAX_BROADCAST_TEXT),
  audience: z
    .object({
      platforms: z
        .array(z.enum(['telegram', 'zalo-oa', 'zalo-bot']))
        .min(1)
        .optional(),
      province: z.string().min(2).optional(),
      agency: z.string().min(2).optional(),
      topic: z.enum(TOPICS).optional(),
      role: z.enum(['officials', 'citizens']).optional(),
    })
    .strict()
    .default({}),
  /** The OA article (approved in the Zalo OA console) for followers outside the 7-day window. */
  zaloArticleId: z.string().trim().min(1).max(100).optional(),
})
const idParam = z.object({ id: z.coerce.number().int().positive() })

const ID_PARAM = { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] }
const doc = (summary: string, extra: Record<string, unknown> = {}) => ({ summary, tags: ['admin'], ...extra })

/**
 * /admin: ad-hoc broadcasts (create, preview, start, pause, resume, cancel, report) and
 * subscriber statistics, for automation. A personal API token (made in the console, acting with
 * its person's role and name) or the shared ADMIN_TOKEN (compared in constant time). With
 * neither configured nor any console account, the routes answer 404. Every action is audited.
 */
export function registerAdminRoutes(app: FastifyInstance, deps: { token?: string | undefined; stores: Stores; now: () => Date; planner: PlannerRules }): void {
  const { broadcasts, audit } = deps.stores
  void app.register(
    async (admin) => {
      // OpenAPI for automation at /admin/openapi.json. The route schemas are documentation only:
      // zod validates each body (same 400 answers as before), so Fastify's own validation is off here.
      await admin.register(swagger, {
        openapi: {
          info: { title: 'bdg-bot admin API', version: '1', description: 'Broadcasts and subscriber statistics. Authorization: Bearer <personal API token from the console (/quan-tri/tai-khoan)> or the shared ADMIN_TOKEN.' },
          components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
          security: [{ bearer: [] }],
        },
      })
      admin.setValidatorCompiler(() => () => true)
      const auth = adminAuth({ token: deps.token, users: deps.stores.users })
      admin.addHook('onRequest', auth.hook)
      const actor = auth.actor

      admin.get('/openapi.json', { schema: { hide: true } }, async () => admin.swagger())

      admin.post('/broadcasts', { schema: doc('Create a draft broadcast (editor)', { body: z.toJSONSchema(createBody, { io: 'input' }) }) }, async (req, reply) => {
        const parsed = createBody.safeParse(req.body)
        if (!parsed.success) return reply.code(400).send({ error: 'invalid broadcast', issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) })
        const { id } = await broadcasts.create({ text: parsed.data.text, audience: parsed.data.audience as Audience, createdBy: actor(req), ...(parsed.data.zaloArticleId ? { zaloArticleId: parsed.data.zaloArticleId } : {}) })
        await audit.record({ actor: actor(req), action: 'broadcast.create', target: id, details: { audience: parsed.data.audience, length: parsed.data.text.length } })
        return reply.code(201).send({ id })
      })

      admin.get('/broadcasts/:id/preview', { schema: doc('Recipients by platform, without sending', { params: ID_PARAM }) }, async (req) => {
        const broadcast = await findBroadcast(req)
        const recipients = await broadcasts.preview(broadcast.audience)
        // Who would receive it if started now, who later (caps, night) and who not and why (campaign-planner.ts).
        const plan = await planFromStore([{ id: String(broadcast.id), sendAt: deps.now(), kind: broadcast.kind, audience: broadcast.audience, ...(broadcast.zaloArticleId ? { zaloArticleId: broadcast.zaloArticleId } : {}) }], plannerStore(deps.stores), deps.planner)
        await audit.record({ actor: actor(req), action: 'broadcast.preview', target: broadcast.id })
        return { id: broadcast.id, status: broadcast.status, text: broadcast.text, recipients, total: Object.values(recipients).reduce((a, b) => a + b, 0), platforms: plan.messages[0]?.platforms ?? {}, ...(plan.messages[0]?.zaloArticle ? { zaloArticle: plan.messages[0].zaloArticle } : {}) }
      })

      for (const action of Object.keys(BROADCAST_TRANSITIONS) as BroadcastAction[]) {
        admin.post(`/broadcasts/:id/${action}`, { schema: doc(`${action[0]!.toUpperCase()}${action.slice(1)} a broadcast (approver)`, { params: ID_PARAM }) }, async (req) => {
          const parsed = idParam.safeParse(req.params)
          // Four eyes, as in the console: a person never starts a broadcast they composed themselves.
          if (action === 'start' && parsed.success && auth.isPerson(req) && (await broadcasts.get(parsed.data.id))?.createdBy === actor(req)) {
            throw new AppError('BROADCAST_FOUR_EYES', 'a different person must start a broadcast you created')
          }
          const result = parsed.success ? await changeBroadcast(broadcasts, parsed.data.id, action, deps.now()) : ({ ok: false, reason: 'not-found' } as const)
          if (!result.ok && result.reason === 'not-found') throw new AppError('BROADCAST_NOT_FOUND', 'no such broadcast')
          if (!result.ok) throw new AppError('BROADCAST_TRANSITION', `cannot ${action} a broadcast that is ${result.status}`)
          await audit.record({ actor: actor(req), action: `broadcast.${action}`, target: parsed.data!.id, ...(result.enqueued !== undefined ? { details: { enqueued: result.enqueued } } : {}) })
          return result.report
        })
      }

      admin.get('/broadcasts/:id', { schema: doc('Delivery report by status and reason', { params: ID_PARAM }) }, async (req) => {
        const parsed = idParam.safeParse(req.params)
        const report = parsed.success ? await broadcasts.report(parsed.data.id) : null
        if (!report) throw new AppError('BROADCAST_NOT_FOUND', 'no such broadcast')
        await audit.record({ actor: actor(req), action: 'broadcast.report', target: report.id })
        return report
      })

      admin.get('/subscribers/stats', { schema: doc('Active subscribers by province, topic and platform') }, async (req) => {
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
