import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PlanDocument } from '../core/knowledge-base/plan-document.js'
import { PlanIndex } from '../core/search/plan-index.js'
import type { VietnameseAnalyzer } from '../core/text/analyze-vietnamese.js'

/** The cache file in DATA_DIR: a key line padded to 72 bytes (keeps the snapshot's arrays aligned), then the binary snapshot. */
export const INDEX_CACHE_FILE = 'search-index.bin'
export const KEY_BYTES = 72
/** The JSON cache earlier versions wrote (about 60 times the text it indexed); removed when the binary one is written. */
const LEGACY_CACHE_FILE = 'search-index.json'

/** Changes whenever the parsed plans or the abbreviations change (hashed plan by plan, never as one huge string). */
export function indexCacheKey(documents: readonly PlanDocument[], abbreviations: ReadonlyMap<string, string>): string {
  const hash = createHash('sha256')
  for (const doc of documents) hash.update(JSON.stringify(doc))
  hash.update(JSON.stringify([...abbreviations]))
  return hash.digest('hex')
}

/** The cached index when it was built from exactly these plans; null when missing, stale or unreadable (the caller rebuilds). */
export async function readCachedIndex(cacheDir: string, key: string, analyzer: VietnameseAnalyzer): Promise<PlanIndex | null> {
  try {
    const bytes = await readFile(path.join(cacheDir, INDEX_CACHE_FILE))
    if (bytes.subarray(0, KEY_BYTES).toString('latin1').trimEnd() !== key) return null
    return PlanIndex.fromSnapshot(bytes.subarray(KEY_BYTES), analyzer)
  } catch {
    return null
  }
}

export async function writeCachedIndex(cacheDir: string, key: string, index: PlanIndex): Promise<void> {
  const file = path.join(cacheDir, INDEX_CACHE_FILE)
  await mkdir(cacheDir, { recursive: true })
  // Written whole, then renamed: a crash never leaves half a cache.
  await writeFile(`${file}.tmp`, Buffer.concat([Buffer.from(`${key.padEnd(KEY_BYTES - 1)}\n`, 'latin1'), index.toSnapshot()]))
  await rename(`${file}.tmp`, file)
  await rm(path.join(cacheDir, LEGACY_CACHE_FILE), { force: true })
}
