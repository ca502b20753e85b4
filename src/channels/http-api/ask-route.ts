import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Assistant } from '../../core/answers/assistant.js'

const askBody = z.object({
  question: z.string().max(2000, 'question is longer than 2,000 characters'),
  province: z.string().max(100).optional(),
  agency: z.string().max(200).optional(),
})
const nearbyBody = z.object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })

/**
 * Public JSON API used by the web chat: POST /api/ask {question, province?} → Reply, and
 * POST /api/nearby {latitude, longitude} → Reply. Nothing about the asker is stored.
 */
export function registerAskRoutes(app: FastifyInstance, deps: { assistant: () => Assistant; now: () => Date }): void {
  const limited = { config: { rateLimit: {} } }
  app.post('/api/ask', limited, async (req, reply) => {
    const parsed = askBody.safeParse(req.body)
    if (!parsed.success) return reply.code(400).send({ error: 'invalid request', issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) })
    const { question, province, agency } = parsed.data
    return deps.assistant().ask(question, { province: province ?? null, agency: agency ?? null, now: deps.now() })
  })
  app.post('/api/nearby', limited, async (req, reply) => {
    const parsed = nearbyBody.safeParse(req.body)
    if (!parsed.success) return reply.code(400).send({ error: 'invalid request', issues: parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`) })
    return deps.assistant().nearby(parsed.data.latitude, parsed.data.longitude)
  })
}
