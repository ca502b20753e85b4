import type { Assistant } from '../answers/assistant.js'
import { formatVietnameseDate } from '../text/find-dates.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { datedDeadlines, upcoming, type DatedDeadline } from '../knowledge-base/upcoming-deadlines.js'
import { describeDocument, displaySection } from '../knowledge-base/format-citation.js'
import type { Reply, ReplyButton } from '../answers/reply.js'
import { TOPICS, type ChatKind, type ChatRef, type ChatStore, type ReminderPhoneStore, type Topic } from '../ports.js'
import { CHAT, TOPIC_LABELS } from './conversation-messages.vi.js'
import { maskPhone, normalizePhone } from './normalize-phone.js'
import { PHONE, PHONE_CONSENT_VERSION } from './reminder-phone-messages.vi.js'
import { parseCommand, type Command } from './parse-command.js'

/** One message from any platform, reduced to what the bot needs. */
export interface IncomingMessage {
  ref: ChatRef
  chatKind: ChatKind
  text?: string
  /** Used for this one lookup; never stored or logged. */
  location?: { latitude: number; longitude: number }
}

export interface OutgoingMessage {
  reply: Reply
  /** Offer a "send my location" button (Telegram private chats). */
  requestLocation?: boolean
}

export interface ConversationDeps {
  assistant: () => Assistant
  chats: ChatStore
  /** Officials' consented phones for deadline reminders by ZNS (/sdt). */
  phones: ReminderPhoneStore
  now: () => Date
  /** For "/cmd@name" in groups. */
  botUsername?: string
}

const MAX_DEADLINES = 6
/**
 * How long a phone given with /sdt waits for "đồng ý". It waits in the store (so the answer counts
 * on any instance and after a restart) and is deleted when it expires; only consent keeps it.
 */
export const CONSENT_WAIT_MS = 15 * 60_000

/**
 * The platform-agnostic chat: commands (/tinh, /dangky, /xoa …), questions and locations.
 * Telegram, Zalo OA and Zalo Bot adapters all call `handle` and only render the result.
 */
export class Conversation {
  constructor(private readonly deps: ConversationDeps) {}

  async handle(message: IncomingMessage): Promise<OutgoingMessage[]> {
    if (message.location) return [{ reply: this.deps.assistant().nearby(message.location.latitude, message.location.longitude) }]
    const text = message.text ?? ''
    // "đồng ý" / "không" answer a pending /sdt only; otherwise they are ordinary messages.
    const answer = consentAnswer(text)
    if (answer && message.chatKind === 'private' && (await this.deps.phones.pending(message.ref, this.deps.now()))) return [await this.confirmPhone(message.ref, answer)]
    const command = parseCommand(text, this.deps.botUsername)
    if (command) return this.command(command, message)
    const chat = await this.deps.chats.get(message.ref)
    const reply = this.deps.assistant().ask(text, { province: chat?.province ?? null, agency: chat?.agency ?? null, now: this.deps.now() })
    // A safety reply offers the platform's share-location button where there is one.
    return [{ reply, ...(reply.emergency && message.chatKind === 'private' ? { requestLocation: true } : {}) }]
  }

  private async command(cmd: Command, message: IncomingMessage): Promise<OutgoingMessage[]> {
    const { ref } = message
    const chats = this.deps.chats
    switch (cmd.name) {
      case 'start':
      case 'help':
        if (message.chatKind === 'group') await chats.update(ref, { kind: 'group' })
        return [text('help', CHAT.welcome, [btn('Hạn sắp tới', '/hanchot'), btn('Địa chỉ tin cậy', '/diachi'), btn('Đăng ký nhận tin', '/dangky')])]
      case 'tinh':
        return [await this.setProvince(ref, message.chatKind, cmd.argument)]
      case 'coquan':
        return [await this.setAgency(ref, message.chatKind, cmd.argument)]
      case 'dangky':
        return [await this.subscribe(ref, message.chatKind, cmd.argument)]
      case 'huy':
        return [await this.unsubscribe(ref, cmd.argument)]
      case 'xoa':
        // Deletes the reminder phone and one waiting for consent too.
        await chats.forget(ref)
        return [text('help', CHAT.forgotten)]
      case 'sdt':
        // A phone and its consent belong to one person: never given or confirmed in a group.
        if (message.chatKind === 'group') return [text('help', PHONE.privateOnly, [], false)]
        return [await this.reminderPhone(ref, cmd.argument)]
      case 'hanchot':
        return [await this.deadlines(ref)]
      case 'diachi':
        return this.addresses(ref, message.chatKind, cmd.argument)
    }
  }

