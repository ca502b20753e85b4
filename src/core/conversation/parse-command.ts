import { foldDiacritics } from '../text/normalize-vietnamese.js'

export const COMMANDS = ['start', 'help', 'hanchot', 'diachi', 'tinh', 'coquan', 'dangky', 'huy', 'xoa', 'sdt'] as const
export type CommandName = (typeof COMMANDS)[number]

export interface Command {
  name: CommandName
  argument: string
}

/** Words that work as commands where there is no slash menu (Zalo): "đăng ký", "hủy", "xóa dữ liệu". */
const WORD_COMMANDS: [RegExp, CommandName][] = [
  [/^dang ky\b/, 'dangky'],
  [/^huy( dang ky)?\b/, 'huy'],
  [/^xoa( (du lieu|het|thong tin))?\s*$/, 'xoa'],
  [/^(tro giup|huong dan|menu)\s*$/, 'help'],
  [/^dia chi( tin cay)?\s*$/, 'diachi'],
  [/^han chot\s*$/, 'hanchot'],
]

/**
 * "/tinh An Giang", "/tinh@bdg_bot An Giang" (Telegram groups), or a command word.
 * Returns null for ordinary questions. `botUsername` restricts "/cmd@name" to this bot.
 */
export function parseCommand(text: string, botUsername?: string): Command | null {
  const trimmed = text.trim()
  const slash = /^\/([a-zA-Z_]+)(?:@([\w_]+))?(?:\s+([\s\S]*))?$/.exec(trimmed)
  if (slash) {
    if (slash[2] && botUsername && slash[2].toLowerCase() !== botUsername.toLowerCase()) return null
    const name = slash[1]!.toLowerCase() as CommandName
    return (COMMANDS as readonly string[]).includes(name) ? { name, argument: (slash[3] ?? '').trim() } : { name: 'help', argument: '' }
  }
  // Long messages are questions, even when they start like a command word ("hủy bỏ …").
  if (trimmed.length > 40) return null
  const folded = foldDiacritics(trimmed).replace(/\s+/g, ' ')
  for (const [pattern, name] of WORD_COMMANDS) {
    const m = pattern.exec(folded)
    if (m) return { name, argument: trimmed.slice(m[0].length).trim() }
  }
  return null
}
