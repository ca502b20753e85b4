/**
 * A real sender process for the crash test: opens the SQLite store given on the command line and
 * drains the outbox to the Telegram API root given, until it is killed.
 */
import { TelegramMessenger } from '../../src/channels/telegram/telegram-messenger.js'
import { runSender } from '../../src/core/broadcasts/run-sender.js'
import { createStores } from '../../src/storage/create-stores.js'
import { loadGlossary } from '../../src/content/load-content.js'

const [file, apiRoot] = process.argv.slice(2)
const glossary = await loadGlossary(new URL('../../content', import.meta.url).pathname)
const stores = await createStores({ databaseUrl: `sqlite:${file}`, dataDir: '.', glossary })
const log = { info: () => {}, warn: () => {}, error: (o: object, m: string) => console.error(m, o) }
console.log('sender ready')
await runSender({ store: stores.broadcasts, messengers: { telegram: new TelegramMessenger({ token: '1:crash', apiRoot: apiRoot! }) }, log, limits: { telegram: { perSecond: 300, privateGapMs: 0, groupGapMs: 0 } }, idleMs: 20, leaseMs: 2_000 }, new AbortController().signal)
