import type { Logger } from 'pino'
import type { Config } from './config/config-schema.js'
import { loadKnowledgeBase, type KnowledgeBase } from './content/load-content.js'
import { buildServer } from './server/build-server.js'

export interface AppDependencies {
  config: Config
  log: Logger
}

export interface App {
  server: Awaited<ReturnType<typeof buildServer>>
  knowledgeBase: () => KnowledgeBase
  close: () => Promise<void>
}

/** Wires content, core and channels together; never listens (tests use `server.inject`). */
export async function buildApp({ config, log }: AppDependencies): Promise<App> {
  let knowledgeBase = await loadKnowledgeBase(config.CONTENT_DIR)
  for (const e of knowledgeBase.errors) log.error({ file: e.file, code: e.code }, e.message)
  log.info({ documents: knowledgeBase.documents.length }, 'plans loaded')
  const server = await buildServer({ log, ready: () => knowledgeBase.documents.length > 0 })
  return {
    server,
    knowledgeBase: () => knowledgeBase,
    close: async () => {
      await server.close()
    },
  }
}
