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
  /** Which X-Forwarded-For hops to believe (TRUST_PROXY); false: the socket's address is the client. */
  trustProxy?: false | number | string[]
}

export const BODY_LIMIT = 64 * 1024

/** The Fastify instance with health routes, limits and the error boundary; channels add routes. */
export async function buildServer({ log, ready, publicRateLimit = 30, trustProxy = false }: ServerDependencies): Promise<FastifyInstance> {
  // Fastify's own request lines carry the client's address and the raw URL: replaced by a line
  // with the route pattern, status and time only (never a citizen's IP).
  // A hop count trusts that many proxies in front (Fastify's typings lack the number form).
  const trust = typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy
  const server = Fastify({ loggerInstance: log as FastifyBaseLogger, bodyLimit: BODY_LIMIT, trustProxy: trust, disableRequestLogging: true })
  server.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, route: req.routeOptions.url ?? '(no route)', statusCode: reply.statusCode, responseTimeMs: Math.round(reply.elapsedTime) }, 'request completed')
  })
  registerErrorHandler(server)
  await server.register(rateLimit, { global: false, max: publicRateLimit, timeWindow: '1 minute' })
  server.get('/healthz', async () => ({ ok: true }))
  server.get('/readyz', async (_req, reply) => ((await ready()) ? { ready: true } : reply.code(503).send({ ready: false })))
  return server
}
