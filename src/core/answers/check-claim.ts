import { findDates } from '../text/find-dates.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'

/**
 * A yes/no question states something ("nộp trước 15/12/2020 phải không?", "do Phó Giám đốc ký
 * phải không?", "khóa XIV phải không?"): when the fact found states the same kind of thing
 * differently (10/12/2020, Giám đốc, Khóa XV), the answer is "Không", never a "Có" before a fact
 * that says otherwise. Only what both sides state is compared; a claim the fact is silent on
 * decides nothing.
 */
export function contradictsClaim(question: string, answer: string): boolean {
  const q = foldDiacritics(question)
  const a = foldDiacritics(answer)
  return CLAIMS.some((claim) => {
    const asked = claim(q)
    if (!asked.length) return false
    const stated = claim(a)
    return stated.length > 0 && !asked.some((x) => stated.includes(x))
  })
}

const all = (pattern: RegExp, text: string, pick: (m: RegExpMatchArray) => string) => [...text.matchAll(pattern)].map(pick)

/** Each claim kind: the values a text states, normalised so both sides compare. */
const CLAIMS: ((folded: string) => string[])[] = [
  // Days: "15/12/2020", "ngày 10 tháng 12 năm 2020" (a date without its year matches any year).
  (t) => findDates(t).map((d) => `${d.day}/${d.month}`),
  // Months of a year: "tháng 9/2020", "tháng 8 năm 2020".
  (t) => all(/\bthang (\d{1,2})(?:\/| nam )((?:19|20)\d\d)\b/g, t, (m) => `${Number(m[1])}/${m[2]}`),
  // Periods: "2016-2020", "2021 – 2026".
  (t) => all(/\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b/g, t, (m) => `${m[1]}-${m[2]}`),
  // Shares and amounts: "30%", "150 triệu".
  (t) => all(/(\d+(?:[.,]\d+)?)\s*(%|phan tram)/g, t, (m) => `${m[1]!.replace(',', '.')}%`),
  (t) => all(/(\d+(?:[.,]\d+)?)\s*(trieu|ty)\b/g, t, (m) => `${m[1]!.replace(',', '.')} ${m[2]}`),
  // Terms of office: "khóa XIV", "nhiệm kỳ 2021-2026" (the period above).
  (t) => all(/\bkhoa ([ivxlc]+)\b/g, t, (m) => m[1]!),
  // Deputy or not: "Phó Giám đốc" against "Giám đốc".
  (t) => all(/\b(pho )?(giam doc|chu tich|truong phong|truong ban)\b/g, t, (m) => `${m[1] ? 'pho ' : ''}${m[2]}`),
]
