import type { Logger } from 'pino'
import { Markup, Telegraf, TelegramError, type Context } from 'telegraf'
import { message } from 'telegraf/filters'
import type { Conversation, IncomingMessage, OutgoingMessage } from '../../core/conversation/conversation.js'
import type { ChatKind, ChatStore } from '../../core/ports.js'
import { withRetries } from '../with-retries.js'
import { CallbackRegistry } from './callback-registry.js'
import { renderTelegramHtml } from './render-telegram.js'
import { CHAT } from '../../core/conversation/conversation-messages.vi.js'
import { ChannelError } from '../../core/errors.js'

export interface TelegramBotDeps {
  token: string
  apiRoot: string
  conversation: Conversation
  chats: ChatStore
  log: Logger
  /** Known bot identity (skips getMe); tests and webhook:set provide it. */
  botInfo?: { id: number; username: string; first_name: string }
  sleep?: (ms: number) => Promise<void>
}

/** Vietnamese command menu; `npm run webhook:set` registers it with setMyCommands. */
export const TELEGRAM_COMMANDS = [
  { command: 'start', description: 'Bắt đầu: bot giúp được gì' },
  { command: 'help', description: 'Hướng dẫn sử dụng' },
  { command: 'hanchot', description: 'Các hạn sắp tới của tỉnh/cơ quan tôi' },
  { command: 'diachi', description: 'Địa chỉ tin cậy, nhà tạm lánh, đường dây nóng' },
  { command: 'tinh', description: 'Chọn tỉnh/thành của tôi' },
  { command: 'coquan', description: 'Chọn cơ quan của tôi' },
  { command: 'dangky', description: 'Đăng ký nhận tin Tháng hành động, nhắc hạn' },
  { command: 'huy', description: 'Hủy đăng ký nhận tin' },
  { command: 'sdt', description: 'Số điện thoại nhận nhắc hạn qua Zalo (cán bộ)' },
  { command: 'xoa', description: 'Xóa mọi thông tin về cuộc trò chuyện này' },
] as const

export const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const

/**
 * The Telegram adapter: telegraf updates in, Conversation calls, HTML messages out.
 * `webhookReply: false` so every call goes over HTTP (and to the fake API in tests).
 * Errors are caught per update (`bot.catch`): one failing update never blocks a chat.
 */
