import { z } from 'zod'
import type { Reply } from '../../core/answers/reply.js'
import { foldDiacritics } from '../../core/text/normalize-vietnamese.js'

/** One line of an eval file (../shared/eval/dev-questions.jsonl). */
export const evalQuestionSchema = z.object({
  id: z.string(),
  q: z.string(),
  kind: z.string(),
  province: z.string().optional(),
  section: z.string().optional(),
  contains: z.array(z.string()).optional(),
  found: z.boolean().optional(),
})
export type EvalQuestion = z.infer<typeof evalQuestionSchema>

export interface EvalResult {
  question: EvalQuestion
  pass: boolean
  reasons: string[]
}

/** Compared without diacritics, case or extra spaces, and "06/02/2021" = "6/2/2021". */
export function normalizeForEval(text: string): string {
  return foldDiacritics(text)
    .replace(/\d{1,4}(?:\/\d{1,4})+/g, (date) => date.split('/').map((p) => String(Number(p))).join('/'))
    .replace(/\s+/g, ' ')
    .trim()
}

export function scoreReply(q: EvalQuestion, reply: Pick<Reply, 'found' | 'text' | 'citations'>): EvalResult {
  const reasons: string[] = []
  if (q.kind === 'none' || q.found === false) {
    if (reply.found) reasons.push('expected found=false')
    return { question: q, pass: reasons.length === 0, reasons }
  }
  if (!reply.found) reasons.push('found=false')
  const text = normalizeForEval(reply.text)
  for (const c of q.contains ?? []) if (!text.includes(normalizeForEval(c))) reasons.push(`missing "${c}"`)
  if (q.province && normalizeForEval(reply.citations[0]?.province ?? '') !== normalizeForEval(q.province)) {
    reasons.push(`first citation province ${reply.citations[0]?.province ?? 'none'} ≠ ${q.province}`)
  }
  if (q.section && !reply.citations.slice(0, 3).some((c) => c.section === q.section)) {
    reasons.push(`section ${q.section} not in first citations [${reply.citations.slice(0, 3).map((c) => c.section).join(', ')}]`)
  }
  return { question: q, pass: reasons.length === 0, reasons }
}

export function summarize(results: EvalResult[]): { accuracy: number; byKind: Map<string, { pass: number; total: number }> } {
  const byKind = new Map<string, { pass: number; total: number }>()
  for (const r of results) {
    const k = byKind.get(r.question.kind) ?? { pass: 0, total: 0 }
    k.total++
    if (r.pass) k.pass++
    byKind.set(r.question.kind, k)
  }
  return { accuracy: results.length ? results.filter((r) => r.pass).length / results.length : 0, byKind }
}
