/**
 * `npm run zalo:sync-followers [-- --topic thang-hanh-dong]`: imports the Zalo OA's existing
 * followers as subscribers of a topic (default: the Action Month messages). Known chats keep
 * the subscriptions their users chose. Safe to run again.
 */
import { parseArgs } from 'node:util'
import { loadConfig } from '../../config/load-config.js'
import { loadGlossary } from '../../content/load-content.js'
import { TOPICS, type Topic } from '../../core/ports.js'
import { createStores } from '../../storage/create-stores.js'
import { createZaloOaClient } from '../zalo-oa/create-zalo-oa-client.js'
import { syncFollowers } from '../zalo-oa/sync-followers.js'

const { values } = parseArgs({ options: { topic: { type: 'string', default: 'thang-hanh-dong' } } })
if (!(TOPICS as readonly string[]).includes(values.topic!)) {
  console.error(`--topic must be one of ${TOPICS.join(', ')}`)
  process.exit(2)
}
const config = loadConfig(process.env)
const stores = await createStores({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, glossary: await loadGlossary(config.CONTENT_DIR) })
const client = createZaloOaClient(config, stores.tokens)
if (!client) {
  console.error('Zalo OA is not configured: set ZALO_OA_APP_ID, ZALO_OA_SECRET_KEY, ZALO_OA_ACCESS_TOKEN and ZALO_OA_REFRESH_TOKEN.')
  await stores.close()
  process.exit(2)
}
try {
  const r = await syncFollowers({ client, states: stores.states, topic: values.topic as Topic, now: () => new Date() })
  console.log(`Zalo OA followers: ${r.total}; reached ${r.reached}; newly subscribed to ${values.topic}: ${r.subscribed}; already known: ${r.known}.`)
  if (r.segments.length) console.log(`The list is longer than user/getlist can page (offset ≤ 9951); segments used: ${r.segments.join(', ')}.`)
  if (r.reached < r.total) console.log(`⚠ ${r.total - r.reached} followers are in no segment: tag them in the OA console (or wait for their follow/message) to reach them.`)
} catch (error) {
  console.error(`✘ ${(error as Error).message}`)
  process.exitCode = 1
} finally {
  await stores.close()
}
