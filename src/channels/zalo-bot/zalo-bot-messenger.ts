import type { Messenger, SendOutcome } from '../../core/broadcasts/broadcast.js'
import type { ChatKind } from '../../core/ports.js'
import { ZaloBotApiError, ZaloBotNetworkError, type ZaloBotClient } from './zalo-bot-client.js'

export class ZaloBotMessenger implements Messenger {
  constructor(private readonly client: ZaloBotClient) {}

  async send(chat: { chatId: string; kind: ChatKind }, text: string): Promise<SendOutcome> {
    try {
      await this.client.sendMessage(chat.chatId, text)
      return { ok: true }
    } catch (error) {
      if (error instanceof ZaloBotApiError) {
        const reason = `${error.code} ${error.description}`
        if (error.code === 403) return { ok: false, kind: 'blocked', reason }
        if (error.code === 429) return { ok: false, kind: 'retry', reason, afterMs: 5_000 }
        return { ok: false, kind: 'failed', reason }
      }
      if (error instanceof ZaloBotNetworkError) return { ok: false, kind: 'retry', reason: error.message }
      return { ok: false, kind: 'retry', reason: (error as Error).message }
    }
  }
}
