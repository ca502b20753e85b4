import { foldDiacritics } from '../text/normalize-vietnamese.js'

/**
 * Words that frame a question rather than say what it is about: the plan as speaker ("Thanh Hóa
 * yêu cầu …", "kế hoạch nhắc gì về …", "đề nghị …"), requests for a summary ("giới thiệu sơ qua",
 * "nói ngắn gọn") and chat ("chào bot", "cho mình hỏi", "giúp mình", "cảm ơn"). As search words
 * they only lower the share of the question the answering passage covers.
 *
 * Each phrase is written with its marks; an unmarked question matches its folded form. Single
 * syllables that fold onto plan words ("nói"/"nội", "nêu"/"nếu") count only with their marks.
 */
const FRAMING = [
  'yêu cầu',
  'đề nghị',
  'đề cập đến',
  'đề cập tới',
  'đề cập',
  'nhắc đến',
  'nhắc tới',
  'nhắc',
  'nói gì về',
  'nói gì',
  'nói về',
  'nói những gì',
  'nói ngắn gọn',
  'ngắn gọn',
  'giới thiệu sơ qua',
  'giới thiệu qua',
  'giới thiệu',
  'sơ qua',
  'tóm lược',
  'cho mình hỏi',
  'cho tôi hỏi',
  'cho em hỏi',
  'xin hỏi',
  'chào bot',
  'chào bạn',
  'cảm ơn nhiều',
  'cảm ơn',
  'làm ơn',
  'vui lòng',
  'giúp mình',
  'giúp tôi',
  'giúp em',
  'giúp với',
  // "ai đứng ra lo …", "bên nào lo việc …": who does it, in everyday words.
  'đứng ra lo',
  'đứng ra',
  'lo việc',
]
const MARKED_ONLY = ['nói', 'nêu']

const pattern = (phrases: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
const MARKED = pattern([...FRAMING, ...MARKED_ONLY].sort((a, b) => b.length - a.length))
const FOLDED = pattern(FRAMING.map(foldDiacritics).sort((a, b) => b.length - a.length))

/**
 * The question without its framing words. When nothing would be left but function words, the
 * framing is what is asked ("Yêu cầu của kế hoạch là gì?" names the section "Yêu cầu"): kept.
 */
export function withoutFraming(text: string, isContent: (rest: string) => boolean): string {
  // Unmarked words are read folded, also in a marked question ("Thanh Hóa yeu cau …").
  const rest = text.replace(MARKED, ' ').replace(FOLDED, ' ')
  return isContent(rest) ? rest : text
}

/** Where a chatty message turns to its question: "… , cho em hỏi …", "… em muốn hỏi …", "xin hỏi". */
const ASK_TURN = /(?<![\p{L}\p{N}])(?:cho (?:em|mình|minh|tôi|toi|tui|chị|chi|anh|con|cháu|chau) hỏi|cho (?:em|minh|toi|tui|chi|anh|con|chau) hoi|(?:em|mình|minh|tôi|toi|tui) (?:muốn|muon|cần|can|xin) hỏi|(?:em|minh|toi|tui) (?:muon|can|xin) hoi|xin hỏi|xin hoi)(?![\p{L}\p{N}])/iu

/**
 * The question after its context, when a message first says who is asking or why ("Mai em họp với
 * lãnh đạo, cho em hỏi …"): null when there is no such turn or nothing of the plans' words follows it.
 */
export function afterContext(text: string, isContent: (rest: string) => boolean): string | null {
  const m = ASK_TURN.exec(text)
  if (!m || m.index === 0) return null
  const rest = text.slice(m.index + m[0].length)
  return isContent(rest) ? rest : null
}
