/**
 * A real bot process for the crash test of incoming updates: the app on the SQLite file given,
 * Telegram at the API root given, listening on a free port (printed), until it is killed.
 */
import { buildApp } from '../../src/build-app.js'
import { loadConfig } from '../../src/config/load-config.js'
import { createLogger } from '../../src/logging/create-logger.js'
import { CONTENT_DIR } from './load-test-content.js'
import { TELEGRAM_SECRET, TELEGRAM_TOKEN } from './test-app.js'

const [file, apiRoot] = process.argv.slice(2)
const config = loadConfig({ CONTENT_DIR, LOG_LEVEL: 'silent', NOW: '2026-11-24', DATABASE_URL: `sqlite:${file}`, TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: apiRoot! })
const app = await buildApp({ config, log: createLogger('silent'), updateLeaseMs: 500 })
const address = await app.server.listen({ port: 0, host: '127.0.0.1' })
console.log(`listening ${address}`)
