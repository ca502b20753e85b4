import type { Messenger, SendOutcome } from '../../core/broadcasts/broadcast.js'
import type { ChatKind } from '../../core/ports.js'
import { ZaloBotApiError, ZaloBotNetworkError, type ZaloBotClient } from './zalo-bot-client.js'

/** One sendMessage attempt to a chat that wrote to the bot (the platform has no broadcast API). */
export class ZaloBotMessenger implements Messenger {
  constructor(private readonly client: ZaloBotClient) {}

  async send(chat: { chatId: string; kind: ChatKind }, text: string): Promise<SendOutcome> {
    try {
      await this.client.sendMessage(chat.chatId, text)
      return { ok: true, route: 'send' }
    } catch (error) {
      if (error instanceof ZaloBotApiError) {
        const reason = `${error.errorCode} ${error.description}`
        if (error.errorCode === 403) return { ok: false, kind: 'blocked', reason, code: 'blocked' }
        if (error.errorCode === 429) return { ok: false, kind: 'retry', reason, afterMs: 5_000, code: 'rate' }
        return { ok: false, kind: 'failed', reason, code: error.errorCode === 400 ? 'bad_request' : 'failed' }
      }
      if (error instanceof ZaloBotNetworkError) return { ok: false, kind: 'retry', reason: error.message, code: 'network' }
      return { ok: false, kind: 'retry', reason: (error as Error).message, code: 'network' }
    }
  }
}
