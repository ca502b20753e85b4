import { formatVietnameseDate } from '../text/find-dates.js'
import { type AnswerContext, searchScope, sectionAt, truncate, withSources } from './answer-context.js'
import { ownText } from '../knowledge-base/build-section-tree.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { splitClauses } from './choose-clauses.js'
import { THEME } from './understand-question.js'
import { MESSAGES } from './answer-messages.vi.js'
import type { Reply } from './reply.js'

const MAX_PERIODS = 5

/** The Action Month (15/11–15/12 every year), with the period each loaded plan sets for it. */
export function answerActionMonth(ctx: AnswerContext): Reply {
  // The most recent plans first; a long list is cut (the yearly dates are the same everywhere).
  // The periods are sorted once per snapshot: a scoped question looks up its own plans' places.
  const { actionMonthPeriods: all, actionMonthRank: rank } = ctx.knowledge
  const periods = ctx.scope
    ? [...ctx.scope]
        .map((id) => rank.get(id))
        .filter((i): i is number => i !== undefined)
        .sort((a, b) => a - b)
        .slice(0, MAX_PERIODS)
        .map((i) => all[i]!)
    : all.slice(0, MAX_PERIODS)
  const lines: string[] = [MESSAGES.actionMonth]
  if (periods.length) {
    lines.push('Theo các kế hoạch:')
    for (const { doc, fact } of periods) lines.push(`• ${doc.meta.province ?? doc.meta.issuer}: từ ${formatVietnameseDate(fact.date!)} đến ${formatVietnameseDate(fact.end!)}.`)
  }
  return {
    intent: 'action_month',
    found: true,
    ...withSources(
      lines,
      periods.map(({ doc, fact }) => ({ doc, section: fact.section })),
      ctx.glossary,
    ),
  }
}

/**
 * "Chủ đề Tháng hành động năm 2021 là gì?": the plans set the dates, not the theme. Say so, with
 * what a plan says about it when it does ("xây dựng … thông điệp, chủ đề … theo hướng dẫn của Bộ").
 */
export function answerActionMonthTheme(ctx: AnswerContext): Reply {
  const asked = THEME.exec(foldDiacritics(ctx.question))?.[1] ?? 'chu de'
  const noun = THEME_NAMES[asked] ?? 'chủ đề'
  for (const hit of ctx.index.search(ctx.searchText, { kinds: ['section'], ...searchScope(ctx) }, 10)) {
    const doc = ctx.documents.get(hit.entry.documentId)!
    const section = sectionAt(doc, hit.entry.section)
    const clause = splitClauses(section ? ownText(section) : []).find((c) => {
      const folded = foldDiacritics(c).toLowerCase()
      return folded.includes(asked) && folded.includes('thang hanh dong')
    })
    if (!clause) continue
    const lines = [MESSAGES.themeNotStated(noun), `${MESSAGES.planSays} “${truncate(clause, 300)}”`]
    return { intent: 'action_month', found: false, ...withSources(lines, [{ doc, section: hit.entry.section }], ctx.glossary) }
  }
  return { intent: 'action_month', found: false, text: MESSAGES.themeNotStated(noun), citations: [] }
}

const THEME_NAMES: Record<string, string> = { 'chu de': 'chủ đề', 'khau hieu': 'khẩu hiệu', 'thong diep': 'thông điệp', slogan: 'khẩu hiệu', 'ten goi': 'tên gọi' }
