import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Assistant } from '../../src/core/answers/assistant.js'
import { Conversation } from '../../src/core/conversation/conversation.js'
import { PHONE_CONSENT_VERSION } from '../../src/core/conversation/reminder-phone-messages.vi.js'
import type { Stores } from '../../src/storage/create-stores.js'
import { testAssistant } from '../helpers/test-assistant.js'
import { DIALECTS, freshStores, secondInstance } from '../helpers/test-stores.js'

const NOW = new Date('2026-11-20T02:00:00Z')
const official = { platform: 'zalo-oa' as const, chatId: 'can-bo' }
const citizen = { platform: 'telegram' as const, chatId: '555' }
let assistant: Assistant
beforeAll(async () => {
  assistant = await testAssistant()
})

describe.each(DIALECTS)('an official gives a phone for reminders only with consent (/sdt) on %s', (dialect) => {
  let stores: Stores
  let clock: Date
  let conversation: Conversation
  const say = async (ref: typeof official | typeof citizen, text: string) => (await conversation.handle({ ref, chatKind: 'private', text })).map((m) => m.reply.text).join('\n')
  beforeEach(async () => {
    stores = await freshStores(dialect)
    clock = NOW
    conversation = new Conversation({ assistant: () => assistant, chats: stores.chats, phones: stores.phones, now: () => clock })
    await stores.chats.subscribe(official, 'han-bao-cao')
  })
  afterEach(() => stores.close())

  it('asks for consent, stores nothing without "đồng ý", and stores the normalised phone with the consent time and text version on it', async () => {
    const asked = await say(official, '/sdt 0912 345 678')
    expect(asked).toContain('đồng ý')
    expect(asked).not.toContain('0912345678')
    expect(await stores.phones.get(official)).toBeNull()
    expect(await say(official, 'không')).toContain('không lưu')
    expect(await stores.phones.get(official)).toBeNull()
    // "đồng ý" with nothing pending is not consent to anything.
    await say(official, 'đồng ý')
    expect(await stores.phones.get(official)).toBeNull()

    await say(official, '/sdt +84 912.345.678')
    clock = new Date(NOW.getTime() + 60_000)
    expect(await say(official, 'Đồng ý')).toContain('Đã lưu')
    expect(await stores.phones.get(official)).toEqual({ phone: '84912345678', consentedAt: clock, consentVersion: PHONE_CONSENT_VERSION })
  })

  it('a consent request expires: a late "đồng ý" stores nothing', async () => {
    await say(official, '/sdt 0912345678')
    clock = new Date(NOW.getTime() + 16 * 60_000)
    await say(official, '/sdt đồng ý')
    expect(await stores.phones.get(official)).toBeNull()
  })

  it('a phone waiting for consent is in the store: "đồng ý" counts after a restart and on another instance, once', async () => {
    await say(official, '/sdt 0912345678')
    // A restart (a new Conversation over the same store) still knows the request.
    conversation = new Conversation({ assistant: () => assistant, chats: stores.chats, phones: stores.phones, now: () => clock })
    const other = dialect === 'postgres' ? await secondInstance(stores) : stores
    try {
      const elsewhere = new Conversation({ assistant: () => assistant, chats: other.chats, phones: other.phones, now: () => clock })
      expect((await elsewhere.handle({ ref: official, chatKind: 'private', text: 'đồng ý' }))[0]!.reply.text).toContain('Đã lưu')
      expect((await other.phones.get(official))?.phone).toBe('84912345678')
      // The request is used up: a second "đồng ý" (the first instance) consents to nothing.
      expect(await say(official, 'đồng ý')).not.toContain('Đã lưu')
      expect(await stores.database.db.selectFrom('pending_reminder_phones').selectAll().execute()).toEqual([])
    } finally {
      if (other !== stores) await other.close()
    }
  })

  it('an unconfirmed phone is deleted from the store once its request expires, and by /sdt xoa or /xoa before that', async () => {
    const pendingRows = () => stores.database.db.selectFrom('pending_reminder_phones').select('chat_id').execute()
    await say(official, '/sdt 0912345678')
    expect(await pendingRows()).toEqual([{ chat_id: 'can-bo' }])
    expect(await stores.phones.purgeExpired(new Date(NOW.getTime() + 14 * 60_000))).toBe(0)
    expect(await stores.phones.purgeExpired(new Date(NOW.getTime() + 15 * 60_000))).toBe(1)
    expect(await pendingRows()).toEqual([])
    await say(official, '/sdt 0912345678')
    expect(await say(official, '/sdt xóa')).toContain('Đã xóa')
    expect(await pendingRows()).toEqual([])
    await say(official, '/sdt 0912345678')
    await say(official, '/xoa')
    expect(await pendingRows()).toEqual([])
    expect(await stores.phones.get(official)).toBeNull()
  })

  it('is for officials only and refuses what is not a Vietnamese mobile number', async () => {
    expect(await say(citizen, '/sdt 0912345678')).toContain('dành cho cán bộ')
    const group = { platform: 'telegram' as const, chatId: '-100200' }
    await stores.chats.subscribe(group, 'han-bao-cao')
    expect((await conversation.handle({ ref: group, chatKind: 'group', text: '/sdt 0912345678' }))[0]!.reply.text).toContain('tin nhắn riêng')
    expect(await say(citizen, 'đồng ý')).not.toContain('Đã lưu')
    expect(await stores.phones.get(citizen)).toBeNull()
    await stores.chats.update(citizen, { agency: 'Sở Y tế', kind: 'private' })
    expect(await say(citizen, '/sdt 12345')).toContain('chưa đúng')
    await say(citizen, '/sdt 0387654321')
    await say(citizen, 'đồng ý')
    expect((await stores.phones.get(citizen))?.phone).toBe('84387654321')
  })

  it('/sdt xoa and /xoa delete the phone', async () => {
    await say(official, '/sdt 0912345678')
    await say(official, 'đồng ý')
    expect(await say(official, '/sdt xóa')).toContain('Đã xóa')
    expect(await stores.phones.get(official)).toBeNull()
    await say(official, '/sdt 0912345678')
    await say(official, 'đồng ý')
    await say(official, '/xoa')
    expect(await stores.phones.get(official)).toBeNull()
    const rows = await stores.database.db.selectFrom('reminder_phones').selectAll().execute()
    expect(rows).toEqual([])
  })
})
