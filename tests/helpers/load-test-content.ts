import path from 'node:path'
import { loadGlossary, loadKnowledgeBase, type KnowledgeBase } from '../../src/content/load-content.js'
import type { Glossary } from '../../src/core/knowledge-base/glossary.js'
import type { PlanDocument } from '../../src/core/knowledge-base/plan-document.js'

export const CONTENT_DIR = path.resolve(import.meta.dirname, '../../content')

let kb: Promise<KnowledgeBase> | undefined
let glossary: Promise<Glossary> | undefined

/** The bundled content, parsed once per test file. */
export function testKnowledgeBase(): Promise<KnowledgeBase> {
  kb ??= loadKnowledgeBase(CONTENT_DIR)
  return kb
}

export function testGlossary(): Promise<Glossary> {
  glossary ??= loadGlossary(CONTENT_DIR)
  return glossary
}

export async function seedDocument(idPrefix: string): Promise<PlanDocument> {
  const doc = (await testKnowledgeBase()).documents.find((d) => d.id.startsWith(idPrefix))
  if (!doc) throw new Error(`no seed document ${idPrefix}`)
  return doc
}