export function createTelegramBot(deps: TelegramBotDeps): Telegraf {
  const bot = new Telegraf(deps.token, { telegram: { apiRoot: deps.apiRoot, webhookReply: false }, handlerTimeout: 20_000 })
  if (deps.botInfo) bot.botInfo = { ...deps.botInfo, is_bot: true, can_join_groups: true, can_read_all_group_messages: false, supports_inline_queries: false } as never
  const callbacks = new CallbackRegistry()
  const retry = <T>(call: () => Promise<T>) => withRetries(call, { classify: classifyTelegramError, ...(deps.sleep ? { sleep: deps.sleep } : {}) })

  const send = async (ctx: Context, chatId: number, outgoing: OutgoingMessage[], kind: ChatKind) => {
    for (const { reply, requestLocation } of outgoing) {
      const parts = renderTelegramHtml(reply)
      for (const [i, html] of parts.entries()) {
        const last = i === parts.length - 1
        let markup: object | undefined
        if (last && requestLocation && kind === 'private') {
          markup = Markup.keyboard([[Markup.button.locationRequest(CHAT.shareLocationButton)]])
            .resize()
            .oneTime().reply_markup
        } else if (last && reply.buttons?.length) {
          const buttons = reply.buttons.slice(0, 9).map((b) => Markup.button.callback(b.label.slice(0, 60), callbacks.dataFor(b.question)))
          markup = Markup.inlineKeyboard(buttons, { columns: 3 }).reply_markup
        }
        await retry(() => ctx.telegram.sendMessage(chatId, html, { parse_mode: 'HTML', link_preview_options: { is_disabled: true }, ...(markup ? { reply_markup: markup as never } : {}) }))
      }
      if (reply.location) {
        const { latitude, longitude, title, address } = reply.location
        await retry(() => ctx.telegram.sendVenue(chatId, latitude, longitude, title.slice(0, 100), address.slice(0, 100)))
      }
    }
  }

  const respond = async (ctx: Context, incoming: Omit<IncomingMessage, 'ref' | 'chatKind'>) => {
    const chat = ctx.chat!
    const kind: ChatKind = chat.type === 'private' ? 'private' : 'group'
    const outgoing = await deps.conversation.handle({ ref: { platform: 'telegram', chatId: String(chat.id) }, chatKind: kind, ...incoming })
    await send(ctx, chat.id, outgoing, kind)
  }

  bot.on(message('text'), async (ctx) => {
    const kind = ctx.chat.type === 'private' ? 'private' : 'group'
    let text = ctx.message.text
    if (kind === 'group') {
      // In groups: commands addressed to us, mentions of us, and replies to our messages only.
      const username = ctx.botInfo?.username ?? ''
      const isCommand = ctx.message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0) ?? false
      const mention = username ? new RegExp(`@${username}\\b`, 'i') : null
      const mentioned = mention ? mention.test(text) : false
      const repliedToBot = ctx.message.reply_to_message?.from?.id === ctx.botInfo?.id
      if (!isCommand && !mentioned && !repliedToBot) return
      if (mention && !isCommand) text = text.replace(mention, '').trim()
    }
    await respond(ctx, { text })
  })

  bot.on(message('location'), async (ctx) => {
    if (ctx.chat.type !== 'private') return
    // The coordinates go straight to the lookup; they are not logged or stored.
    await respond(ctx, { location: { latitude: ctx.message.location.latitude, longitude: ctx.message.location.longitude } })
  })

  bot.on('callback_query', async (ctx) => {
    const data = 'data' in ctx.callbackQuery ? ctx.callbackQuery.data : undefined
    const question = data ? callbacks.questionFor(data) : null
    await retry(() => ctx.answerCbQuery(question ? undefined : 'Nút này đã cũ, bạn hãy gõ lại câu hỏi nhé.'))
    if (question && ctx.chat) await respond(ctx, { text: question })
  })

  bot.on('my_chat_member', async (ctx) => {
    const status = ctx.myChatMember.new_chat_member.status
    const kind: ChatKind = ctx.chat.type === 'private' ? 'private' : 'group'
    // Blocked (private) or removed (group): no more broadcasts until they come back.
    const active = status === 'member' || status === 'administrator'
    await deps.chats.update({ platform: 'telegram', chatId: String(ctx.chat.id) }, { active, kind })
  })

  bot.catch((error, ctx) => {
    const e = error as Error & { code?: number }
    if (e instanceof TelegramError && e.code === 403 && ctx.chat) {
      void deps.chats.update({ platform: 'telegram', chatId: String(ctx.chat.id) }, { active: false })
    }
    // Never the message text: only what kind of update failed and why.
    deps.log.error({ updateId: ctx.update.update_id, updateType: ctx.updateType, err: e }, 'telegram update failed')
  })
  return bot
}

/**
 * Makes sure the bot knows who it is before handling an update. telegraf caches its first getMe
 * promise, even a rejected one, so one failed getMe (a 502) would fail every later update until a
 * restart; asking here and keeping only a success lets the next update try again.
 */
export async function ensureBotInfo(bot: Telegraf): Promise<void> {
  if (bot.botInfo) return
  try {
    bot.botInfo = await bot.telegram.getMe()
  } catch (error) {
    const rejected = error instanceof TelegramError && error.code < 500 && error.code !== 429
    const reason = error instanceof TelegramError ? `${error.code} ${error.description}` : 'network error'
    throw new ChannelError(rejected ? 'CHANNEL_REJECTED' : 'CHANNEL_UNAVAILABLE', 'telegram', 'getMe', reason, { cause: error })
  }
}

/** 429 → wait retry_after; 5xx and network errors → back off; 4xx (blocked, bad request) → give up. */
export function classifyTelegramError(error: unknown): { retry: boolean; afterMs?: number } {
  if (error instanceof TelegramError) {
    if (error.code === 429) return { retry: true, afterMs: (error.parameters?.retry_after ?? 1) * 1000 }
    return { retry: error.code >= 500 }
  }
  return { retry: true }
}
