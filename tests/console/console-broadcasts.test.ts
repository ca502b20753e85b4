import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { addUser } from '../../src/channels/console/add-user.js'
import { testApp } from '../helpers/test-app.js'
import { consoleClient } from '../helpers/console-client.js'

let app: App
type Client = ReturnType<typeof consoleClient>
let editor: Client
let approver: Client

beforeEach(async () => {
  app = await testApp()
  for (const [chatId, province] of [
    ['1', 'An Giang'],
    ['2', 'Huế'],
  ] as const) {
    await app.stores.chats.update({ platform: 'telegram', chatId }, { province })
    await app.stores.chats.subscribe({ platform: 'telegram', chatId }, 'thang-hanh-dong')
  }
  await addUser(app.stores, { name: 'bientap', role: 'editor', password: 'bien-tap-2026!' }, 'test')
  await addUser(app.stores, { name: 'duyet', role: 'approver', password: 'nguoi-duyet-2026!' }, 'test')
  editor = consoleClient(app)
  approver = consoleClient(app)
  await editor.login('bientap', 'bien-tap-2026!')
  await approver.login('duyet', 'nguoi-duyet-2026!')
})
afterEach(() => app.close())

async function compose(client: Client, form: Record<string, string>) {
  const res = await client.post('/quan-tri/phat-tin', form, '/quan-tri/phat-tin/moi')
  return { res, id: Number(/\/phat-tin\/(\d+)/.exec(String(res.headers.location))?.[1]) }
}

