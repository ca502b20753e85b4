/**
 * The only file that reads process.env, listens, and handles signals.
 * `npm start` with no configuration serves the public API and the web chat on PORT (3000).
 */
import { loadProcessConfig } from './config/load-config.js'
import { buildApp } from './build-app.js'
import { createLogger } from './logging/create-logger.js'
import { runPolling } from './channels/telegram/run-polling.js'

const config = loadProcessConfig()
const log = createLogger(config.LOG_LEVEL)

try {
  const app = await buildApp({ config, log })
  await app.server.listen({ port: config.PORT, host: config.HOST })
  // The pid is on every log line: `kill -HUP <pid>` reloads content/, `kill -TERM <pid>` stops.
  log.info({ port: config.PORT }, `bdg-bot ready: http://localhost:${config.PORT}/ (pid ${process.pid})`)
  const polling = new AbortController()
  if (app.telegram && config.TELEGRAM_POLLING) {
    // Local development without a public URL. A Telegram outage is logged and retried, never fatal.
    void runPolling(app.telegram, { log: log.child({ channel: 'telegram' }), signal: polling.signal })
  }
  app.startBackground()
  // `kill -HUP <pid>` after editing content/: plans, glossary, directory and campaigns reload
  // without a restart; a file that now fails keeps its last good version.
  process.on('SIGHUP', () => void app.reloadContent().catch((error: Error) => log.error({ err: error }, 'content reload failed')))
  const shutdown = async (signal: string) => {
    log.info({ signal }, 'shutting down')
    polling.abort()
    if (app.telegram && config.TELEGRAM_POLLING) {
      try {
        app.telegram.stop(signal)
      } catch {
        // Not polling at this moment (waiting to retry): nothing to stop.
      }
    }
    await app.close()
    process.exit(0)
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  process.once('SIGINT', () => void shutdown('SIGINT'))
} catch (error) {
  log.fatal({ err: error }, 'failed to start')
  process.exit(1)
}
