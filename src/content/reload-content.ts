import path from 'node:path'
import type { Campaign } from '../core/broadcasts/campaign.js'
import { Directory } from '../core/directory/directory.js'
import { formatRowError, type Hotline, type Place, type RowError } from '../core/directory/place.js'
import type { Glossary } from '../core/knowledge-base/glossary.js'
import type { PlanDocument } from '../core/knowledge-base/plan-document.js'
import { buildKnowledge, type LoadOptions } from './load-assistant.js'
import { PlanParseCache } from './plan-parse-cache.js'
import { formatCampaignError, loadCampaigns } from './load-campaigns.js'
import { loadDirectoryRows } from './load-directory.js'
import { loadGlossary, loadPlans } from './load-content.js'

/** Everything the running bot serves from content/, as last loaded. */
export interface LiveContent {
  glossary: Glossary
  documents: readonly PlanDocument[]
  places: readonly Place[]
  hotlines: readonly Hotline[]
  /** Campaigns by file name (a file's last good version is kept when it breaks). */
  campaigns: ReadonlyMap<string, Campaign>
}

export interface ContentReport {
  documents: number
  places: number
  campaigns: number
  /** Each problem found, naming the file (and row or path). */
  problems: string[]
  /** What stayed as it was because the new version is broken. */
  keptPrevious: string[]
}

/**
 * Reads content/ (plans, glossary, directory, campaigns). With `previous` (a reload, SIGHUP), a
 * file that now fails keeps its last good version instead of vanishing: a plan that turned binary
 * keeps its document, an empty or unreadable plans folder keeps all documents, a directory file
 * with no valid row keeps its rows, a broken campaign file keeps its campaign, a broken glossary
 * keeps the glossary. Everything is reported. The one place content is (re)loaded.
 */
export async function loadLiveContent(contentDir: string, previous: LiveContent | null, options: LoadOptions = {}) {
  const problems: string[] = []
  const kept: string[] = []

  let glossary: Glossary
  try {
    glossary = await loadGlossary(contentDir)
  } catch (error) {
    if (!previous) throw error
    problems.push((error as Error).message)
    kept.push('glossary.yaml')
    glossary = previous.glossary
  }

  // Plans parsed before are reused from DATA_DIR (a warm start parses only changed files).
  const parseCache = options.cacheDir ? await PlanParseCache.open(options.cacheDir, contentDir).catch(() => null) : null
  let documents: PlanDocument[]
  try {
    const plans = await loadPlans(contentDir, glossary, parseCache?.parse)
    problems.push(...plans.errors.map((e) => e.message))
    documents = plans.documents
    if (previous && !documents.length && previous.documents.length) {
      kept.push(`plans/ (no plan could be read; keeping the ${previous.documents.length} loaded before)`)
      documents = [...previous.documents]
    } else if (previous) {
      for (const e of plans.errors) {
        const before = previous.documents.find((d) => d.file === path.basename(e.file))
        if (before) {
          kept.push(`plans/${before.file}`)
          documents.push(before)
        }
      }
    }
  } catch (error) {
    if (!previous) throw error
    problems.push(`plans/: ${(error as Error).message}`)
    kept.push(`plans/ (unreadable; keeping the ${previous.documents.length} loaded before)`)
    documents = [...previous.documents]
  }
  documents.sort((a, b) => a.file.localeCompare(b.file))

  const rows = await loadDirectoryRows(contentDir)
  const places = keepIfBroken(rows.places, previous?.places, 'shelters.csv', problems, kept)
  const hotlines = keepIfBroken(rows.hotlines, previous?.hotlines, 'hotlines.csv', problems, kept)

  const loaded = await loadCampaigns(contentDir)
  problems.push(...loaded.errors.map(formatCampaignError))
  const campaigns = new Map(loaded.files)
  for (const [file, campaign] of previous?.campaigns ?? []) {
    if (!campaigns.has(file) && loaded.errors.some((e) => e.file === file)) {
      kept.push(`campaigns/${file}`)
      campaigns.set(file, campaign)
    }
  }

  if (parseCache) await parseCache.save()
  // The files' key names the index only when the documents are exactly those files (none kept from before).
  const plansKept = kept.some((k) => k.startsWith('plans/'))
  const { snapshot, indexFromCache } = await buildKnowledge(documents, glossary, options, plansKept ? null : (parseCache?.contentKey() ?? null))
  const live: LiveContent = { glossary, documents, places, hotlines, campaigns }
  const report: ContentReport = { documents: documents.length, places: places.length, campaigns: campaigns.size, problems, keptPrevious: kept }
  return { live, snapshot, directory: new Directory([...places], [...hotlines], glossary), report, indexFromCache }
}

/** A directory file that yields no valid row while it has errors is broken: its previous rows stay. */
function keepIfBroken<T>(loaded: { rows: T[]; errors: RowError[] }, previous: readonly T[] | undefined, file: string, problems: string[], kept: string[]): readonly T[] {
  problems.push(...loaded.errors.map(formatRowError))
  if (previous?.length && !loaded.rows.length && loaded.errors.length) {
    kept.push(file)
    return previous
  }
  return loaded.rows
}