describe('console broadcasts', () => {
  it('refuses a province that is not in the glossary instead of previewing 0 recipients', async () => {
    const { res } = await compose(editor, { text: 'Thông báo', province: 'An Giag' })
    expect(res.statusCode).toBe(400)
    expect(res.body).toContain('&quot;An Giag&quot; không có trong danh sách')
  })

  it('four eyes: the composer cannot approve their own broadcast; a viewer or editor cannot approve at all', async () => {
    await addUser(app.stores, { name: 'truong', role: 'approver', password: 'truong-phong-2026' }, 'test')
    const boss = consoleClient(app)
    await boss.login('truong', 'truong-phong-2026')
    const { id } = await compose(boss, { text: 'Họp giao ban', province: 'An Giang' })
    await boss.post(`/quan-tri/phat-tin/${id}/gui-duyet`, { when: 'now' }, `/quan-tri/phat-tin/${id}`)
    expect((await boss.get(`/quan-tri/phat-tin/${id}`)).body).toContain('cần một người duyệt khác')
    const own = await boss.post(`/quan-tri/phat-tin/${id}/duyet`, {}, `/quan-tri/phat-tin/${id}`)
    expect(own.headers.location).toContain('loi=own')
    expect((await app.stores.approvals.get(id))?.state).toBe('submitted')
    expect((await editor.post(`/quan-tri/phat-tin/${id}/duyet`, {}, `/quan-tri/phat-tin/${id}`)).statusCode).toBe(403)
    await approver.post(`/quan-tri/phat-tin/${id}/duyet`, {}, `/quan-tri/phat-tin/${id}`)
    expect(await app.stores.broadcasts.report(id)).toMatchObject({ status: 'sending', total: 1 })
  })

  it('a scheduled broadcast waits for its Vietnam time after approval', async () => {
    const { id } = await compose(editor, { text: 'Nhắc họp', province: 'An Giang' })
    // testApp's "now" is 24/11/2026 12:00 in Vietnam.
    expect((await editor.post(`/quan-tri/phat-tin/${id}/gui-duyet`, { when: 'later', send_at: '2026-11-24T09:00' }, `/quan-tri/phat-tin/${id}`)).headers.location).toContain('loi=send-at-past')
    await editor.post(`/quan-tri/phat-tin/${id}/gui-duyet`, { when: 'later', send_at: '2026-11-26T08:30' }, `/quan-tri/phat-tin/${id}`)
    expect((await app.stores.approvals.get(id))?.sendAt).toBe('2026-11-26T01:30:00.000Z')
    await approver.post(`/quan-tri/phat-tin/${id}/duyet`, {}, `/quan-tri/phat-tin/${id}`)
    expect((await app.stores.broadcasts.get(id))?.status).toBe('draft')
    expect((await approver.get(`/quan-tri/phat-tin/${id}`)).body).toContain('Hẹn gửi lúc 26/11/2026 08:30')
    // Still cancellable before its time; a cancelled one is never started later.
    await approver.post(`/quan-tri/phat-tin/${id}/huy`, {}, `/quan-tri/phat-tin/${id}`)
    expect((await app.stores.broadcasts.get(id))?.status).toBe('cancelled')
    expect((await approver.post(`/quan-tri/phat-tin/${id}/tiep-tuc`, {}, `/quan-tri/phat-tin/${id}`)).headers.location).toContain('loi=state')
  })

  it('pauses, resumes and cancels; the report downloads as CSV; all under the person’s name', async () => {
    const { id } = await compose(editor, { text: 'Tin khẩn', topic: 'thang-hanh-dong' })
    await editor.post(`/quan-tri/phat-tin/${id}/gui-duyet`, { when: 'now' }, `/quan-tri/phat-tin/${id}`)
    await approver.post(`/quan-tri/phat-tin/${id}/duyet`, {}, `/quan-tri/phat-tin/${id}`)
    for (const [path, status] of [
      ['tam-dung', 'paused'],
      ['tiep-tuc', 'sending'],
      ['huy', 'cancelled'],
    ] as const) {
      await approver.post(`/quan-tri/phat-tin/${id}/${path}`, {}, `/quan-tri/phat-tin/${id}`)
      expect((await app.stores.broadcasts.get(id))?.status).toBe(status)
    }
    const csv = await approver.get(`/quan-tri/phat-tin/${id}/bao-cao.csv`)
    expect(csv.headers['content-type']).toContain('text/csv')
    expect(csv.body).toContain('broadcast,status,reason,count')
    const actions = (await app.stores.audit.recent()).map((a) => `${a.actor} ${a.action}`)
    expect(actions).toEqual(expect.arrayContaining(['duyet broadcast.pause', 'duyet broadcast.resume', 'duyet broadcast.cancel', 'duyet broadcast.report']))
    expect(actions.some((a) => a.startsWith('admin@'))).toBe(false)
  })

  it('the report shows sent, delivered and seen per route (a ZNS receipt under the phone template) on the page and in the CSV', async () => {
    await app.stores.chats.subscribe({ platform: 'zalo-oa', chatId: 'z1' }, 'thang-hanh-dong')
    const { id } = await compose(editor, { text: 'Tin khẩn', topic: 'thang-hanh-dong' })
    await app.stores.broadcasts.enqueue(id, new Date())
    // As if a sender had them in flight: only a row being sent can become sent.
    await app.stores.database.db.updateTable('deliveries').set({ status: 'sending' }).where('broadcast_id', '=', id).execute()
    const rows = await app.stores.database.db.selectFrom('deliveries').select(['id', 'platform']).where('broadcast_id', '=', id).orderBy('id').execute()
    await app.stores.broadcasts.markSent(rows.find((r) => r.platform === 'zalo-oa')!.id, new Date(), { messageId: 'zns-1', route: 'zns' })
    await app.stores.broadcasts.markSent(rows.find((r) => r.platform === 'telegram')!.id, new Date(), { route: 'send' })
    await app.stores.receipts.recordZns(['zns-1'], [], new Date())
    const page = (await approver.get(`/quan-tri/phat-tin/${id}`)).body
    expect(page).toContain('Theo cách gửi')
    expect(page).toContain('Tin mẫu ZNS (theo số điện thoại): đã gửi 1 · đã đến máy 1 · đã xem 0')
    expect(page).toContain('Tin nhắn thường: đã gửi 1 · đã đến máy 0 · đã xem 0')
    const csv = (await approver.get(`/quan-tri/phat-tin/${id}/bao-cao.csv`)).body
    expect(csv).toContain(`${id},delivered-by-route,zns,1`)
    expect(csv).toContain(`${id},sent-by-route,send,1`)
  })

  it('the overview counts questions by kind and outcome without keeping their text', async () => {
    const question = 'Hạn báo cáo 6 tháng ở An Giang?'
    await app.server.inject({ method: 'POST', url: '/api/ask', payload: { question } })
    const rows = await app.stores.database.db.selectFrom('question_counts').selectAll().execute()
    expect(rows).toEqual([{ day: '2026-11-24', kind: 'deadline', found: 1, n: 1 }])
    expect(JSON.stringify(await app.stores.audit.recent())).not.toContain('Hạn báo cáo')
    expect((await editor.get('/quan-tri')).body).toContain('24/11 · hạn · có trả lời 1')
  })
})
