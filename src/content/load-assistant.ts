import { Assistant } from '../core/answers/assistant.js'
import { loadKnowledgeBase, type KnowledgeBase } from './load-content.js'

/** Content → parsed plans → assistant with its index. */
export async function loadAssistant(contentDir: string): Promise<{ assistant: Assistant; knowledgeBase: KnowledgeBase }> {
  const knowledgeBase = await loadKnowledgeBase(contentDir)
  return { assistant: Assistant.create(knowledgeBase.documents, knowledgeBase.glossary), knowledgeBase }
}
