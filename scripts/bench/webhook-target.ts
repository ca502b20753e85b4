/**
 * Child process for the webhook benchmark: starts either the full app with a Telegram webhook
 * (and a fake Telegram API in its own process-local server) or a bare Fastify route, then prints
 * its port. Kept apart from autocannon so the load generator does not share this event loop.
 */
import Fastify from 'fastify'
import { buildApp } from '../../src/build-app.js'
import { loadConfig } from '../../src/config/load-config.js'
import { createLogger } from '../../src/logging/create-logger.js'
import { FakeTelegramApi } from '../../tests/fakes/fake-telegram-api.js'

const mode = process.argv[2]
if (mode === 'bare') {
  const app = Fastify()
  app.post('/webhooks/telegram', async (_req, reply) => reply.code(200).send())
  await app.listen({ port: 0, host: '127.0.0.1' })
  console.log(JSON.stringify({ port: (app.server.address() as { port: number }).port }))
} else {
  const fake = new FakeTelegramApi()
  await fake.start()
  // The fake keeps every call for tests; a benchmark only needs the answers.
  fake.calls.push = () => 0
  const config = loadConfig({ CONTENT_DIR: 'content', LOG_LEVEL: 'warn', TELEGRAM_BOT_TOKEN: '123:bench', TELEGRAM_WEBHOOK_SECRET: 'bench_secret', TELEGRAM_API_ROOT: fake.url })
  const app = await buildApp({ config, log: createLogger('warn') })
  await app.server.listen({ port: 0, host: '127.0.0.1' })
  console.log(JSON.stringify({ port: (app.server.server.address() as { port: number }).port }))
}