  private async setProvince(ref: ChatRef, kind: ChatKind, argument: string): Promise<OutgoingMessage> {
    const { glossary, documents } = this.deps.assistant().knowledge
    if (!argument) {
      const loaded = [...new Set(documents.map((d) => d.meta.province).filter((p): p is string => Boolean(p)))]
      return text(
        'help',
        CHAT.chooseProvince,
        loaded.map((p) => btn(p, `/tinh ${p}`)),
      )
    }
    const province = glossary.findProvinces(argument)[0]?.value ?? glossary.province(argument)
    if (!province) return text('help', CHAT.provinceUnknown(argument), [], false)
    await this.deps.chats.update(ref, { province: province.name, kind })
    const note = province.now !== province.name ? CHAT.provinceMergedNote(glossary.unitName(province.now)) : ''
    return text('help', CHAT.provinceSaved(province.name, note))
  }

  private async setAgency(ref: ChatRef, kind: ChatKind, argument: string): Promise<OutgoingMessage> {
    if (!argument) return text('help', CHAT.chooseAgency)
    const agency = this.deps.assistant().knowledge.glossary.findAgencies(argument)[0]?.value
    if (!agency) return text('help', CHAT.agencyUnknown(argument), [], false)
    await this.deps.chats.update(ref, { agency: agency.name, kind })
    return text('help', CHAT.agencySaved(agency.name))
  }

  private async subscribe(ref: ChatRef, kind: ChatKind, argument: string): Promise<OutgoingMessage> {
    const topic = topicFrom(argument)
    if (!topic)
      return text(
        'help',
        CHAT.chooseTopic,
        TOPICS.map((t) => btn(TOPIC_LABELS[t]!, `/dangky ${t}`)),
      )
    const before = await this.deps.chats.get(ref)
    await this.deps.chats.update(ref, { kind, active: true })
    if (before?.topics.includes(topic)) return text('help', CHAT.alreadySubscribed(TOPIC_LABELS[topic]!))
    await this.deps.chats.subscribe(ref, topic)
    return text('help', CHAT.subscribed(TOPIC_LABELS[topic]!))
  }

  private async unsubscribe(ref: ChatRef, argument: string): Promise<OutgoingMessage> {
    const chat = await this.deps.chats.get(ref)
    if (!chat?.topics.length) return text('help', CHAT.nothingToCancel)
    const all = /^(tat ca|all|het)$/.test(foldDiacritics(argument))
    const topic = topicFrom(argument)
    if (all || (!topic && chat.topics.length === 1 && argument === '')) {
      await this.deps.chats.unsubscribe(ref, null)
      return text('help', CHAT.unsubscribedAll)
    }
    if (!topic) return text('help', CHAT.chooseCancel, [...chat.topics.map((t) => btn(TOPIC_LABELS[t]!, `/huy ${t}`)), btn(CHAT.cancelAll, '/huy tất cả')])
    await this.deps.chats.unsubscribe(ref, topic)
    return text('help', CHAT.unsubscribed(TOPIC_LABELS[topic]!))
  }

  /** /sdt: an official's phone for deadline reminders by ZNS, stored only after an explicit "đồng ý". */
  private async reminderPhone(ref: ChatRef, argument: string): Promise<OutgoingMessage> {
    const folded = foldDiacritics(argument)
    if (/^(xoa|huy)$/.test(folded)) {
      const wasPending = await this.deps.phones.takePending(ref, this.deps.now())
      return text('help', (await this.deps.phones.delete(ref)) || wasPending ? PHONE.deleted : PHONE.nothingToDelete)
    }
    const answer = consentAnswer(argument)
    if (answer) return this.confirmPhone(ref, answer)
    if (!argument) {
      const stored = await this.deps.phones.get(ref)
      return text('help', stored ? PHONE.current(maskPhone(stored.phone)) : PHONE.howTo)
    }
    const chat = await this.deps.chats.get(ref)
    if (!chat?.agency && !chat?.topics.includes('han-bao-cao')) return text('help', PHONE.officialsOnly, [], false)
    const phone = normalizePhone(argument)
    if (!phone) return text('help', PHONE.invalid, [], false)
    const now = this.deps.now()
    await this.deps.phones.holdPending(ref, phone, new Date(now.getTime() + CONSENT_WAIT_MS), now)
    return text('help', PHONE.consent(maskPhone(phone)), [btn('Đồng ý', '/sdt đồng ý'), btn('Không', '/sdt không')])
  }

