import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../helpers/run-cli.js'

/** The layer rules in eslint.config.js are real: each forbidden import is reported, allowed ones are not. */
const eslint = new ESLint({ cwd: ROOT })
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) })
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message)
}

describe('architecture rules (ESLint)', () => {
  it.each([
    ['src/core/knowledge-base/x.ts', "import { MESSAGES } from '../answers/answer-messages.vi.js'\nexport const m = MESSAGES"],
    ['src/core/text/x.ts', "import type { Glossary } from '../knowledge-base/glossary.js'\nexport type G = Glossary"],
    ['src/core/search/x.ts', "import type { Reply } from '../answers/reply.js'\nexport type R = Reply"],
    ['src/core/broadcasts/x.ts', "import type { Reply } from '../answers/reply.js'\nexport type R = Reply"],
    ['src/core/directory/x.ts', "import type { Reply } from '../answers/reply.js'\nexport type R = Reply"],
    ['src/core/triage/x.ts', "import type { Hit } from '../search/search-entry.js'\nexport type H = Hit"],
    ['src/core/answers/x.ts', "import type { Conversation } from '../conversation/conversation.js'\nexport type C = Conversation"],
    ['src/core/answers/x.ts', "import Fastify from 'fastify'\nexport const f = Fastify"],
    ['src/core/broadcasts/x.ts', "import type { Kysely } from 'kysely'\nexport type K = Kysely<never>"],
    ['src/core/conversation/x.ts', "import type { Stores } from '../../storage/create-stores.js'\nexport type S = Stores"],
    ['src/core/broadcasts/x.ts', "export const get = () => fetch('https://example.org')"],
  ])('%s: reports %s', async (file, code) => {
    expect(await problems(file, code)).not.toEqual([])
  })

  it.each([
    ['src/core/answers/x.ts', "import type { Glossary } from '../knowledge-base/glossary.js'\nimport { z } from 'zod'\nexport type G = Glossary\nexport const s = z.string()"],
    ['src/core/broadcasts/x.ts', "import type { PlanDocument } from '../knowledge-base/plan-document.js'\nimport type { ChatRef } from '../ports.js'\nexport type P = [PlanDocument, ChatRef]"],
    ['src/core/triage/x.ts', "import { normalizeVietnamese } from '../text/normalize-vietnamese.js'\nexport const n = normalizeVietnamese"],
    ['src/channels/telegram/x.ts', "import Fastify from 'fastify'\nimport type { Reply } from '../../core/answers/reply.js'\nexport type R = Reply\nexport const f = Fastify"],
  ])('%s: allows %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([])
  })
})
