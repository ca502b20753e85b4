/**
 * `npm run broadcast -- --campaign <file> --dry-run`: validates a campaign file and shows what
 * would be sent, to whom (recipients by platform, from the store) and when (Vietnam time).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import { loadProcessConfig } from '../../config/load-config.js'
import { loadGlossary } from '../../content/load-content.js'
import { formatCampaignError, parseCampaign } from '../../content/load-campaigns.js'
import { scheduleOf } from '../../core/broadcasts/campaign.js'
import { createStores } from '../../storage/create-stores.js'

const { values } = parseArgs({ options: { campaign: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } } })
if (!values.campaign) {
  console.error('usage: npm run broadcast -- --campaign content/campaigns/<file>.yaml --dry-run')
  process.exit(2)
}
if (!values['dry-run']) {
  console.error('Only --dry-run is supported here: campaigns are sent by the running server at their time; ad-hoc broadcasts go through POST /admin/broadcasts.')
  process.exit(2)
}
const config = loadProcessConfig()
const { campaign, errors } = parseCampaign(await readFile(values.campaign, 'utf8'), path.basename(values.campaign))
if (!campaign) {
  for (const e of errors) console.error(`✘ ${formatCampaignError(e)}`)
  process.exit(1)
}
const stores = await createStores({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, glossary: await loadGlossary(config.CONTENT_DIR) })
const year = Number(campaign.period.from.slice(0, 4))
console.log(`${campaign.name} (${campaign.period.from} → ${campaign.period.to}${campaign.repeat === 'yearly' ? ', every year' : ''}), topic ${campaign.topic}\n`)
for (const m of scheduleOf(campaign, year, year)) {
  const recipients = await stores.broadcasts.preview(m.audience)
  const total = Object.values(recipients).reduce((a, b) => a + b, 0)
  const when = format(new TZDate(m.sendAt, 'Asia/Ho_Chi_Minh'), 'dd/MM/yyyy HH:mm')
  const who = [m.audience.province, m.audience.agency, m.audience.role].filter(Boolean).join(', ') || 'tất cả người đăng ký'
  console.log(`▶ ${when} (giờ Việt Nam) · ${m.messageId} · ${who} · ${total} người nhận ${JSON.stringify(recipients)}`)
  console.log(`  ${m.text.replace(/\n/g, '\n  ')}\n`)
}
console.log('Dry run: nothing was sent.')
await stores.close()
