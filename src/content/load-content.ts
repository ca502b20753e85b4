import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { AppError, DocumentError } from '../core/errors.js'
import { createGlossary, type Glossary } from '../core/knowledge-base/glossary.js'
import { parsePlanDocument } from '../core/knowledge-base/parse-plan-document.js'
import type { PlanDocument } from '../core/knowledge-base/plan-document.js'

/** Everything parsed from `content/`: documents that loaded, and an error per file that did not. */
export interface KnowledgeBase {
  glossary: Glossary
  documents: PlanDocument[]
  errors: DocumentError[]
}

const PLAN_EXTENSIONS = /\.(txt|md)$/i

export async function loadGlossary(contentDir: string): Promise<Glossary> {
  const file = path.join(contentDir, 'glossary.yaml')
  let data: unknown
  try {
    data = parseYaml(await readFile(file, 'utf8'))
  } catch (error) {
    throw new AppError('GLOSSARY_INVALID', `${file}: ${(error as Error).message}`, { cause: error })
  }
  return createGlossary(data, file)
}

/** Reads and parses every plan; one bad file is reported and the others still load. `parse` may serve plans parsed before (PlanParseCache). */
export async function loadKnowledgeBase(contentDir: string, parse = parsePlanFile): Promise<KnowledgeBase> {
  const glossary = await loadGlossary(contentDir)
  return { glossary, ...(await loadPlans(contentDir, glossary, parse)) }
}

/** The plans in content/plans/ with the given glossary: the documents that parse, an error per file that does not. */
export async function loadPlans(contentDir: string, glossary: Glossary, parse = parsePlanFile): Promise<{ documents: PlanDocument[]; errors: DocumentError[] }> {
  const plansDir = path.join(contentDir, 'plans')
  const files = (await readdir(plansDir)).filter((f) => PLAN_EXTENSIONS.test(f)).sort()
  const documents: PlanDocument[] = []
  const errors: DocumentError[] = []
  for (const name of files) {
    const file = path.join(plansDir, name)
    try {
      documents.push(parse(await readFile(file), file, glossary))
    } catch (error) {
      if (error instanceof DocumentError) errors.push(error)
      else errors.push(new DocumentError('DOCUMENT_NO_STRUCTURE', file, (error as Error).message))
    }
  }
  return { documents, errors }
}

/** Decodes UTF-8 strictly (a Windows-1258 or UTF-16 file is an error, not mojibake) and splits front matter. */
export function parsePlanFile(bytes: Uint8Array, file: string, glossary: Glossary): PlanDocument {
  if (bytes.includes(0)) throw new DocumentError('DOCUMENT_BINARY', file, 'binary content (NUL bytes), not a text document')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new DocumentError('DOCUMENT_ENCODING', file, 'not valid UTF-8: save the file as UTF-8 text')
  }
  const { frontMatter, body } = splitFrontMatter(text, file)
  return parsePlanDocument(body, { file: path.basename(file), glossary, frontMatter })
}

function splitFrontMatter(text: string, file: string): { frontMatter: Record<string, never> | { source_url?: string; province?: string; year?: number }; body: string } {
  const m = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)
  if (!m) return { frontMatter: {}, body: text }
  let data: unknown
  try {
    data = parseYaml(m[1]!)
  } catch (error) {
    throw new DocumentError('DOCUMENT_FRONT_MATTER', file, `front matter is not valid YAML: ${(error as Error).message}`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new DocumentError('DOCUMENT_FRONT_MATTER', file, 'front matter must be a YAML mapping')
  }
  const fm = data as Record<string, unknown>
  const known = ['source_url', 'province', 'year']
  const unknown = Object.keys(fm).filter((k) => !known.includes(k))
  if (unknown.length) throw new DocumentError('DOCUMENT_FRONT_MATTER', file, `unknown front matter field(s): ${unknown.join(', ')} (allowed: ${known.join(', ')})`)
  return { frontMatter: fm as { source_url?: string; province?: string; year?: number }, body: text.slice(m[0].length) }
}
