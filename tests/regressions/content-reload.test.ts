import { cp, mkdir, mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { CONTENT_DIR } from '../helpers/load-test-content.js'
import { testApp, type LogCapture } from '../helpers/test-app.js'

/** Issue 12, scenario 9 (reload): SIGHUP with a broken file keeps the last good version. */
let dir: string
let app: App & { logs: LogCapture }
const ask = async (question: string) => (await app.server.inject({ method: 'POST', url: '/api/ask', headers: { 'content-type': 'application/json' }, payload: { question } })).json()
const readyz = async () => (await app.server.inject({ method: 'GET', url: '/readyz' })).statusCode

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-content-'))
  await cp(CONTENT_DIR, dir, { recursive: true })
  app = await testApp({ CONTENT_DIR: dir })
})
afterEach(() => app.close())

describe('content reload', () => {
  it('keeps a plan that turned binary, and every plan when the plans folder is emptied; /readyz stays true', async () => {
    const plans = await readdir(path.join(dir, 'plans'))
    const before = await ask('Hạn báo cáo 6 tháng ở An Giang?')
    expect(before.found).toBe(true)
    await writeFile(path.join(dir, 'plans', 'an-giang-2021-67-kh-ubnd.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))
    const report = await app.reloadContent()
    expect(report.documents).toBe(plans.length)
    expect(report.keptPrevious).toEqual(['plans/an-giang-2021-67-kh-ubnd.txt'])
    expect(report.problems.join('\n')).toMatch(/an-giang-2021-67-kh-ubnd\.txt: binary/)
    expect(await ask('Hạn báo cáo 6 tháng ở An Giang?')).toEqual(before)

    for (const f of plans) await rm(path.join(dir, 'plans', f))
    const emptied = await app.reloadContent()
    expect(emptied.documents).toBe(plans.length)
    expect(emptied.keptPrevious.join()).toMatch(/no plan could be read/)
    expect(await readyz()).toBe(200)
    expect(app.logs.text).toMatch(/last good version/)
  })

  it('keeps the shelters when shelters.csv is replaced by something with no valid row', async () => {
    const before = app.assistant().directoryPlaces
    expect(before).toBeGreaterThan(0)
    await writeFile(path.join(dir, 'shelters.csv'), 'this is not the shelters file\n"broken,row\n')
    const report = await app.reloadContent()
    expect(report.keptPrevious).toContain('shelters.csv')
    expect(app.assistant().directoryPlaces).toBe(before)
  })

  it('reloads campaigns too, keeping a campaign whose file broke', async () => {
    const original = app.campaigns().map((c) => c.id)
    expect(original).toEqual(['thang-hanh-dong-2026'])
    await writeFile(path.join(dir, 'campaigns', 'tuan-le-2027.yaml'), ['id: tuan-le-2027', 'name: Tuần lễ thử', 'topic: tin-tuc', 'period: { from: 2027-03-01, to: 2027-03-08 }', 'repeat: none', 'messages:', '  - id: mot', '    send_at: "2027-03-01 08:00"', '    text: Tin thử'].join('\n'))
    await writeFile(path.join(dir, 'campaigns', 'thang-hanh-dong-2026.yaml'), 'id: [unclosed')
    const report = await app.reloadContent()
    expect(report.problems.join('\n')).toMatch(/thang-hanh-dong-2026\.yaml/)
    expect(report.keptPrevious).toContain('campaigns/thang-hanh-dong-2026.yaml')
    expect(
      app
        .campaigns()
        .map((c) => c.id)
        .sort(),
    ).toEqual(['thang-hanh-dong-2026', 'tuan-le-2027'])
  })

  it('/readyz follows the live content: not ready with no plan, ready once a reload brings plans', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'bdg-empty-'))
    await cp(dir, empty, { recursive: true })
    const plans = await readdir(path.join(empty, 'plans'))
    await rm(path.join(empty, 'plans'), { recursive: true })
    await cp(path.join(dir, 'plans'), path.join(empty, 'plans-later'), { recursive: true })
    await mkdir(path.join(empty, 'plans'))
    const second = await testApp({ CONTENT_DIR: empty })
    try {
      expect((await second.server.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(503)
      await rm(path.join(empty, 'plans'), { recursive: true })
      await rename(path.join(empty, 'plans-later'), path.join(empty, 'plans'))
      expect((await second.reloadContent()).documents).toBe(plans.length)
      expect((await second.server.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200)
    } finally {
      await second.close()
    }
  })
})
