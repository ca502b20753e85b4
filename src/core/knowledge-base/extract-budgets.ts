import type { BudgetFact } from './plan-document.js'

/**
 * Money figures: "cấp tỉnh từ 20 triệu đến 30 triệu đồng/năm", "UBND cấp huyện … từ 150 triệu
 * đồng/năm trở lên". Amounts are kept as written and also as millions of đồng for comparisons.
 */
const NUM = '(\\d+(?:[.,]\\d+)?)'
const UNIT = '(tỷ|triệu|nghìn|ngàn)'
const AMOUNT = new RegExp(`(?:từ\\s+)?${NUM}\\s*${UNIT}(?:\\s*đồng)?(?:\\s*(?:đến|-|–)\\s*${NUM}\\s*${UNIT})?\\s*(?:đồng)?\\s*(\\/\\s*(?:năm|tháng|người|lớp|xã)|một năm|mỗi năm)?(\\s*trở lên)?`, 'gu')
const MILLIONS: Record<string, number> = { tỷ: 1000, triệu: 1, nghìn: 0.001, ngàn: 0.001 }

export function extractBudgets(sentence: string, base: { documentId: string; section: string }): BudgetFact[] {
  const facts: BudgetFact[] = []
  for (const m of sentence.matchAll(AMOUNT)) {
    const min = toMillions(m[1]!, m[2]!)
    const upper = m[3] ? toMillions(m[3], m[4]!) : null
    const orMore = Boolean(m[6])
    const period = m[5] ? m[5].replace(/^\/\s*/, '').replace(/^(một|mỗi) /u, '') : null
    facts.push({
      type: 'budget',
      documentId: base.documentId,
      section: base.section,
      quote: sentence.trim(),
      amount: m[0].trim(),
      minMillion: min,
      maxMillion: upper ?? (orMore ? null : min),
      unit: 'đồng',
      period,
      level: levelOf(sentence.slice(0, m.index)),
    })
  }
  return facts
}

function toMillions(value: string, unit: string): number {
  return Number(value.replace(',', '.')) * (MILLIONS[unit] ?? 1)
}

/** "Đối với UBND cấp huyện chi cho …" → "UBND cấp huyện". */
function levelOf(before: string): string | null {
  const m = /Đối với\s+(.+?)(?:\s+chi\b|\s+từ\s*$|\s*$)/u.exec(before)
  if (m) return m[1]!.replace(/\s+(từ|là)$/u, '').trim()
  const level = /(cấp tỉnh|cấp huyện|cấp xã)/u.exec(before)
  return level ? level[1]! : null
}
