import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { zaloOaSignature } from '../../src/channels/zalo-oa/zalo-oa-signature.js'
import type { Stores } from '../../src/storage/create-stores.js'
import { FakeZaloApi } from '../fakes/fake-zalo-api.js'
import { LogCapture, testApp } from '../helpers/test-app.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

const APP_ID = '1234567890'
const OA_SECRET = 'oa-secret'
const fake = new FakeZaloApi()
beforeAll(() => fake.start())
afterAll(() => fake.stop())

function oaEvent(event: string, fields: Record<string, unknown>, at = Date.now()) {
  const body = JSON.stringify({ app_id: APP_ID, event_name: event, timestamp: String(at), ...fields })
  return { body, signature: `mac=${zaloOaSignature(APP_ID, body, String(at), OA_SECRET)}` }
}

describe.each(DIALECTS)('ZNS receipts in the delivery report on %s', (dialect) => {
  let stores: Stores
  let app: App & { logs: LogCapture }
  const ref = (chatId: string) => ({ platform: 'zalo-oa' as const, chatId })
  const post = ({ body, signature }: { body: string; signature: string }) => app.server.inject({ method: 'POST', url: '/webhooks/zalo-oa', headers: { 'content-type': 'application/json', 'x-zevent-signature': signature, 'x-zevent-server': 'ZNS' }, payload: body })
  beforeEach(async () => {
    fake.calls.length = 0
    fake.users.clear()
    fake.znsPhones.clear()
    fake.now = () => Date.parse('2026-11-24T02:00:00Z') // 09:00 in Vietnam
    stores = await freshStores(dialect)
    app = await testApp(
      {
        ZALO_OA_APP_ID: APP_ID,
        ZALO_OA_SECRET_KEY: OA_SECRET,
        ZALO_OA_ACCESS_TOKEN: fake.accessToken,
        ZALO_OA_REFRESH_TOKEN: fake.refreshToken,
        ZALO_OA_API_ROOT: fake.url,
        ZALO_OAUTH_API_ROOT: fake.url,
        ZALO_ZNS_API_ROOT: fake.url,
        ZALO_ZNS_TEMPLATE_ID: 'zns-1',
      },
      stores,
    )
  })
  // Closes the stores too (and drops the PostgreSQL schema).
  afterEach(() => app.close())

  it('folds ZNS user_received_message (delivery_time) into the rows sent by phone, by msg_id or our tracking id, and reports them by route', async () => {
    const now = Date.parse('2026-11-24T02:00:00Z')
    for (const [chatId, phone] of [
      ['official-1', '84912345678'],
      ['official-2', '84987654321'],
    ] as const) {
      await app.stores.chats.subscribe(ref(chatId), 'han-bao-cao')
      await app.stores.phones.save(ref(chatId), { phone, consentedAt: new Date(now), consentVersion: 'v1' })
      fake.znsPhones.set(phone, {})
    }
    // One official wrote yesterday: the reminder reaches them by consultation.
    await app.stores.chats.subscribe(ref('writer'), 'han-bao-cao')
    await app.stores.states.touchInbound(ref('writer'), new Date(now - 86_400_000))
    fake.interact('writer', now - 86_400_000)
    const { id } = await app.stores.broadcasts.create({ text: 'Còn 7 ngày đến hạn', audience: { chats: [ref('official-1'), ref('official-2'), ref('writer')] }, createdBy: 'reminder', kind: 'reminder' })
    await app.stores.broadcasts.enqueue(id, new Date(0))
    await app.stores.broadcasts.transition(id, ['draft'], 'sending', new Date(0))
    const claimed = await app.stores.broadcasts.claimDue('zalo-oa', new Date(), 10, { owner: 'test', until: new Date(Date.now() + 30_000) })
    const sent: Record<string, string> = {}
    for (const row of claimed) {
      const outcome = await app.messengers['zalo-oa']!.send({ chatId: row.chatId, kind: 'private' }, row.text, { messageKind: 'reminder', deliveryId: row.id })
      expect(outcome.ok).toBe(true)
      const { messageId, route } = outcome as { messageId: string; route: 'zns' | 'cs' }
      sent[row.chatId] = messageId
      // official-2's send answer was lost on the way back: the row has no Zalo message id.
      await app.stores.broadcasts.markSent(row.id, new Date(), { ...(row.chatId === 'official-2' ? {} : { messageId }), route })
    }
    expect(await app.stores.broadcasts.report(id)).toMatchObject({ sent: 3, byRoute: { zns: 2, cs: 1 }, delivered: 0 })
    // An OA message that happens to carry the same id as the ZNS one: the ZNS receipt must not mark it.
    await app.stores.database.db.updateTable('deliveries').set({ message_id: sent['official-1']! }).where('broadcast_id', '=', id).where('chat_id', '=', 'writer').execute()

    const deliveredAt = Date.now() - 40_000
    expect(await post(oaEvent('user_received_message', fake.znsReceipt(sent['official-1']!, deliveredAt)))).toMatchObject({ statusCode: 200 })
    expect(await post(oaEvent('user_received_message', fake.znsReceipt(sent['official-2']!, deliveredAt, true)))).toMatchObject({ statusCode: 200 })
    const report = await app.stores.broadcasts.report(id)
    expect(report).toMatchObject({ sent: 3, delivered: 2, seen: 0, receiptsByRoute: { zns: { delivered: 2, seen: 0 } } })
    expect(report!.receiptsByRoute.cs).toBeUndefined()
    // Delivered when Zalo says the phone got it, not when the event was posted.
    const rows = await app.stores.database.db.selectFrom('deliveries').select(['chat_id', 'delivered_at']).where('broadcast_id', '=', id).orderBy('chat_id').execute()
    expect(rows).toEqual([
      { chat_id: 'official-1', delivered_at: new Date(deliveredAt).toISOString() },
      { chat_id: 'official-2', delivered_at: new Date(deliveredAt).toISOString() },
      { chat_id: 'writer', delivered_at: null },
    ])
    // The recipient is a phone hash: nothing of it reaches the logs.
    expect(app.logs.text).not.toContain('912345678')
  })
})
