/**
 * `npm run user:add -- --name lan --role admin`: creates a console account (the first one turns
 * the console at /quan-tri on). The password is read from stdin with --password-stdin, otherwise
 * a strong one is generated and printed once. Roles: viewer, editor, approver, admin.
 */
import { randomBytes } from 'node:crypto'
import { text } from 'node:stream/consumers'
import { parseArgs } from 'node:util'
import { addUser } from '../console/add-user.js'
import { loadConfig } from '../../config/load-config.js'
import { loadGlossary } from '../../content/load-content.js'
import { createStores } from '../../storage/create-stores.js'

const { values } = parseArgs({ options: { name: { type: 'string' }, role: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } } })
if (!values.name || !values.role) {
  console.error('usage: npm run user:add -- --name <login> --role viewer|editor|approver|admin [--password-stdin]')
  process.exit(2)
}
const config = loadConfig(process.env)
const password = values['password-stdin'] ? (await text(process.stdin)).replace(/\r?\n$/, '') : randomBytes(15).toString('base64url')
const stores = await createStores({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, glossary: await loadGlossary(config.CONTENT_DIR) })
try {
  const result = await addUser(stores, { name: values.name, role: values.role, password }, 'cli')
  if (!result.ok) {
    for (const e of result.errors) console.error(`✘ ${e}`)
    process.exitCode = 1
  } else {
    console.log(`✔ account "${result.user.name}" (${result.user.role}) created. Sign in at /quan-tri/dang-nhap`)
    if (!values['password-stdin']) console.log(`  password (shown once; keep it somewhere safe): ${password}`)
  }
} finally {
  await stores.close()
}
