import type { Messenger, SendOutcome } from '../../core/broadcasts/broadcast.js'
import type { ChatKind } from '../../core/ports.js'
import { ZaloApiError, ZaloNetworkError, type ZaloOaClient } from './zalo-oa-client.js'

/** Broadcasts through the OA consultation endpoint: unreachable users (-213/-230/-232) are blocked. */
export class ZaloOaMessenger implements Messenger {
  constructor(private readonly client: ZaloOaClient) {}

  async send(chat: { chatId: string; kind: ChatKind }, text: string): Promise<SendOutcome> {
    try {
      await this.client.sendText(chat.chatId, text)
      return { ok: true }
    } catch (error) {
      if (error instanceof ZaloApiError) {
        const reason = `${error.code} ${error.message}`
        if (error.unreachable) return { ok: false, kind: 'blocked', reason }
        if (error.code === -32) return { ok: false, kind: 'retry', reason, afterMs: 60_000 }
        return { ok: false, kind: 'failed', reason }
      }
      if (error instanceof ZaloNetworkError) return { ok: false, kind: 'retry', reason: error.message }
      return { ok: false, kind: 'retry', reason: (error as Error).message }
    }
  }
}
