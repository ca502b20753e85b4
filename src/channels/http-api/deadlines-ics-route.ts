import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import type { Assistant } from '../../core/answers/assistant.js'
import { deadlinesToIcs } from '../../core/knowledge-base/deadlines-ics.js'
import { datedDeadlines } from '../../core/knowledge-base/upcoming-deadlines.js'

const query = z.object({ province: z.string().trim().min(2).max(100), agency: z.string().trim().min(2).max(200).optional() })

/** GET /api/deadlines.ics?province=…&agency=… — a calendar officials can subscribe to. */
export function registerDeadlinesIcs(app: FastifyInstance, deps: { assistant: () => Assistant; now: () => Date }): void {
  app.get('/api/deadlines.ics', async (req, reply) => {
    const parsed = query.safeParse(req.query)
    if (!parsed.success) return reply.code(400).send({ error: 'province is required (e.g. ?province=An Giang)' })
    const { documents, glossary } = deps.assistant().knowledge
    const province = glossary.province(parsed.data.province)
    if (!province) return reply.code(404).send({ error: `unknown province "${parsed.data.province}"` })
    const deadlines = datedDeadlines(documents, glossary, { province: province.name, agency: parsed.data.agency ?? null })
    const name = `Hạn bình đẳng giới – ${province.name}${parsed.data.agency ? ` – ${parsed.data.agency}` : ''}`
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="han-binh-dang-gioi.ics"`)
      .send(deadlinesToIcs(deadlines, name, deps.now()))
  })
}
