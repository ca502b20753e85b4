import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { campaignSchema, type Campaign } from '../core/broadcasts/campaign.js'

/** A campaign file that could not be used: file, path inside it, reason. */
export interface CampaignError {
  file: string
  path: string
  message: string
}

export function formatCampaignError(e: CampaignError): string {
  return `${e.file}: ${e.path || '(file)'}: ${e.message}`
}

export function parseCampaign(text: string, file: string): { campaign: Campaign | null; errors: CampaignError[] } {
  let data: unknown
  try {
    data = parseYaml(text)
  } catch (error) {
    return { campaign: null, errors: [{ file, path: '', message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }] }
  }
  const parsed = campaignSchema.safeParse(data)
  if (!parsed.success) return { campaign: null, errors: parsed.error.issues.map((i) => ({ file, path: i.path.join('.'), message: i.message })) }
  return { campaign: parsed.data, errors: [] }
}

/** Every content/campaigns/*.yaml; a bad file is reported and skipped. `files` maps each file to its campaign. */
export async function loadCampaigns(contentDir: string): Promise<{ campaigns: Campaign[]; errors: CampaignError[]; files: Map<string, Campaign> }> {
  const dir = path.join(contentDir, 'campaigns')
  let files: string[]
  try {
    files = (await readdir(dir)).filter((f) => /\.ya?ml$/i.test(f)).sort()
  } catch {
    return { campaigns: [], errors: [], files: new Map() }
  }
  const campaigns: Campaign[] = []
  const byFile = new Map<string, Campaign>()
  const errors: CampaignError[] = []
  for (const f of files) {
    const result = parseCampaign(await readFile(path.join(dir, f), 'utf8'), f)
    if (result.campaign) {
      if (campaigns.some((c) => c.id === result.campaign!.id)) errors.push({ file: f, path: 'id', message: `campaign id "${result.campaign.id}" is used by another file` })
      else {
        campaigns.push(result.campaign)
        byFile.set(f, result.campaign)
      }
    }
    errors.push(...result.errors)
  }
  return { campaigns, errors, files: byFile }
}
