import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadKnowledgeBase } from '../../../src/content/load-content.js'
import { createGlossary } from '../../../src/core/knowledge-base/glossary.js'
import { AppError } from '../../../src/core/errors.js'
import { CONTENT_DIR } from '../../helpers/load-test-content.js'

describe('loading content/', () => {
  it('reports a broken plan by file name and still loads the others', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-content-'))
    await cp(CONTENT_DIR, dir, { recursive: true })
    await writeFile(path.join(dir, 'plans', 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]))
    const kb = await loadKnowledgeBase(dir)
    expect(kb.documents).toHaveLength(5)
    expect(kb.errors).toHaveLength(1)
    expect(kb.errors[0]!.message).toContain('broken.txt')
  })

  it('rejects an invalid glossary naming the path at fault', () => {
    expect(() => createGlossary({ abbreviations: {}, agencies: [{ id: 'Bad Id', name: 'Sở X', short: 'Sở X' }], provinces: [{ name: 'An Giang', now: 'An Giang' }] }, 'glossary.yaml')).toThrowError(/glossary\.yaml: agencies\.0\.id/)
    expect(() => createGlossary({ abbreviations: {}, agencies: [{ id: 'a', name: 'Sở A', short: 'A', successor: 'nope' }], provinces: [{ name: 'X Y', now: 'X Y' }] })).toThrowError(AppError)
  })
})
