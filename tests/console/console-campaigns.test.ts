import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import type { App } from '../../src/build-app.js'
import { addUser } from '../../src/channels/console/add-user.js'
import { consoleClient } from '../helpers/console-client.js'
import { CONTENT_DIR } from '../helpers/load-test-content.js'
import { testApp } from '../helpers/test-app.js'
import { runCli } from '../helpers/run-cli.js'

let app: App
afterEach(() => app?.close())

/** A multipart form with one file, as a browser sends it. */
function multipart(fields: Record<string, string>, file: { field: string; name: string; text: string }) {
  const boundary = '----console-test'
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\ncontent-disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
  parts.push(`--${boundary}\r\ncontent-disposition: form-data; name="${file.field}"; filename="${file.name}"\r\ncontent-type: application/octet-stream\r\n\r\n${file.text}\r\n--${boundary}--\r\n`)
  return { payload: parts.join(''), contentType: `multipart/form-data; boundary=${boundary}` }
}

async function importYaml(client: ReturnType<typeof consoleClient>, name: string, text: string) {
  const csrf = await client.csrf('/quan-tri/chien-dich')
  const body = multipart({ _csrf: csrf }, { field: 'file', name, text })
  const cookie = [...client.jar].map(([k, v]) => `${k}=${v}`).join('; ')
  return app.server.inject({ method: 'POST', url: '/quan-tri/chien-dich/nhap', headers: { cookie, 'content-type': body.contentType }, payload: body.payload })
}

describe('console campaigns: YAML import and export', () => {
  it('exports YAML that imports back; a bad file names the file and field; a sent message cannot be changed by import', async () => {
    app = await testApp({ NOW: '2026-11-25' })
    await addUser(app.stores, { name: 'bientap', role: 'editor', password: 'bien-tap-2026!' }, 'test')
    const client = consoleClient(app)
    await client.login('bientap', 'bien-tap-2026!')
    const exported = await client.get('/quan-tri/chien-dich/thang-hanh-dong-2026.yaml')
    const original = parseYaml(await readFile(path.join(CONTENT_DIR, 'campaigns/thang-hanh-dong-2026.yaml'), 'utf8'))
    expect(parseYaml(exported.body).messages.map((m: { id: string }) => m.id)).toEqual(original.messages.map((m: { id: string }) => m.id))

    const bad = await importYaml(client, 'sai.yaml', exported.body.replace('send_at: 2026-11-29 08:00', 'send_at: 2026-12-29 08:00'))
    expect(bad.statusCode).toBe(400)
    expect(bad.body).toContain('sai.yaml: messages.3.send_at: 2026-12-29 is outside the campaign period')

    // The 25/11 message goes out (scheduler tick), then an import that rewrites it is refused whole.
    const background = app.startBackground({ schedulerIntervalMs: 100 })
    await expect.poll(async () => (await app.stores.campaigns.startedKeys(['campaign:thang-hanh-dong-2026:ngay-quoc-te-25-11:2026'])).size, { timeout: 10_000 }).toBe(1)
    await background.stop()
    const rewritten = exported.body.replace('25/11 là Ngày Quốc tế', '25/11 – Ngày Quốc tế')
    const refused = await importYaml(client, 'thang-hanh-dong.yaml', rewritten)
    expect(refused.statusCode).toBe(409)
    expect(refused.body).toContain('ngay-quoc-te-25-11')

    const edited = exported.body.replace('Khi cần giúp đỡ, hãy gọi:', 'Khi cần giúp đỡ, bạn hãy gọi:')
    expect((await importYaml(client, 'thang-hanh-dong.yaml', edited)).statusCode).toBe(200)
    expect((await client.get('/quan-tri/chien-dich')).body).toContain('Khi cần giúp đỡ, bạn hãy gọi:')
  }, 60_000)
})

describe('npm run user:add', () => {
  it('creates the first account from the command line, with the password from stdin; a bad role is refused', async () => {
    const dir = await (await import('node:fs/promises')).mkdtemp(path.join((await import('node:os')).tmpdir(), 'user-add-'))
    const env = { DATA_DIR: dir, DATABASE_URL: `sqlite:${path.join(dir, 'bot.sqlite')}` }
    const bad = await runCli('src/channels/cli/user-add-command.ts', ['--name', 'lan', '--role', 'boss'], { env })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('role must be one of: viewer, editor, approver, admin')
    const ok = await runCli('src/channels/cli/user-add-command.ts', ['--name', 'Lan', '--role', 'admin', '--password-stdin'], { env, input: 'mat-khau-rat-dai\n' })
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('account "lan" (admin) created')
    expect(ok.stdout).not.toContain('mat-khau-rat-dai')
    app = await testApp(env)
    const client = consoleClient(app)
    expect((await client.login('lan', 'mat-khau-rat-dai')).headers.location).toBe('/quan-tri')
  }, 60_000)
})
