import type { ChatProfile, ChatRef, ChatStore, Platform, TokenStore, Topic, UpdateLog } from '../core/ports.js'

const key = (ref: ChatRef) => `${ref.platform}:${ref.chatId}`

/** In-process stores, for tests and single-process development without a database file. */
export class MemoryChatStore implements ChatStore {
  private readonly chats = new Map<string, ChatProfile>()

  async get(ref: ChatRef): Promise<ChatProfile | null> {
    const chat = this.chats.get(key(ref))
    return chat ? { ...chat, topics: [...chat.topics] } : null
  }

  async update(ref: ChatRef, patch: Partial<Pick<ChatProfile, 'kind' | 'province' | 'agency' | 'active'>>): Promise<ChatProfile> {
    const chat = this.chats.get(key(ref)) ?? { ...ref, kind: 'private', province: null, agency: null, active: true, topics: [] }
    const next = { ...chat, ...patch }
    this.chats.set(key(ref), next)
    return { ...next, topics: [...next.topics] }
  }

  async subscribe(ref: ChatRef, topic: Topic): Promise<ChatProfile> {
    const chat = await this.update(ref, {})
    if (!chat.topics.includes(topic)) this.chats.set(key(ref), { ...chat, topics: [...chat.topics, topic] })
    return (await this.get(ref))!
  }

  async unsubscribe(ref: ChatRef, topic: Topic | null): Promise<ChatProfile> {
    const chat = await this.update(ref, {})
    this.chats.set(key(ref), { ...chat, topics: topic ? chat.topics.filter((t) => t !== topic) : [] })
    return (await this.get(ref))!
  }

  async forget(ref: ChatRef): Promise<void> {
    this.chats.delete(key(ref))
  }

  all(): ChatProfile[] {
    return [...this.chats.values()]
  }
}

export class MemoryUpdateLog implements UpdateLog {
  private readonly seen = new Map<string, number>()
  constructor(private readonly capacity = 100_000) {}

  async claim(platform: Platform, updateId: string): Promise<boolean> {
    const k = `${platform}:${updateId}`
    if (this.seen.has(k)) return false
    this.seen.set(k, Date.now())
    // Oldest first: a Map keeps insertion order.
    if (this.seen.size > this.capacity) this.seen.delete(this.seen.keys().next().value!)
    return true
  }
}

export class MemoryTokenStore implements TokenStore {
  private readonly tokens = new Map<string, { accessToken: string; refreshToken: string }>()
  async load(k: string) {
    return this.tokens.get(k) ?? null
  }
  async save(k: string, t: { accessToken: string; refreshToken: string }) {
    this.tokens.set(k, { ...t })
  }
}
