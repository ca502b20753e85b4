import type { BudgetFact, ReferenceFact } from '../knowledge-base/plan-document.js'
import { ownText } from '../knowledge-base/build-section-tree.js'
import { flattenSections } from '../knowledge-base/plan-document.js'
import { splitSentences } from '../knowledge-base/parse-plan-document.js'
import { formatVietnameseDate } from '../text/find-dates.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { type AnswerContext, factOf, searchScope, successorNotes, truncate, withSources } from './answer-context.js'
import type { Reply } from './reply.js'
import { capitalize } from '../text/letter-case.js'

const MIN_COVERAGE = 0.45

/**
 * General questions: the best-matching section (or cited legal document), answered with its
 * one or two most relevant sentences and the source.
 */
export function answerContent(ctx: AnswerContext): Reply | null {
  const u = ctx.understanding
  const kinds = u.askingReference ? (['reference', 'section'] as const) : (['section', 'reference'] as const)
  const hits = ctx.index.search(ctx.searchText, { kinds, ...searchScope(ctx) }, 20)
  const folded = foldDiacritics(ctx.question)
  const asksBasis = /\bcan cu\b/.test(folded)
  const rescored = hits
    .map((h) => {
      // An entry with every word of the question (a document number, a rare name) beats a longer one with most.
      let score = h.score * h.coverage * h.coverage
      if (u.askingReference) score *= h.entry.kind === 'reference' ? 2 : 0.7
      if (asksBasis && h.entry.section === 'preamble') score *= 2
      if (u.intent === 'budget' && /kinh phi|ngan sach/.test(foldDiacritics(h.entry.heading))) score *= 2
      return { hit: h, score }
    })
    .sort((a, b) => b.score - a.score)
  // A section that is only a heading over its subsections ("III. NHIỆM VỤ, GIẢI PHÁP") is not an answer.
  const best = rescored.map((r) => r.hit).find((h) => !isBareHeading(ctx, h.entry.documentId, h.entry.section))
  if (!best || best.coverage < MIN_COVERAGE) return null
  // Asked about a named agency: the passage must name it, or the plan simply says nothing about it.
  const agency = u.agency
  if (agency && u.intent === 'responsibility' && !ctx.glossary.findAgencies(best.entry.text).some((m) => m.value.id === agency.id)) return null
  const doc = ctx.documents.get(best.entry.documentId)!
  if (best.entry.kind === 'reference') {
    // The same legal document may be cited with or without its title: show the fullest citation.
    const sameNumber = rescored.map((r) => r.hit).filter((h) => h.entry.kind === 'reference' && (factOf(ctx, h).fact as ReferenceFact).number === (factOf(ctx, best).fact as ReferenceFact).number)
    const fullest = sameNumber.find((h) => (factOf(ctx, h).fact as ReferenceFact).title) ?? best
    const ref = factOf(ctx, fullest).fact as ReferenceFact
    const date = ref.date ? ` ngày ${formatVietnameseDate(ref.date)}` : ''
    const lines = [`${ref.docType} số ${ref.number}${date}${ref.issuer ? ` của ${ref.issuer}` : ''}${ref.title ? ` ${/^(về|ban hành|phê duyệt)/u.test(ref.title) ? '' : 'về '}${ref.title}` : ''}.`]
    lines.push(`Trích: “${truncate(ref.quote, 300)}”`)
    return { intent: 'content', found: true, ...withSources(lines, [{ doc: ctx.documents.get(fullest.entry.documentId)!, section: ref.section }], ctx.glossary) }
  }
  const sentences = bestSentences(ctx, best.entry.documentId, best.entry.section)
  const lines = sentences.map((s) => truncate(s, 400))
  lines.push(...successorNotes(ctx, lines.join(' ')))
  return { intent: u.intent === 'budget' ? 'budget' : 'content', found: true, ...withSources(lines, [{ doc, section: best.entry.section }], ctx.glossary) }
}

/** Budget questions: the figures per level when the plan gives them, else the funding section. */
export function answerBudget(ctx: AnswerContext): Reply | null {
  const hits = ctx.index.search(ctx.searchText, { kinds: ['budget'], ...searchScope(ctx) }, 20)
  const top = hits[0]
  if (!top || top.coverage < 0.3) return null
  const { doc } = factOf(ctx, top)
  const folded = foldDiacritics(ctx.question)
  const budgets = doc.facts.filter((f): f is BudgetFact => f.type === 'budget')
  const asked = budgets.find((b) => b.level && folded.includes(foldDiacritics(b.level).replace(/^(ubnd|uy ban nhan dan) /, '')))
  const first = asked ?? (factOf(ctx, top).fact as BudgetFact)
  const lines = [`${first.level ? `${capitalize(first.level)}: ` : ''}${first.amount}.`]
  const others = budgets.filter((b) => b !== first)
  if (others.length) lines.push(`Các mức khác: ${others.map((b) => `${b.level ?? ''} ${b.amount}`.trim()).join('; ')}.`)
  lines.push(`Trích: “${truncate(first.quote, 300)}”`)
  return { intent: 'budget', found: true, ...withSources(lines, [{ doc, section: first.section }], ctx.glossary) }
}

function isBareHeading(ctx: AnswerContext, documentId: string, path: string): boolean {
  const section = flattenSections(ctx.documents.get(documentId)!.sections).find((s) => s.path === path)
  return Boolean(section && section.children.length && !section.paragraphs.length)
}

/** The one or two sentences of a section that share most words with the question, in document order. */
function bestSentences(ctx: AnswerContext, documentId: string, sectionPath: string): string[] {
  const doc = ctx.documents.get(documentId)!
  const section = sectionPath === 'preamble' ? null : flattenSections(doc.sections).find((s) => s.path === sectionPath)
  // A heading is a sentence only when the section has nothing else ("KINH PHÍ THỰC HIỆN" is not an answer).
  const paragraphs = section ? (section.paragraphs.length ? section.paragraphs : ownText(section)) : doc.preamble
  const sentences = paragraphs.flatMap(splitSentences)
  const query = ctx.analyzer.analyze(ctx.question)
  const queryTerms = new Set([...query.folded, ...query.bigrams])
  const scored = sentences.map((s, i) => {
    const a = ctx.analyzer.analyze(s)
    let score = 0
    for (const t of new Set([...a.folded, ...a.bigrams])) if (queryTerms.has(t)) score += t.includes('_') ? 2 : 1
    return { s, i, score }
  })
  const ranked = [...scored].sort((a, b) => b.score - a.score)
  const picked = ranked.slice(0, 2).filter((r, k) => k === 0 || r.score >= ranked[0]!.score * 0.8)
  return picked.sort((a, b) => a.i - b.i).map((r) => r.s.replace(/^[-+•]\s*/, ''))
}
