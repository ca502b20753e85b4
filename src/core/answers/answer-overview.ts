import { displaySection } from '../knowledge-base/format-citation.js'
import { type AnswerContext, withSources } from './answer-context.js'
import { capitalize, sentenceCase } from '../text/letter-case.js'
import type { Reply } from './reply.js'
import { MESSAGES } from './answer-messages.vi.js'

const MAX_DOCUMENTS = 3
const MAX_ITEMS = 8
const ITEM_LENGTH = 60

/** An item's heading cut at a word before ITEM_LENGTH characters, without its trailing punctuation. */
function shorten(heading: string): string {
  const text = heading
    .split(':')[0]!
    .replace(/[.;,]+$/, '')
    .trim()
  if (text.length <= ITEM_LENGTH) return text
  return `${text.slice(0, text.lastIndexOf(' ', ITEM_LENGTH))}…`
}

/**
 * "Kế hoạch BĐG của An Giang có những nội dung gì?" — the plans of the province asked about,
 * each with its title and main parts (its Roman-numbered sections), so the user can ask further.
 */
export function answerOverview(ctx: AnswerContext): Reply | null {
  if (!ctx.scope) return null
  const docs = [...ctx.scope].map((id) => ctx.documents.get(id)!).slice(0, MAX_DOCUMENTS)
  if (!docs.length) return null
  const lines: string[] = []
  for (const doc of docs) {
    const type = capitalize(doc.meta.type)
    const parts = MESSAGES.partCount(doc.sections.length)
    lines.push(doc.meta.title ? `${type} “${doc.meta.title}” ${parts}:` : `${type} ${parts}:`)
    // Each part with what it holds (its numbered items, shortened): the whole plan at a glance.
    for (const s of doc.sections) {
      const items = s.children.slice(0, MAX_ITEMS).map((c) => shorten(c.heading))
      const more = s.children.length > MAX_ITEMS ? '; …' : ''
      lines.push(`• ${displaySection(s.path)}. ${sentenceCase(s.heading.split(':')[0]!.slice(0, 120))}${items.length ? `: ${items.join('; ')}${more}` : ''}`)
    }
  }
  lines.push('Bạn có thể hỏi tiếp về hạn báo cáo, nhiệm vụ của từng cơ quan hoặc kinh phí.')
  return {
    intent: 'content',
    found: true,
    ...withSources(
      lines,
      docs.map((doc) => ({ doc, section: doc.sections.map((s) => s.path).join(', ') || '1' })),
      ctx.glossary,
    ),
  }
}
