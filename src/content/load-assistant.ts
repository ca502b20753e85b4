import { Assistant } from '../core/answers/assistant.js'
import { formatRowError, type RowError } from '../core/directory/place.js'
import { loadDirectory } from './load-directory.js'
import { loadKnowledgeBase, type KnowledgeBase } from './load-content.js'

/** Content → parsed plans and directory → assistant with its index. */
export async function loadAssistant(contentDir: string): Promise<{ assistant: Assistant; knowledgeBase: KnowledgeBase; directoryErrors: RowError[] }> {
  const knowledgeBase = await loadKnowledgeBase(contentDir)
  const { directory, errors } = await loadDirectory(contentDir, knowledgeBase.glossary)
  return { assistant: Assistant.create(knowledgeBase.documents, knowledgeBase.glossary, directory), knowledgeBase, directoryErrors: errors }
}

export { formatRowError }
