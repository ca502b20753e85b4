import type { FastifyReply, FastifyRequest } from 'fastify'
import { safeEqual } from '../safe-equal.js'

/** onRequest hook of every /admin route: the bearer token, compared in constant time. */
export function adminAuth(token: string) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const header = req.headers.authorization ?? ''
    const given = header.startsWith('Bearer ') ? header.slice(7) : ''
    if (!safeEqual(given, token)) return reply.code(401).send({ error: 'unauthorized' })
  }
}
