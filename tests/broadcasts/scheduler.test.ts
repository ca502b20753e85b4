import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadCampaigns, parseCampaign, formatCampaignError } from '../../src/content/load-campaigns.js'
import { dueMessages, scheduleOf, type Campaign } from '../../src/core/broadcasts/campaign.js'
import { schedulerTick } from '../../src/core/broadcasts/run-scheduler.js'
import { dueReminders } from '../../src/core/broadcasts/deadline-reminders.js'
import { datedDeadlines } from '../../src/core/knowledge-base/upcoming-deadlines.js'
import { parsePlanDocument } from '../../src/core/knowledge-base/parse-plan-document.js'
import type { Stores } from '../../src/storage/create-stores.js'
import { CONTENT_DIR, testGlossary, testKnowledgeBase } from '../helpers/load-test-content.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

const quiet = { info: () => {}, warn: () => {}, error: () => {} }
const vn = (s: string) => new Date(`${s}+07:00`)

async function shippedCampaigns(): Promise<Campaign[]> {
  const { campaigns, errors } = await loadCampaigns(CONTENT_DIR)
  expect(errors).toEqual([])
  return campaigns
}

describe('campaign files', () => {
  it('ship the Action Month 2026: opening on 15/11, weekly messages, closing on 15/12', async () => {
    const [campaign] = await shippedCampaigns()
    const schedule = scheduleOf(campaign!, 2026, 2026)
    expect(schedule[0]!.sendAt).toEqual(vn('2026-11-15T08:00:00'))
    expect(schedule.at(-1)!.sendAt.toISOString().slice(0, 10)).toBe('2026-12-15')
    const texts = schedule.map((m) => m.text).join('\n')
    for (const phrase of ['113', '111', 'Bạo lực trên cơ sở giới là gì', 'Địa chỉ tin cậy', 'Nam giới']) expect(texts).toContain(phrase)
    const gaps = schedule.slice(1).map((m, i) => (m.sendAt.getTime() - schedule[i]!.sendAt.getTime()) / 86_400_000)
    expect(Math.max(...gaps)).toBeLessThanOrEqual(7)
  })

  it('reports invalid files with file, path and reason', () => {
    const bad = parseCampaign('id: x\nname: Thử\nperiod: { from: 2026-11-15, to: 2026-12-15 }\nmessages:\n  - id: a\n    send_at: "15/11/2026 8h"\n    text: hi\n  - id: a\n    send_at: "2027-01-01 08:00"\n    audience: { kind: province }\n    text: ""\n', 'bad.yaml')
    const messages = bad.errors.map(formatCampaignError)
    expect(messages).toEqual(expect.arrayContaining(['bad.yaml: messages.0.send_at: send_at must be "YYYY-MM-DD HH:mm" (Vietnam time)', 'bad.yaml: messages.1.audience.province: audience "province" needs a province', expect.stringMatching(/^bad\.yaml: messages\.1\.text: /)]))
    expect(parseCampaign('id: [unclosed', 'broken.yaml').errors[0]!.message).toMatch(/not valid YAML/)
  })

  it('repeats a yearly campaign on the same days', async () => {
    const text = await readFile(path.join(CONTENT_DIR, 'campaigns/thang-hanh-dong-2026.yaml'), 'utf8')
    const { campaign } = parseCampaign(text.replace('repeat: none', 'repeat: yearly'), 'x.yaml')
    const due = dueMessages([campaign!], vn('2027-11-15T09:00:00'))
    expect(due.map((m) => m.key)).toEqual(['campaign:thang-hanh-dong-2026:khai-mac:2027'])
  })

  it('sends nothing stale after a long outage (24 h look-back)', async () => {
    expect(dueMessages(await shippedCampaigns(), vn('2026-11-20T09:00:00'))).toEqual([])
  })
})

