import type { FastifyError, FastifyInstance } from 'fastify'
import { ERROR_MESSAGES } from '../core/error-messages.vi.js'
import { AppError } from '../core/errors.js'
import { ERROR_STATUS } from './error-status.js'

/**
 * One error boundary for HTTP: bad input is the caller's 4xx with a short reason (malformed
 * JSON and unsupported content types are both 400, oversized bodies 413); an AppError gets the
 * status of its code (error-status.ts) with its message; anything else is a 500 that is logged
 * without the request body.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, req, reply) => {
    if (error instanceof AppError) {
      const status = ERROR_STATUS[error.code]
      if (status >= 500) req.log.error({ err: error }, 'request failed')
      // 5xx: the code and its general message only; the details stay in the (redacted) log.
      return reply.code(status).send({ error: status >= 500 ? ERROR_MESSAGES[error.code] : error.message, code: error.code, message: ERROR_MESSAGES[error.code] })
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return reply.code(413).send({ error: 'body too large' })
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return reply.code(400).send({ error: 'unsupported content type: send application/json' })
    if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) return reply.code(400).send({ error: 'malformed JSON body' })
    const status = error.statusCode ?? 500
    if (status === 429) return reply.code(429).send({ error: 'too many requests' })
    if (status < 500) return reply.code(status).send({ error: error.message })
    req.log.error({ err: error }, 'request failed')
    return reply.code(500).send({ error: 'internal error' })
  })
}
