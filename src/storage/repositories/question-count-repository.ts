import type { Kysely } from 'kysely'
import type { Database } from '../database.js'

/** Questions per Vietnam day, kind and outcome: counters only, never the question. */
export class QuestionCountRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(day: string, kind: string, found: boolean): Promise<void> {
    await this.db
      .insertInto('question_counts')
      .values({ day, kind, found: found ? 1 : 0, n: 1 })
      .onConflict((oc) => oc.columns(['day', 'kind', 'found']).doUpdateSet((eb) => ({ n: eb('question_counts.n', '+', 1) })))
      .execute()
  }

  /** Rows of the last `days` days up to `now`'s day (YYYY-MM-DD strings compare as dates). */
  async lastDays(now: Date, days: number): Promise<{ day: string; kind: string; found: boolean; n: number }[]> {
    const from = new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10)
    const rows = await this.db.selectFrom('question_counts').selectAll().where('day', '>=', from).orderBy('day').orderBy('kind').orderBy('found', 'desc').execute()
    return rows.map((r) => ({ day: r.day, kind: r.kind, found: r.found === 1, n: Number(r.n) }))
  }
}
