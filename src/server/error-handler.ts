import type { FastifyError, FastifyInstance } from 'fastify'

/**
 * One error boundary for HTTP: bad input is the caller's 4xx with a short reason (malformed
 * JSON and unsupported content types are both 400, oversized bodies 413); anything else is a
 * 500 that is logged without the request body.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: 'body too large' })
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(400).send({ error: 'unsupported content type: send application/json' })
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) return reply.code(400).send({ error: 'malformed JSON body' })
    const status = error.statusCode ?? 500
    if (status === 429) return reply.code(429).send({ error: 'too many requests' })
    if (status < 500) return reply.code(status).send({ error: error.message })
    req.log.error({ err: { message: error.message, code: error.code } }, 'request failed')
    return reply.code(500).send({ error: 'internal error' })
  })
}