  /** Takes the waiting phone (one answer only, whichever instance gets it) and stores it on "đồng ý". */
  private async confirmPhone(ref: ChatRef, answer: 'yes' | 'no'): Promise<OutgoingMessage> {
    const now = this.deps.now()
    const phone = await this.deps.phones.takePending(ref, now)
    if (!phone) return text('help', PHONE.nothingPending, [], false)
    if (answer === 'no') return text('help', PHONE.declined)
    await this.deps.phones.save(ref, { phone, consentedAt: now, consentVersion: PHONE_CONSENT_VERSION })
    return text('help', PHONE.saved(maskPhone(phone)))
  }

  private async deadlines(ref: ChatRef): Promise<OutgoingMessage> {
    const chat = await this.deps.chats.get(ref)
    if (!chat?.province) return text('deadline', CHAT.noProvinceForDeadlines, [btn('Chọn tỉnh', '/tinh')], false)
    const { documents, glossary } = this.deps.assistant().knowledge
    const all = datedDeadlines(documents, glossary, { province: chat.province, agency: chat.agency })
    const scope = [chat.province, chat.agency].filter(Boolean).join(' · ')
    const next = upcoming(all, this.deps.now()).slice(0, MAX_DEADLINES)
    const lines = next.length ? [CHAT.upcomingTitle(scope), ...next.map(deadlineLine)] : [CHAT.noUpcoming(scope), ...(all.length ? [CHAT.recentTitle, ...all.slice(-3).reverse().map(deadlineLine)] : [])]
    const shown = next.length ? next : all.slice(-3)
    return {
      reply: {
        intent: 'deadline',
        found: shown.length > 0,
        text: lines.join('\n'),
        citations: shown.map(({ doc, fact }) => ({ province: doc.meta.province, issuer: doc.meta.issuer, number: doc.meta.number, date: null, section: fact.section, title: doc.meta.title })),
      },
    }
  }

  private async addresses(ref: ChatRef, kind: ChatKind, argument: string): Promise<OutgoingMessage[]> {
    const chat = await this.deps.chats.get(ref)
    const question = `địa chỉ tin cậy nhà tạm lánh ${argument || chat?.province || ''}`.trim()
    const reply = this.deps.assistant().ask(question, { province: chat?.province ?? null, now: this.deps.now() })
    if (argument) return [{ reply }]
    return [{ reply: { ...reply, text: `${reply.text}\n${CHAT.diachiIntro}` }, requestLocation: kind === 'private' }]
  }
}

function deadlineLine({ doc, fact, due }: DatedDeadline): string {
  const when = fact.kind === 'period' ? `${formatVietnameseDate(fact.date!)}–${formatVietnameseDate(due)}` : `trước ${formatVietnameseDate(due)}`
  return `• ${when}: ${fact.action} (${describeDocument(doc)}, mục ${displaySection(fact.section)})`
}

function topicFrom(argument: string): Topic | null {
  const folded = foldDiacritics(argument)
  if (!folded) return null
  if ((TOPICS as readonly string[]).includes(folded)) return folded as Topic
  if (/thang hanh dong/.test(folded)) return 'thang-hanh-dong'
  if (/han|bao cao|nhac/.test(folded)) return 'han-bao-cao'
  if (/tin tuc|tin chung/.test(folded)) return 'tin-tuc'
  return null
}

/** An explicit answer to the consent question, or null. */
function consentAnswer(text: string): 'yes' | 'no' | null {
  const folded = foldDiacritics(text)
    .replace(/[.!]+$/, '')
    .trim()
  if (/^(toi )?dong y$/.test(folded)) return 'yes'
  if (/^(khong|khong dong y|huy)$/.test(folded)) return 'no'
  return null
}

function btn(label: string, question: string): ReplyButton {
  return { label, question }
}

function text(intent: Reply['intent'], body: string, buttons: ReplyButton[] = [], found = true): OutgoingMessage {
  return { reply: { intent, found, text: body, citations: [], ...(buttons.length ? { buttons } : {}) } }
}
