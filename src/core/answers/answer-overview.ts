import { displaySection } from '../knowledge-base/format-citation.js'
import { type AnswerContext, withSources } from './answer-context.js'
import { capitalize, sentenceCase } from '../text/letter-case.js'
import type { Reply } from './reply.js'

const MAX_DOCUMENTS = 3

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
    lines.push(doc.meta.title ? `${type} “${doc.meta.title}” gồm:` : `${type} gồm:`)
    for (const s of doc.sections) lines.push(`• ${displaySection(s.path)}. ${sentenceCase(s.heading.split(':')[0]!.slice(0, 120))}`)
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
