import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import type { Logger } from 'pino'

export interface ServerDependencies {
  log: Logger
  ready: () => boolean
}

export async function buildServer({ log, ready }: ServerDependencies): Promise<FastifyInstance> {
  const server = Fastify({ loggerInstance: log as FastifyBaseLogger, bodyLimit: 64 * 1024 })
  server.get('/healthz', async () => ({ ok: true }))
  server.get('/readyz', async (_req, reply) => (ready() ? { ready: true } : reply.code(503).send({ ready: false })))
  return server
}
