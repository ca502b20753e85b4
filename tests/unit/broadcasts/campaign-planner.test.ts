import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { articleTargetLine } from '../../../src/channels/cli/campaign-plan-messages.vi.js'
import { formatPlatformPlan } from '../../../src/channels/cli/format-campaign-plan.js'
import { parseCampaign } from '../../../src/content/load-campaigns.js'
import { scheduleOf, vietnamTime } from '../../../src/core/broadcasts/campaign.js'
import { campaignWarnings, planMessages, warningsOfCampaign, type PlannedMessage, type PlannedRecipient } from '../../../src/core/broadcasts/campaign-planner.js'
import { DEFAULT_FOLLOWER_CAPS } from '../../../src/core/broadcasts/follower-caps.js'
import { UNKNOWN_STATUS } from '../../../src/core/broadcasts/subscriber-state.js'

async function actionMonth(): Promise<PlannedMessage[]> {
  const { campaign } = parseCampaign(await readFile('content/campaigns/thang-hanh-dong-2026.yaml', 'utf8'), 'thang-hanh-dong-2026.yaml')
  return scheduleOf(campaign!, 2026, 2026).map((m) => ({ id: m.messageId, sendAt: m.sendAt, kind: 'campaign', audience: m.audience }))
}

const zalo = (chatId: string, lastInboundAt: string | null, extra: Partial<PlannedRecipient['status']> = {}): PlannedRecipient => ({
  platform: 'zalo-oa',
  chatId,
  status: { ...UNKNOWN_STATUS, isFollower: true, lastInboundAt: lastInboundAt ? new Date(lastInboundAt) : null, ...extra },
})

