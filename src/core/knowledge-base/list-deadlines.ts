import type { DeadlineFact, PlanDocument } from './plan-document.js'

/** The stable JSON shape of `npm run deadlines -- --json` (other tools read it). */
export interface DeadlineRecord {
  province: string | null
  issuer: string | null
  number: string | null
  section: string
  kind: DeadlineFact['kind']
  date: string | null
  end: string | null
  recurrence: DeadlineFact['recurrence']
  action: string
  actors: string[]
  recipient: string | null
  quote: string
}

export function listDeadlines(documents: PlanDocument[]): DeadlineRecord[] {
  return documents.flatMap((doc) =>
    doc.facts
      .filter((f): f is DeadlineFact => f.type === 'deadline')
      .map((f) => ({
        province: doc.meta.province,
        issuer: doc.meta.issuer,
        number: doc.meta.number,
        section: f.section,
        kind: f.kind,
        date: f.date,
        end: f.end,
        recurrence: f.recurrence,
        action: f.action,
        actors: f.actors,
        recipient: f.recipient,
        quote: f.quote,
      })),
  )
}
