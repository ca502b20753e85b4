import { ownText } from '../knowledge-base/build-section-tree.js'
import { flattenSections, type PlanDocument } from '../knowledge-base/plan-document.js'
import { splitSentences } from '../knowledge-base/parse-plan-document.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { type AnswerContext, searchScope, truncate, withSources } from './answer-context.js'
import { MESSAGES } from './answer-messages.vi.js'
import type { Reply } from './reply.js'
import type { PlaceLookup } from '../directory/shelter-lookup.js'


/**
 * Shelter and danger messages. Never silent: hotlines first when the message signals danger,
 * then trusted addresses from the directory (when one is wired in) and what the plans say about
 * them, then how to share a location, and a short safety note.
 */
export function answerShelter(ctx: AnswerContext, places: PlaceLookup = { lines: [] }): Reply {
  const lines: string[] = []
  const hotlines = places.hotlines ?? [...MESSAGES.hotlines]
  if (ctx.understanding.danger) lines.push(MESSAGES.hotlinesTitle, ...hotlines)
  lines.push(...places.lines)
  const cited: { doc: PlanDocument; section: string }[] = []
  const mention = planMention(ctx)
  if (mention) {
    lines.push(`${MESSAGES.plansMention} ${truncate(mention.sentence, 400)}`)
    cited.push({ doc: mention.doc, section: mention.section })
  }
  if (!ctx.understanding.danger) lines.push(MESSAGES.hotlinesTitle, ...hotlines)
  if (!places.lines.length) lines.push(MESSAGES.shareLocation)
  lines.push(MESSAGES.safetyNote)
  const sourced = withSources(lines, cited, ctx.glossary)
  return { intent: 'shelter', found: true, ...sourced, ...(places.location ? { location: places.location } : {}) }
}

/** The plan sentence naming trusted addresses/shelters that best matches the place asked about. */
function planMention(ctx: AnswerContext) {
  const hits = ctx.index.search(`${ctx.question} địa chỉ tin cậy nhà tạm lánh`, { kinds: ['section'], ...searchScope(ctx) }, 5)
  const placeWords = new Set(ctx.analyzer.analyze(ctx.question).bigrams)
  let best: { doc: PlanDocument; section: string; sentence: string; score: number } | null = null
  hits.forEach((hit, rank) => {
    const doc = ctx.documents.get(hit.entry.documentId)!
    const section = flattenSections(doc.sections).find((s) => s.path === hit.entry.section)
    for (const sentence of section ? ownText(section).flatMap(splitSentences) : []) {
      const folded = foldDiacritics(sentence)
      if (!/dia chi tin cay|tam lanh/.test(folded)) continue
      // Sentences that name a place (xã, phường, huyện) tell a person where to go.
      const score = ctx.analyzer.analyze(sentence).bigrams.filter((b) => placeWords.has(b)).length * 2 + (/\b(xa|phuong|huyen|thi xa)\b/.test(folded) ? 2 : 0) - rank * 0.5
      if (!best || score > best.score) best = { doc, section: section!.path, sentence: sentence.replace(/^[-+•]\s*/, ''), score }
    }
  })
  return best as { doc: PlanDocument; section: string; sentence: string } | null
}