describe('campaign planner', () => {
  it('a deadline reminder to an official outside the window goes by template to the consented phone when a template is configured, else is not reachable', () => {
    const reminder: PlannedMessage = { id: 'han', sendAt: new Date('2026-11-20T02:00:00Z'), kind: 'reminder', audience: { topic: 'han-bao-cao' } }
    const recipients = () => [{ ...zalo('with-phone', null), hasPhone: true }, zalo('without', null)]
    const routing = { followerRoute: 'article' as const, reminderTemplate: false }
    const byPhone = planMessages([reminder], recipients, new Map(), { routing: { ...routing, phoneTemplate: true }, caps: DEFAULT_FOLLOWER_CAPS })
    expect(byPhone.messages[0]!.platforms['zalo-oa']).toMatchObject({ onTime: { zns: 1 }, missing: { not_reachable: ['without'] } })
    expect(formatPlatformPlan('zalo-oa', byPhone.messages[0]!.platforms['zalo-oa']!)[0]).toContain('1 template (by phone)')
    const none = planMessages([reminder], recipients, new Map(), { routing: { ...routing, phoneTemplate: false }, caps: DEFAULT_FOLLOWER_CAPS })
    expect(none.messages[0]!.platforms['zalo-oa']).toMatchObject({ onTime: {}, missing: { not_reachable: ['with-phone', 'without'] } })
  })

  it('the shipped Action Month 2026 fits the default caps (4 a month, 1 a day, 06:00–21:59): 4 in November, 3 in December', async () => {
    const messages = await actionMonth()
    const { campaign } = parseCampaign(await readFile('content/campaigns/thang-hanh-dong-2026.yaml', 'utf8'), 'x.yaml')
    expect(warningsOfCampaign(campaign!, DEFAULT_FOLLOWER_CAPS)).toEqual([])
    const plan = planMessages(messages, () => [zalo('f1', '2026-10-01T00:00:00Z')], new Map(), { routing: { followerRoute: 'promotion', reminderTemplate: false, phoneTemplate: false }, caps: DEFAULT_FOLLOWER_CAPS })
    expect(plan.messages.map((m) => m.platforms['zalo-oa']!.onTime.promotion)).toEqual([1, 1, 1, 1, 1, 1, 1])
    // With the default article route the shipped file has no article ids yet: the planner says so and names who misses what
    // (f2 wrote on 14/11: the opening reaches it by consultation, the window closes on 21/11).
    const byArticle = planMessages(messages, () => [zalo('f1', '2026-10-01T00:00:00Z'), zalo('f2', '2026-11-14T03:00:00Z')], new Map(), { routing: { followerRoute: 'article', reminderTemplate: false, phoneTemplate: false }, caps: DEFAULT_FOLLOWER_CAPS })
    expect(byArticle.warnings.map((w) => [w.code, w.messageIds.length])).toEqual([['no_article', 7]])
    expect(byArticle.messages.map((m) => [m.messageId, m.platforms['zalo-oa']!.missing.window_closed])).toEqual([
      ['khai-mac', ['f1']],
      ['bao-luc-tren-co-so-gioi-la-gi', ['f1', 'f2']],
      ['ngay-quoc-te-25-11', ['f1', 'f2']],
      ['tim-su-giup-do', ['f1', 'f2']],
      ['dia-chi-tin-cay', ['f1', 'f2']],
      ['vai-tro-nam-gioi', ['f1', 'f2']],
      ['be-mac', ['f1', 'f2']],
    ])
  })

  it('with a Basic OA (1 a month) it warns and names who gets which message late', async () => {
    const caps = { ...DEFAULT_FOLLOWER_CAPS, monthly: 1 }
    const messages = await actionMonth()
    const warnings = campaignWarnings(messages, caps)
    expect(warnings.map((w) => [w.code, w.messageIds])).toEqual([
      ['over_monthly_cap', ['bao-luc-tren-co-so-gioi-la-gi', 'ngay-quoc-te-25-11', 'tim-su-giup-do']],
      ['over_monthly_cap', ['vai-tro-nam-gioi', 'be-mac']],
    ])
    // f1 already had this month's broadcast before the campaign; f2 wrote on 14/11 (window open till 21/11).
    const ledger = new Map([['f1', { month: '2026-11', sentCount: 1, lastSentDay: '2026-11-02' }]])
    const plan = planMessages(messages, () => [zalo('f1', null), zalo('f2', '2026-11-14T03:00:00Z')], ledger, { routing: { followerRoute: 'promotion', reminderTemplate: false, phoneTemplate: false }, caps })
    const opening = plan.messages[0]!.platforms['zalo-oa']!
    expect(opening.onTime).toEqual({ cs: 1 })
    expect(opening.later).toEqual([{ chatId: 'f1', reason: 'quota', until: new Date('2026-11-30T23:00:00Z') }])
    const second = plan.messages[1]!.platforms['zalo-oa']!
    expect(second.onTime).toEqual({ promotion: 1 }) // f2's window closed on 21/11: its first promotion this month
    expect(second.later.map((l) => l.chatId)).toEqual(['f1'])
    expect(plan.messages[2]!.platforms['zalo-oa']!.later.map((l) => l.chatId)).toEqual(['f1', 'f2'])
  })

  it('without a follower route, followers outside the 7-day window (judged at each send time) are named as missing', async () => {
    const plan = planMessages(await actionMonth(), () => [zalo('f2', '2026-11-14T03:00:00Z'), zalo('left', null, { isFollower: false, state: 'not_following' }), zalo('opted', '2026-11-20T03:00:00Z', { state: 'opted_out', optedOut: ['cs'] }), { platform: 'telegram', chatId: 't1', status: UNKNOWN_STATUS }], new Map(), {
      routing: { followerRoute: 'off', reminderTemplate: false, phoneTemplate: false },
      caps: DEFAULT_FOLLOWER_CAPS,
    })
    expect(plan.messages[0]!.platforms['zalo-oa']).toMatchObject({ total: 3, onTime: { cs: 1 }, missing: { not_following: ['left'], opted_out: ['opted'] } })
    expect(plan.messages[1]!.platforms['zalo-oa']!.missing).toEqual({ window_closed: ['f2'], not_following: ['left'], opted_out: ['opted'] })
    expect(plan.messages[1]!.platforms.telegram).toEqual({ total: 1, onTime: { send: 1 }, later: [], missing: {} })
  })

  it('with the article route it shows whom each article reaches: the province by its city code, every follower and why, or nobody because the province has no code', () => {
    const at = (day: number) => vietnamTime(`2026-11-${day} 08:00`)
    const messages: PlannedMessage[] = [
      { id: 'an-giang', sendAt: at(16), kind: 'campaign', audience: { province: 'An Giang' }, zaloArticleId: 'a1' },
      { id: 'can-tho', sendAt: at(17), kind: 'campaign', audience: { province: 'Cần Thơ' }, zaloArticleId: 'a2' },
      { id: 'can-bo', sendAt: at(18), kind: 'announcement', audience: { role: 'officials' }, zaloArticleId: 'a3' },
      { id: 'tat-ca', sendAt: at(19), kind: 'campaign', audience: { topic: 'thang-hanh-dong' }, zaloArticleId: 'a4' },
      { id: 'khong-bai', sendAt: at(20), kind: 'campaign', audience: {} },
    ]
    const plan = planMessages(messages, () => [zalo('old', null), zalo('recent', '2026-11-15T03:00:00Z')], new Map(), { routing: { followerRoute: 'article', reminderTemplate: false, phoneTemplate: false }, caps: DEFAULT_FOLLOWER_CAPS, cityCodes: { 'An Giang': '89' } })
    expect(plan.messages.map((m) => [m.messageId, m.zaloArticle])).toEqual([
      ['an-giang', { kind: 'province', province: 'An Giang', cityCode: '89' }],
      ['can-tho', { kind: 'not_sent', province: 'Cần Thơ', why: 'no_city_code' }],
      ['can-bo', { kind: 'all_followers', why: 'no_place_targeting' }],
      ['tat-ca', { kind: 'all_followers', why: 'audience_all' }],
      ['khong-bai', undefined],
    ])
    const zaloOf = (i: number) => plan.messages[i]!.platforms['zalo-oa']!
    expect(zaloOf(0)).toMatchObject({ onTime: { article: 1, cs: 1 }, missing: {} })
    // The article for Cần Thơ is not sent: its follower outside the window is named, the one inside still gets it.
    expect(zaloOf(1)).toMatchObject({ onTime: { cs: 1 }, missing: { not_reachable: ['old'] } })
    expect(zaloOf(4).missing).toEqual({ window_closed: ['old'] })
    expect(plan.warnings.filter((w) => w.code !== 'over_monthly_cap').map((w) => [w.code, w.messageIds])).toEqual([
      ['no_city_code', ['can-tho']],
      ['no_article', ['khong-bai']],
    ])
    expect(articleTargetLine(plan.messages[1]!.zaloArticle!)).toBe('  zalo-oa bài viết: KHÔNG gửi — Cần Thơ chưa có mã tỉnh Zalo trong ZALO_OA_CITY_CODES')
    expect(articleTargetLine(plan.messages[2]!.zaloArticle!)).toContain('rộng hơn đối tượng')
  })

  it('warns about two messages on one day and about night sends', () => {
    const messages = [
      { id: 'a', sendAt: vietnamTime('2026-11-20 08:00') },
      { id: 'b', sendAt: vietnamTime('2026-11-20 19:00') },
      { id: 'c', sendAt: vietnamTime('2026-11-21 22:30') },
      { id: 'd', sendAt: vietnamTime('2026-11-22 05:59') },
    ]
    expect(campaignWarnings(messages, DEFAULT_FOLLOWER_CAPS).map((w) => [w.code, w.messageIds])).toEqual([
      ['same_day', ['b']],
      ['night', ['c', 'd']],
    ])
  })
})
