import rateLimit from '@fastify/rate-limit'
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { registerErrorHandler } from './error-handler.js'

export interface ServerDependencies {
  log: Logger
  /** Ready when content is loaded and the store is reachable. */
  ready: () => Promise<boolean>
  /** Requests per minute per IP on the public API. */
  publicRateLimit?: number
}

export const BODY_LIMIT = 64 * 1024

/** The Fastify instance with health routes, limits and the error boundary; channels add routes. */
export async function buildServer({ log, ready, publicRateLimit = 30 }: ServerDependencies): Promise<FastifyInstance> {
  const server = Fastify({ loggerInstance: log as FastifyBaseLogger, bodyLimit: BODY_LIMIT, trustProxy: true })
  registerErrorHandler(server)
  await server.register(rateLimit, { global: false, max: publicRateLimit, timeWindow: '1 minute' })
  server.get('/healthz', async () => ({ ok: true }))
  server.get('/readyz', async (_req, reply) => ((await ready()) ? { ready: true } : reply.code(503).send({ ready: false })))
  return server
}
