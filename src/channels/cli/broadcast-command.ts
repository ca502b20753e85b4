/**
 * `npm run broadcast -- --campaign <file> --dry-run [--json]`: validates a campaign file and shows
 * what would be sent, to whom (recipients by platform, from the store) and when (Vietnam time),
 * with the campaign planner's warnings (Zalo caps, two messages on a day, night) and, per message
 * and platform, who will receive it, who later and who not and why.
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
import { ConfigError } from '../../core/errors.js'
import { planFromStore } from '../../core/broadcasts/campaign-planner.js'
import { followerCaps, resolveCityCodes, zaloRouting } from '../../config/zalo-rules-config.js'
import { createStores } from '../../storage/create-stores.js'
import { plannerStore } from '../../storage/planner-store.js'
import { articleTargetLine } from './campaign-plan-messages.vi.js'
import { formatPlatformPlan } from './format-campaign-plan.js'

const { values } = parseArgs({ options: { campaign: { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } })
if (!values.campaign) {
  console.error('usage: npm run broadcast -- --campaign content/campaigns/<file>.yaml --dry-run')
  process.exit(2)
}
if (!values['dry-run']) {
  console.error('Only --dry-run is supported here: campaigns are sent by the running server at their time; ad-hoc broadcasts go through POST /admin/broadcasts.')
  process.exit(2)
}
const config = orExit(loadProcessConfig)
const { campaign, errors } = parseCampaign(await readFile(values.campaign, 'utf8'), path.basename(values.campaign))
if (!campaign) {
  for (const e of errors) console.error(`✘ ${formatCampaignError(e)}`)
  process.exit(1)
}
const glossary = await loadGlossary(config.CONTENT_DIR)
const cityCodes = orExit(() => resolveCityCodes(config.ZALO_OA_CITY_CODES, glossary))
const stores = await createStores({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, glossary })
const year = Number(campaign.period.from.slice(0, 4))
const schedule = scheduleOf(campaign, year, year)
const plan = await planFromStore(
  schedule.map((m) => ({ id: m.messageId, sendAt: m.sendAt, kind: 'campaign' as const, audience: m.audience, ...(m.zaloArticleId ? { zaloArticleId: m.zaloArticleId } : {}) })),
  plannerStore(stores),
  { routing: zaloRouting(config), caps: followerCaps(config), cityCodes },
)
if (values.json) {
  console.log(JSON.stringify(plan, null, 2))
} else {
  console.log(`${campaign.name} (${campaign.period.from} → ${campaign.period.to}${campaign.repeat === 'yearly' ? ', every year' : ''}), topic ${campaign.topic}\n`)
  for (const w of plan.warnings) console.log(`⚠ ${w.message}`)
  // The caps are one question; whether followers outside the window can get the messages at all is another (no_article, no_city_code).
  if (!plan.warnings.some((w) => w.code === 'over_monthly_cap' || w.code === 'same_day' || w.code === 'night')) console.log(`✓ Fits the Zalo caps: at most ${config.ZALO_OA_MONTHLY_CAP} a month and ${config.ZALO_OA_DAILY_CAP} a day per follower, 06:00–21:59.`)
  console.log('')
  for (const m of schedule) {
    const recipients = await stores.broadcasts.preview(m.audience)
    const total = Object.values(recipients).reduce((a, b) => a + b, 0)
    const when = format(new TZDate(m.sendAt, 'Asia/Ho_Chi_Minh'), 'dd/MM/yyyy HH:mm')
    const who = [m.audience.province, m.audience.agency, m.audience.role].filter(Boolean).join(', ') || 'tất cả người đăng ký'
    console.log(`▶ ${when} (giờ Việt Nam) · ${m.messageId} · ${who} · ${total} người nhận ${JSON.stringify(recipients)}`)
    const planned = plan.messages.find((p) => p.messageId === m.messageId)
    if (planned?.zaloArticle) console.log(articleTargetLine(planned.zaloArticle))
    for (const [platform, p] of Object.entries(planned?.platforms ?? {})) console.log(formatPlatformPlan(platform, p!).join('\n'))
    console.log(`  ${m.text.replace(/\n/g, '\n  ')}\n`)
  }
  console.log('Dry run: nothing was sent.')
}
await stores.close()

/** A bad variable is named on stderr (one line each) and the dry run stops with 1, without a stack trace. */
function orExit<T>(load: () => T): T {
  try {
    return load()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    for (const problem of error.problems) console.error(`✘ ${problem}`)
    process.exit(1)
  }
}
