import type { Kysely } from 'kysely'
import { campaignSchema, type Campaign } from '../../core/broadcasts/campaign.js'
import type { Database } from '../database.js'

/** Campaigns edited in the console; each overrides the YAML file's campaign with the same id. */
export class CampaignRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Stored campaigns, validated again on the way out (a row that no longer validates is reported, not used). */
  async list(): Promise<{ campaigns: Campaign[]; invalid: string[] }> {
    const rows = await this.db.selectFrom('campaigns').selectAll().orderBy('id').execute()
    const campaigns: Campaign[] = []
    const invalid: string[] = []
    for (const row of rows) {
      const parsed = campaignSchema.safeParse(JSON.parse(row.data))
      if (parsed.success) campaigns.push(parsed.data)
      else invalid.push(row.id)
    }
    return { campaigns, invalid }
  }

  async save(campaign: Campaign, by: string): Promise<void> {
    const values = { data: JSON.stringify(campaign), updated_by: by, updated_at: this.now().toISOString() }
    await this.db
      .insertInto('campaigns')
      .values({ id: campaign.id, ...values })
      .onConflict((oc) => oc.column('id').doUpdateSet(values))
      .execute()
  }

  /** Which of these broadcast keys were already turned into broadcasts that left the draft state. */
  async startedKeys(keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set()
    const rows = await this.db.selectFrom('broadcasts').select('key').where('key', 'in', keys).where('status', '<>', 'draft').execute()
    return new Set(rows.map((r) => r.key!))
  }
}
