import { Assistant } from '../core/answers/assistant.js'
import { buildKnowledgeSnapshot, type KnowledgeSnapshot } from '../core/answers/knowledge-snapshot.js'
import { formatRowError, type RowError } from '../core/directory/place.js'
import { PlanIndex } from '../core/search/plan-index.js'
import { VietnameseAnalyzer } from '../core/text/analyze-vietnamese.js'
import { loadDirectory } from './load-directory.js'
import { loadKnowledgeBase, type KnowledgeBase } from './load-content.js'
import type { Glossary } from '../core/knowledge-base/glossary.js'
import type { PlanDocument } from '../core/knowledge-base/plan-document.js'
import { PlanParseCache } from './plan-parse-cache.js'
import { indexCacheKey, readCachedIndex, writeCachedIndex } from './search-index-cache.js'

export interface LoadOptions {
  /** Where the search index is cached between starts (DATA_DIR); none → always rebuilt. */
  cacheDir?: string
  /** Only indexes slower than this to build are written to the cache (small corpora build in ms). */
  cacheAfterMs?: number
}

/**
 * Content → parsed plans and directory → assistant with its index. With a cache directory, an
 * index built from exactly the same parsed plans and glossary is loaded instead of rebuilt
 * (large corpora start in a fraction of the time); any change to them rebuilds it.
 */
export async function loadAssistant(contentDir: string, options: LoadOptions = {}): Promise<{ assistant: Assistant; knowledgeBase: KnowledgeBase; directoryErrors: RowError[]; indexFromCache: boolean }> {
  const parseCache = options.cacheDir ? await PlanParseCache.open(options.cacheDir, contentDir) : null
  const parseStarted = performance.now()
  const knowledgeBase = await loadKnowledgeBase(contentDir, parseCache?.parse)
  if (parseCache && performance.now() - parseStarted >= (options.cacheAfterMs ?? 1000)) await parseCache.save()
  const { directory, errors } = await loadDirectory(contentDir, knowledgeBase.glossary)
  const { snapshot, indexFromCache } = await buildKnowledge(knowledgeBase.documents, knowledgeBase.glossary, options, parseCache?.contentKey() ?? null)
  return { assistant: new Assistant(snapshot, directory), knowledgeBase, directoryErrors: errors, indexFromCache }
}

/**
 * Parsed plans → the search snapshot, from the DATA_DIR index cache when the same plans were
 * indexed before. `contentKey` (the plan files' hashes, from PlanParseCache) identifies them at no
 * cost; without it the parsed plans are hashed.
 */
export async function buildKnowledge(documents: readonly PlanDocument[], glossary: Glossary, options: LoadOptions = {}, contentKey: string | null = null): Promise<{ snapshot: KnowledgeSnapshot; indexFromCache: boolean }> {
  const analyzer = new VietnameseAnalyzer(glossary.abbreviations)
  const key = options.cacheDir ? (contentKey ?? indexCacheKey(documents, glossary.abbreviations)) : ''
  let index = options.cacheDir ? await readCachedIndex(options.cacheDir, key, analyzer) : null
  const indexFromCache = index !== null
  if (!index) {
    const started = performance.now()
    index = PlanIndex.build([...documents], analyzer)
    if (options.cacheDir && performance.now() - started >= (options.cacheAfterMs ?? 1000)) await writeCachedIndex(options.cacheDir, key, index)
  }
  return { snapshot: buildKnowledgeSnapshot(documents, glossary, index), indexFromCache }
}

export { formatRowError }
