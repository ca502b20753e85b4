import { Writable } from 'node:stream'
import { buildApp, type App, type AppDependencies } from '../../src/build-app.js'
import type { Stores } from '../../src/storage/create-stores.js'
import { loadConfig } from '../../src/config/load-config.js'
import { createLogger } from '../../src/logging/create-logger.js'
import { CONTENT_DIR } from './load-test-content.js'

export const TELEGRAM_TOKEN = '123456:TEST-token_abc'
export const TELEGRAM_SECRET = 'test-secret_123'

/** Captures every log line so tests can assert what never reaches the logs. */
export class LogCapture extends Writable {
  readonly lines: string[] = []
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
    done()
  }
  get text(): string {
    return this.lines.join('\n')
  }
}

export async function testApp(env: Record<string, string> = {}, stores?: Stores, extra: Pick<AppDependencies, 'documents'> = {}): Promise<App & { logs: LogCapture }> {
  const logs = new LogCapture()
  const config = loadConfig({ CONTENT_DIR, LOG_LEVEL: 'debug', NOW: '2026-11-24', DATABASE_URL: 'sqlite::memory:', ...env })
  const app = await buildApp({ config, log: createLogger(config.LOG_LEVEL, logs), ...(stores ? { stores } : {}), ...extra })
  return Object.assign(app, { logs })
}

let updateId = 1000
export const nextUpdateId = () => ++updateId

export function textUpdate(text: string, chat: { id: number; type?: string } = { id: 42 }, extra: Record<string, unknown> = {}) {
  const type = chat.type ?? 'private'
  return {
    update_id: nextUpdateId(),
    message: { message_id: updateId, date: 1_700_000_000, chat: { id: chat.id, type, ...(type === 'private' ? { first_name: 'A' } : { title: 'Nhóm' }) }, from: { id: 7, is_bot: false, first_name: 'A' }, text, ...extra },
  }
}
