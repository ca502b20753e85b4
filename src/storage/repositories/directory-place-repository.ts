import type { Kysely } from 'kysely'
import type { Place } from '../../core/directory/place.js'
import type { Database } from '../database.js'

/** Places added or edited in the console; each overrides the shelters.csv row with the same id. */
export class DirectoryPlaceRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<Place[]> {
    const rows = await this.db.selectFrom('directory_places').select('data').orderBy('id').execute()
    return rows.map((r) => JSON.parse(r.data) as Place)
  }

  /** Saves all places in one transaction: an import is applied whole or not at all. */
  async saveAll(places: Place[], by: string): Promise<void> {
    if (!places.length) return
    const at = this.now().toISOString()
    await this.db.transaction().execute(async (trx) => {
      for (const place of places) {
        const values = { data: JSON.stringify(place), updated_by: by, updated_at: at }
        await trx
          .insertInto('directory_places')
          .values({ id: place.id, ...values })
          .onConflict((oc) => oc.column('id').doUpdateSet(values))
          .execute()
      }
    })
  }
}
