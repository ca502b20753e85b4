/**
 * The fake Telegram API in its own process, enforcing a messages-per-second limit, so that pauses
 * in the sender's process cannot bunch up the arrival times the fake measures.
 */
import { FakeTelegramApi } from '../../tests/fakes/fake-telegram-api.js'

const fake = new FakeTelegramApi()
fake.limits = { perSecond: Number(process.argv[2] ?? 30) }
await fake.start()
fake.calls.push = () => 0
console.log(JSON.stringify({ url: fake.url }))