describe.each(DIALECTS)('scheduler on %s', (dialect) => {
  let stores: Stores
  beforeEach(async () => {
    stores = await freshStores(dialect)
  })
  afterEach(() => stores.close())

  it('turns a due campaign message into one broadcast, even with two instances and a restart', async () => {
    const campaigns = await shippedCampaigns()
    const kb = await testKnowledgeBase()
    await stores.chats.update({ platform: 'telegram', chatId: '1' }, { province: 'An Giang' })
    await stores.chats.subscribe({ platform: 'telegram', chatId: '1' }, 'thang-hanh-dong')
    const tick = (at: string) => schedulerTick({ store: stores.broadcasts, campaigns: () => campaigns, knowledge: () => kb, now: () => vn(at), log: quiet })
    expect(await tick('2026-11-15T07:59:00')).toEqual({ started: [] })
    const [a, b] = await Promise.all([tick('2026-11-15T08:00:30'), tick('2026-11-15T08:00:31')])
    expect([...a.started, ...b.started]).toEqual(['campaign:thang-hanh-dong-2026:khai-mac:2026'])
    expect(await tick('2026-11-15T12:00:00')).toEqual({ started: [] })
    const rows = await stores.database.db.selectFrom('broadcasts').selectAll().execute()
    expect(rows).toHaveLength(1)
    expect(await stores.broadcasts.report(rows[0]!.id)).toMatchObject({ status: 'sending', total: 1, pending: 1 })
  })

  it('completes a keyed broadcast left as a draft by a crash', async () => {
    const campaigns = await shippedCampaigns()
    const kb = await testKnowledgeBase()
    await stores.chats.subscribe({ platform: 'telegram', chatId: '1' }, 'thang-hanh-dong')
    await stores.broadcasts.create({ key: 'campaign:thang-hanh-dong-2026:khai-mac:2026', text: 'x', audience: { topic: 'thang-hanh-dong' }, createdBy: 'campaign' })
    await schedulerTick({ store: stores.broadcasts, campaigns: () => campaigns, knowledge: () => kb, now: () => vn('2026-11-15T08:01:00'), log: quiet })
    const [row] = await stores.database.db.selectFrom('broadcasts').selectAll().execute()
    expect(await stores.broadcasts.report(row!.id)).toMatchObject({ status: 'sending', total: 1 })
  })

  it('reminds officials 7 days and 1 day before a deadline of their province and agency, once each', async () => {
    const glossary = await testGlossary()
    const plan = parsePlanDocument('An Giang, ngày 1 tháng 1 năm 2027\nKẾ HOẠCH\nThử nghiệm nhắc hạn\nI. CHẾ ĐỘ BÁO CÁO\n1. Sở Tư pháp báo cáo UBND tỉnh kết quả thực hiện trước ngày 20/3/2027.\n2. Các sở, ban, ngành báo cáo UBND tỉnh trước ngày 30/6/2027.\n', { file: 'an-giang-2027.txt', glossary })
    const knowledge = { documents: [plan], glossary }
    const subscribe = async (chatId: string, agency: string | null, province = 'An Giang') => {
      await stores.chats.update({ platform: 'telegram', chatId }, { province, agency })
      await stores.chats.subscribe({ platform: 'telegram', chatId }, 'han-bao-cao')
    }
    await subscribe('tu-phap', 'Sở Tư pháp')
    await subscribe('y-te', 'Sở Y tế')
    await subscribe('province-only', null)
    await subscribe('kien-giang', 'Sở Tư pháp', 'Kiên Giang')
    await subscribe('hue', 'Sở Tư pháp', 'Thừa Thiên Huế')
    expect(dueReminders(datedDeadlines([plan], glossary), vn('2027-03-13T08:05:00')).map((r) => r.key)).toEqual(['reminder:an-giang-2027:I.1:2027-03-20:7'])
    const tick = (at: string) => schedulerTick({ store: stores.broadcasts, campaigns: () => [], knowledge: () => knowledge, now: () => vn(at), log: quiet })
    expect((await tick('2027-03-13T08:05:00')).started).toEqual(['reminder:an-giang-2027:I.1:2027-03-20:7'])
    expect((await tick('2027-03-13T09:00:00')).started).toEqual([])
    expect((await tick('2027-03-19T08:00:00')).started).toEqual(['reminder:an-giang-2027:I.1:2027-03-20:1'])
    expect((await stores.database.db.selectFrom('reminders').select('key').orderBy('key').execute()).map((r) => r.key)).toEqual(['reminder:an-giang-2027:I.1:2027-03-20:1', 'reminder:an-giang-2027:I.1:2027-03-20:7'])
    const deliveries = await stores.database.db.selectFrom('deliveries').select(['chat_id', 'broadcast_id']).orderBy('chat_id').execute()
    const recipients = [...new Set(deliveries.map((d) => d.chat_id))]
    expect(recipients).toEqual(['kien-giang', 'province-only', 'tu-phap'])
    const [broadcast] = await stores.database.db.selectFrom('broadcasts').select('text').execute()
    expect(broadcast!.text).toMatch(/^⏰ Còn 7 ngày đến hạn \(20\/3\/2027\): báo cáo UBND tỉnh/)
    // The all-agencies deadline reaches Sở Y tế too.
    expect((await tick('2027-06-23T08:00:00')).started).toEqual(['reminder:an-giang-2027:I.2:2027-06-30:7'])
    const june = await stores.database.db.selectFrom('deliveries').innerJoin('broadcasts', 'broadcasts.id', 'deliveries.broadcast_id').select('deliveries.chat_id').where('broadcasts.key', 'like', '%06-30%').orderBy('deliveries.chat_id').execute()
    expect(june.map((d) => d.chat_id)).toEqual(['kien-giang', 'province-only', 'tu-phap', 'y-te'])
  })
})
