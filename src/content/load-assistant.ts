import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Assistant } from '../core/answers/assistant.js'
import { buildKnowledgeSnapshot, type KnowledgeSnapshot } from '../core/answers/knowledge-snapshot.js'
import { formatRowError, type RowError } from '../core/directory/place.js'
import { PlanIndex } from '../core/search/plan-index.js'
import { VietnameseAnalyzer } from '../core/text/analyze-vietnamese.js'
import { loadDirectory } from './load-directory.js'
import { loadKnowledgeBase, type KnowledgeBase } from './load-content.js'
import type { Glossary } from '../core/knowledge-base/glossary.js'
import type { PlanDocument } from '../core/knowledge-base/plan-document.js'

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
  const knowledgeBase = await loadKnowledgeBase(contentDir)
  const { directory, errors } = await loadDirectory(contentDir, knowledgeBase.glossary)
  const { snapshot, indexFromCache } = await buildKnowledge(knowledgeBase.documents, knowledgeBase.glossary, options)
  return { assistant: new Assistant(snapshot, directory), knowledgeBase, directoryErrors: errors, indexFromCache }
}

/** Parsed plans → the search snapshot, from the DATA_DIR cache when the plans and glossary are unchanged. */
export async function buildKnowledge(documents: readonly PlanDocument[], glossary: Glossary, options: LoadOptions = {}): Promise<{ snapshot: KnowledgeSnapshot; indexFromCache: boolean }> {
  const analyzer = new VietnameseAnalyzer(glossary.abbreviations)
  const key = createHash('sha256').update(JSON.stringify(documents)).update(JSON.stringify([...glossary.abbreviations])).digest('hex')
  const file = options.cacheDir ? path.join(options.cacheDir, 'search-index.json') : null
  let index: PlanIndex | null = null
  if (file) {
    try {
      const cached = JSON.parse(await readFile(file, 'utf8')) as { key: string; index: unknown }
      if (cached.key === key) index = PlanIndex.load(JSON.stringify(cached.index), analyzer)
    } catch {
      // No cache yet, or an unreadable one: rebuild.
    }
  }
  const indexFromCache = index !== null
  if (!index) {
    const started = performance.now()
    index = PlanIndex.build([...documents], analyzer)
    if (file && performance.now() - started >= (options.cacheAfterMs ?? 1000)) {
      await mkdir(path.dirname(file), { recursive: true })
      // Written whole, then renamed: a crash never leaves half a cache.
      await writeFile(`${file}.tmp`, JSON.stringify({ key, index }))
      await rename(`${file}.tmp`, file)
    }
  }
  return { snapshot: buildKnowledgeSnapshot(documents, glossary, index), indexFromCache }
}

export { formatRowError }
