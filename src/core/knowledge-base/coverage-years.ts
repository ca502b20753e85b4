import type { PlanDocument, YearSpan } from './plan-document.js'

const YEAR = '(?:19|20)\\d\\d'
const SPAN = new RegExp(`(?<![\\d/])(${YEAR})\\s*[-–—]\\s*(${YEAR})(?![\\d/])`, 'gu')
const SINGLE = new RegExp(`(?<![\\d/\\-–])(${YEAR})(?![\\d/\\-–])`, 'gu')

/**
 * The years a document is about: its plan year, its issue year, and the years and periods its title
 * names ("… năm 2021 và giai đoạn 2021-2023" covers 2021–2023). The body is not read: plans cite
 * other periods ("giai đoạn 2016-2020", "nhiệm kỳ 2021-2026") that they are not about.
 * Most specific (shortest) spans first.
 *
 * @example
 * coverageYears(thanhHoaLetter) // [{ from: 2020, to: 2020 }, { from: 2021, to: 2021 }, { from: 2021, to: 2023 }]
 */
export function coverageYears(doc: Pick<PlanDocument, 'meta'>): YearSpan[] {
  const spans: YearSpan[] = []
  const add = (from: number, to: number) => {
    if (from <= to && to - from <= 30 && !spans.some((s) => s.from === from && s.to === to)) spans.push({ from, to })
  }
  if (doc.meta.year) add(doc.meta.year, doc.meta.year)
  if (doc.meta.issued) add(doc.meta.issued.year, doc.meta.issued.year)
  const title = doc.meta.title ?? ''
  for (const m of title.matchAll(SPAN)) add(Number(m[1]), Number(m[2]))
  for (const m of title.replace(SPAN, ' ').matchAll(SINGLE)) add(Number(m[1]), Number(m[1]))
  return spans.sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from)
}

/** 0 when the year is covered; otherwise how many years away the nearest covered year is. */
export function yearDistance(spans: readonly YearSpan[], year: number): number {
  let best = Infinity
  for (const s of spans) best = Math.min(best, year < s.from ? s.from - year : year > s.to ? year - s.to : 0)
  return best
}

/** "2021" or "2021–2023". */
export function formatYearSpan(span: YearSpan): string {
  return span.from === span.to ? String(span.from) : `${span.from}–${span.to}`
}
