import { randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { ocrForTests } from '../helpers/ocr-available.js'
import { DIALECTS, POSTGRES_URL } from '../helpers/test-stores.js'
import { testApp } from '../helpers/test-app.js'

const ADMIN_TOKEN = 'admin-token-0123456789'
const FILES = path.resolve(import.meta.dirname, '../fixtures/documents/files')
const NOW = new Date('2024-05-01T03:00:00Z')
const apps: App[] = []
const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close()
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

async function start(env: Record<string, string> = {}): Promise<App> {
  const app = await testApp({ ADMIN_TOKEN, DOCUMENTS_POLL_MS: '100', ...env })
  apps.push(app)
  return app
}

function multipart(fileName: string, bytes: Uint8Array, fields: Record<string, string> = {}) {
  const boundary = `----bdg${randomBytes(8).toString('hex')}`
  const chunks: Buffer[] = []
  for (const [name, value] of Object.entries(fields)) chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
  chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`), Buffer.from(bytes), Buffer.from(`\r\n--${boundary}--\r\n`))
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, authorization: `Bearer ${ADMIN_TOKEN}` } }
}

const upload = (app: App, file: string, fields: Record<string, string> = {}, bytes: Uint8Array = readFileSync(path.join(FILES, file))) => app.server.inject({ method: 'POST', url: '/admin/documents', ...multipart(file, bytes, fields) })
const admin = (app: App, method: 'GET' | 'POST', url: string, body?: unknown) => app.server.inject({ method, url, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { payload: JSON.stringify(body) } : {}) })
const ask = (app: App, q: string) => app.assistant().ask(q, { now: NOW })

describe('documents through the admin API', () => {
  it('uploads a .docx, previews it, publishes it into the live answers, and unpublishes it', async () => {
    const app = await start()
    const question = 'Hạn gửi báo cáo 6 tháng ở Quảng Ngãi năm 2024?'
    expect(ask(app, question).text).not.toContain('84/KH-UBND')

    const res = await upload(app, 't01-quang-ngai-kh.docx')
    expect(res.statusCode).toBe(201)
    const preview = res.json()
    expect(preview).toMatchObject({ status: 'draft', fileName: 't01-quang-ngai-kh.docx', metadata: { kind: 'kế hoạch', number: '84/KH-UBND', symbol: 'KH-UBND', issuer: 'UBND tỉnh Quảng Ngãi', province: 'Quảng Ngãi', year: 2024, date: '2024-04-22', signer: 'Trần Phước Hiền' }, warnings: [] })
    expect(preview.sections).toContainEqual({ id: 'III', heading: 'TỔ CHỨC THỰC HIỆN' })
    expect(preview.facts).toContainEqual(expect.objectContaining({ type: 'deadline', kind: 'due', date: '2024-06-15', section: 'III.2' }))
    expect((await admin(app, 'GET', `/admin/documents/${preview.id}`)).json()).toEqual(preview)
    expect(ask(app, question).text).not.toContain('84/KH-UBND')

    const listed = (await admin(app, 'GET', '/admin/documents')).json().documents
    expect(listed.filter((d: { status: string }) => d.status === 'bundled')).toHaveLength(5)
    expect(listed).toContainEqual(expect.objectContaining({ id: preview.id, status: 'draft', number: '84/KH-UBND', province: 'Quảng Ngãi', year: 2024 }))

    expect((await admin(app, 'POST', `/admin/documents/${preview.id}/publish`)).json()).toMatchObject({ id: preview.id, status: 'published' })
    const answer = ask(app, question)
    expect(answer.text).toContain('15/6/2024')
    expect(answer.text).toContain('84/KH-UBND')

    // Reloading content/ (SIGHUP) keeps what was published.
    await app.reloadContent()
    expect(ask(app, question).text).toContain('84/KH-UBND')

    expect((await admin(app, 'POST', `/admin/documents/${preview.id}/unpublish`)).json()).toEqual({ id: preview.id, status: 'unpublished' })
    expect(ask(app, question).text).not.toContain('84/KH-UBND')
  })

  it('publishes a text PDF, a legacy .doc and a scanned PDF (through OCR) the same way', async (ctx) => {
    const app = await start()
    const pdf = (await upload(app, 't14-binh-phuoc-pdf.pdf')).json()
    expect(pdf.metadata).toMatchObject({ number: '402/KH-SLĐTBXH', province: 'Bình Phước', date: '2023-02-25' })
    const doc = await upload(app, 't15-quang-ngai-legacy.doc')
    expect(doc.statusCode).toBe(201)
    expect(doc.json()).toMatchObject({ status: 'draft', fileName: 't15-quang-ngai-legacy.doc', metadata: { number: '84/KH-UBND', issuer: 'UBND tỉnh Quảng Ngãi', date: '2024-04-22', title: 'Thực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ tỉnh Quảng Ngãi năm 2024' } })
    expect(doc.json().facts).toContainEqual(expect.objectContaining({ kind: 'due', date: '2024-06-15', section: 'III.2' }))
    if (!(await ocrForTests())) return ctx.skip()
    const scan = await upload(app, 't13-quang-tri-scan.scan.pdf')
    expect(scan.statusCode).toBe(201)
    expect(scan.json().metadata).toMatchObject({ number: '98/KH-SVHTTDL', province: 'Quảng Trị', date: '2024-06-11' })
    expect(scan.json().warnings[0]).toMatch(/OCR/)
  }, 60_000)

  it('refuses bad files with the file and the reason, and never touches what is live', async () => {
    const app = await start({ DOCUMENT_MAX_MB: '0.05' })
    const good = (await upload(app, 't05-nghe-an-cv.docx')).json()
    await admin(app, 'POST', `/admin/documents/${good.id}/publish`)
    const before = app.assistant().knowledge.documents.length

    const broken = await upload(app, 'ke-hoach.docx', {}, new TextEncoder().encode('PK broken'))
    expect(broken.statusCode).toBe(422)
    expect(broken.json()).toMatchObject({ error: 'unreadable', message: expect.stringMatching(/^ke-hoach\.docx: /) })
    const noStructure = await upload(app, 'ghi-chu.txt', {}, new TextEncoder().encode('12345 67890 !!!'))
    expect(noStructure.json()).toMatchObject({ error: 'no_structure', message: expect.stringMatching(/^ghi-chu\.txt: /) })
    const big = await upload(app, 'lon.pdf', {}, new Uint8Array(80 * 1024))
    expect(big.statusCode).toBe(413)
    expect(big.json()).toMatchObject({ error: 'too_large', message: expect.stringMatching(/^lon\.pdf: /) })
    const noFile = await app.server.inject({ method: 'POST', url: '/admin/documents', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, payload: '{}' })
    expect(noFile.statusCode).toBe(400)
    expect((await upload(app, 'x.txt', {}, new TextEncoder().encode('x'))).statusCode).toBe(422)

    expect(app.assistant().knowledge.documents.length).toBe(before)
    expect((await admin(app, 'GET', '/admin/documents')).json().documents.filter((d: { status: string }) => d.status !== 'bundled')).toHaveLength(1)
    expect((await app.server.inject({ method: 'GET', url: '/admin/documents' })).statusCode).toBe(401)
  })

  it('publishes a document without a province only with a warning, and takes the province when supplied', async () => {
    const app = await start()
    const text = ['KẾ HOẠCH', 'Tuyên truyền về bình đẳng giới năm 2024', 'I. NỘI DUNG', '1. Tổ chức tập huấn cho cán bộ cơ sở.', '2. Gửi báo cáo trước ngày 20/11/2024.'].join('\n')
    const draft = (await upload(app, 'khong-tinh.txt', {}, new TextEncoder().encode(text))).json()
    expect(draft.metadata.province).toBeNull()
    expect(draft.warnings).toContain('Không tìm thấy tỉnh trong văn bản: hãy chọn tỉnh khi đăng.')
    const published = (await admin(app, 'POST', `/admin/documents/${draft.id}/publish`)).json()
    expect(published.warnings.join(' ')).toMatch(/^Chưa có tỉnh/)
    await admin(app, 'POST', `/admin/documents/${draft.id}/unpublish`)
    const fixed = (await admin(app, 'POST', `/admin/documents/${draft.id}/publish`, { province: 'Gia Lai', year: 2024 })).json()
    expect(fixed.warnings.join(' ')).not.toMatch(/Chưa có tỉnh/)
    expect((await admin(app, 'GET', `/admin/documents/${draft.id}`)).json().metadata).toMatchObject({ province: 'Gia Lai', year: 2024 })
    expect(ask(app, 'Hạn gửi báo cáo ở Gia Lai năm 2024?').text).toContain('20/11/2024')
    expect((await admin(app, 'POST', `/admin/documents/${draft.id}/publish`, { province: 'Atlantis' })).json()).toMatchObject({ error: 'invalid_field' })
  })
})

describe.each(DIALECTS)('another instance picks up a publish within seconds (%s)', (dialect) => {
  it('serves the published document without a restart', async () => {
    let url: string
    if (dialect === 'sqlite') {
      const dir = mkdtempSync(path.join(tmpdir(), 'bdg-docs-'))
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
      url = `sqlite:${path.join(dir, 'shared.sqlite')}`
    } else {
      const schema = `bdg_test_${randomBytes(6).toString('hex')}`
      const u = new URL(POSTGRES_URL!)
      u.searchParams.set('schema', schema)
      url = u.toString()
      cleanups.push(async () => {
        const client = new pg.Client({ connectionString: POSTGRES_URL })
        await client.connect()
        await client.query(`drop schema if exists ${schema} cascade`)
        await client.end()
      })
    }
    const first = await start({ DATABASE_URL: url })
    const second = await start({ DATABASE_URL: url, DOCUMENTS_POLL_MS: dialect === 'postgres' ? '60000' : '200' })
    const background = second.startBackground({ schedulerIntervalMs: 60_000 })
    cleanups.unshift(() => background.stop())
    const question = 'Hạn gửi báo cáo 6 tháng ở Quảng Ngãi năm 2024?'
    const draft = (await upload(first, 't01-quang-ngai-kh.docx')).json()
    await new Promise((r) => setTimeout(r, 300))
    await admin(first, 'POST', `/admin/documents/${draft.id}/publish`)
    const started = Date.now()
    while (!ask(second, question).text.includes('84/KH-UBND') && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 50))
    // PostgreSQL notifies (the poll is set to a minute here); SQLite is polled.
    expect(ask(second, question).text).toContain('84/KH-UBND')
    expect(Date.now() - started).toBeLessThan(5_000)
  }, 30_000)
})
