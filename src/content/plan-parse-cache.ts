import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import type { Glossary } from '../core/knowledge-base/glossary.js'
import type { PlanDocument } from '../core/knowledge-base/plan-document.js'
import { parsePlanFile } from './load-content.js'

export const PARSE_CACHE_FILE = 'parsed-plans.v8'
/** The code parsed plans (and the index built from them) depend on: any change to it parses every file again. */
const PARSER_SOURCES = ['../core/knowledge-base/', '../core/text/', '../core/search/'].map((dir) => fileURLToPath(new URL(dir, import.meta.url)))

interface SavedPlans {
  version: string
  plans: [string, PlanDocument][]
}

/**
 * Parsed plans kept in DATA_DIR between starts, each under the hash of its file name and bytes,
 * so a restart parses only the files that changed (parsing is most of a warm start: 1.4 s per
 * 1,000 plans). The whole cache is dropped when the glossary or the parser's source changes.
 * Without the parser's source (nothing to tell a stale parse by) it parses everything.
 */
export class PlanParseCache {
  private readonly used = new Map<string, PlanDocument>()
  private readonly fileHashes: string[] = []
  private misses = 0

  private constructor(
    private readonly cacheDir: string,
    private readonly version: string | null,
    private readonly saved: ReadonlyMap<string, PlanDocument>,
  ) {}

  static async open(cacheDir: string, contentDir: string): Promise<PlanParseCache> {
    const version = await parserVersion(contentDir)
    let saved = new Map<string, PlanDocument>()
    if (version) {
      try {
        const data = deserialize(await readFile(path.join(cacheDir, PARSE_CACHE_FILE))) as SavedPlans
        if (data.version === version) saved = new Map(data.plans)
      } catch {
        // No cache yet, or an unreadable one: parse.
      }
    }
    return new PlanParseCache(cacheDir, version, saved)
  }

  /** A drop-in for `parsePlanFile`: the cached plan when this file's bytes were parsed before. */
  readonly parse = (bytes: Uint8Array, file: string, glossary: Glossary): PlanDocument => {
    const key = createHash('sha256').update(path.basename(file)).update('\0').update(bytes).digest('hex')
    this.fileHashes.push(key)
    let doc = this.saved.get(key)
    if (!doc) {
      doc = parsePlanFile(bytes, file, glossary)
      this.misses++
    }
    this.used.set(key, doc)
    return doc
  }

  /** Identifies the parsed plans (every file read, in order, and the parser): null when unknown. */
  contentKey(): string | null {
    return this.version && createHash('sha256').update(this.version).update(this.fileHashes.join('\n')).digest('hex')
  }

  /** Writes the plans parsed this time when any was new or any cached one is gone. */
  async save(): Promise<void> {
    if (!this.version || (!this.misses && this.used.size === this.saved.size)) return
    const file = path.join(this.cacheDir, PARSE_CACHE_FILE)
    await mkdir(this.cacheDir, { recursive: true })
    await writeFile(`${file}.tmp`, serialize({ version: this.version, plans: [...this.used] } satisfies SavedPlans))
    await rename(`${file}.tmp`, file)
  }
}

async function parserVersion(contentDir: string): Promise<string | null> {
  const hash = createHash('sha256').update(await readFile(path.join(contentDir, 'glossary.yaml')))
  try {
    for (const dir of PARSER_SOURCES) {
      for (const name of (await readdir(dir)).sort()) hash.update(name).update(await readFile(path.join(dir, name)))
    }
  } catch {
    return null
  }
  return hash.digest('hex')
}
