/**
 * "sở nào" (which department) and "số nào" (which number) fold to the same "so nao". With marks
 * the writer says which; without them it is "số nào" right after a document or phone word ("kế
 * hoạch số nào", "quyết định số nào", "gọi số nào") and otherwise "sở nào" ("là việc của sở nào",
 * "sở nào phải …"). Triage and the answer type both read it this way.
 */
const NUMBERED_THING = String.raw`(?:ke hoach|kh|quyet dinh|qd|cong van|cv|van ban|thong tu|nghi quyet|nq|nghi dinh|chi thi|de an|dien thoai|sdt|hotline|duong day nong|duong day|tong dai|goi|hieu)`
const QUALIFIER = String.raw`(?:(?:bdg|nam \d{4}|\d{4}) )?`
/** Folded text: "so nao" after a document or phone word. */
export const NUMBER_OF_THING = new RegExp(String.raw`\b${NUMBERED_THING} ${QUALIFIER}so nao\b`)
/** Folded text: "so nao" anywhere else. */
export const DEPARTMENT_UNMARKED = new RegExp(String.raw`(?<!\b${NUMBERED_THING} ${QUALIFIER})\bso nao\b`)

/** Whether a message asks "sở nào" (which department), read with its marks when it has them. */
export function asksWhichDepartment(text: string, folded: string): boolean {
  const lower = text.toLowerCase()
  if (/(?<!\p{L})sở nào(?!\p{L})/u.test(lower)) return true
  if (/(?<!\p{L})số nào(?!\p{L})/u.test(lower)) return false
  return /(?<![\p{L}])so nao(?![\p{L}])/u.test(lower) && DEPARTMENT_UNMARKED.test(folded)
}
