import type { Campaign } from '../../core/broadcasts/campaign.js'
import type { CampaignRepository } from '../../storage/repositories/campaign-repository.js'

export interface LiveCampaigns {
  /** What the scheduler uses now: the YAML files' campaigns with the store's versions laid over them by id. */
  current(): Campaign[]
  /** Re-reads the store (each scheduler tick), so an edit on any instance reaches every instance. */
  refresh(): Promise<void>
  save(campaign: Campaign, by: string): Promise<void>
}

export function liveCampaigns(fromFiles: () => readonly Campaign[], repository: CampaignRepository): LiveCampaigns {
  // The files' campaigns are read through a getter: a content reload (SIGHUP) may replace them.
  let merged: Campaign[] = [...fromFiles()]
  const refresh = async () => {
    const { campaigns } = await repository.list()
    const byId = new Map(fromFiles().map((c) => [c.id, c]))
    for (const c of campaigns) byId.set(c.id, c)
    merged = [...byId.values()]
  }
  return {
    current: () => merged,
    refresh,
    async save(campaign, by) {
      await repository.save(campaign, by)
      await refresh()
    },
  }
}
