import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { addUser } from '../../src/channels/console/add-user.js'
import { FakeTelegramApi } from '../fakes/fake-telegram-api.js'
import { TELEGRAM_SECRET, TELEGRAM_TOKEN, testApp } from '../helpers/test-app.js'
import { browserAvailable, browserRequired, CHROMIUM, expectAccessible, launchChromium, signIn } from './console-browser.js'
import type { Browser } from 'playwright-core'

if (!browserAvailable && !browserRequired) console.warn(`⚠ console browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; CI sets REQUIRE_BROWSER=1)`)

describe.skipIf(!browserAvailable && !browserRequired)('console broadcasts in headless Chromium', () => {
  const fake = new FakeTelegramApi()
  let app: App
  let browser: Browser
  let base = ''
  let background: { stop: () => Promise<void> }

  beforeAll(async () => {
    await fake.start()
    app = await testApp({ TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: fake.url })
    // Kiên Giang merged into An Giang in 2025: its subscribers are An Giang's now too.
    for (const [chatId, province] of [
      ['1', 'An Giang'],
      ['2', 'Kiên Giang'],
      ['3', 'Thừa Thiên Huế'],
    ] as const) {
      await app.stores.chats.update({ platform: 'telegram', chatId }, { province })
      await app.stores.chats.subscribe({ platform: 'telegram', chatId }, 'thang-hanh-dong')
    }
    await addUser(app.stores, { name: 'bientap', role: 'editor', password: 'bien-tap-2026!' }, 'test')
    await addUser(app.stores, { name: 'duyet', role: 'approver', password: 'nguoi-duyet-2026!' }, 'test')
    await addUser(app.stores, { name: 'quantri', role: 'admin', password: 'quan-tri-2026!' }, 'test')
    await app.server.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    background = app.startBackground({ schedulerIntervalMs: 200, lockRetryMs: 50 })
    browser = await launchChromium()
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await background?.stop()
    await app?.close()
    await fake.stop()
  })

  it('an editor composes for An Giang and submits; a different approver approves; it is delivered and progress reaches done', async () => {
    const editor = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage()
    await editor.goto(`${base}/quan-tri/dang-nhap`)
    await expectAccessible(editor)
    await signIn(editor, base, 'bientap', 'bien-tap-2026!')
    await expectAccessible(editor)
    await editor.getByRole('navigation').getByRole('link', { name: 'Phát tin' }).click()
    await expectAccessible(editor)
    await editor.getByRole('link', { name: 'Soạn tin mới' }).click()
    await expectAccessible(editor)
    await editor.getByLabel('Nội dung tin').fill('Mời anh chị dự lễ phát động Tháng hành động tại An Giang, 8 giờ sáng thứ Hai.')
    await editor.getByLabel('Tỉnh, thành phố').selectOption('An Giang')
    await editor.getByLabel('Chủ đề đăng ký').selectOption('thang-hanh-dong')
    await editor.getByRole('button', { name: 'Lưu và xem trước' }).click()
    // The preview counts An Giang and the old Kiên Giang, not Huế.
    await expect.poll(() => editor.locator('td.total').textContent()).toBe('2')
    await expectAccessible(editor)
    const detailUrl = editor.url()
    await editor.getByRole('button', { name: 'Gửi duyệt' }).click()
    await expect.poll(() => editor.locator('.approval-state').textContent()).toBe('Chờ duyệt')
    // The editor cannot approve, and nothing is sent before approval.
    expect(await editor.getByRole('button', { name: 'Duyệt và gửi' }).count()).toBe(0)
    expect(fake.sent().length).toBe(0)

    const approver = await (await browser.newContext()).newPage()
    await signIn(approver, base, 'duyet', 'nguoi-duyet-2026!')
    await approver.goto(detailUrl)
    await expectAccessible(approver)
    await approver.getByRole('button', { name: 'Duyệt và gửi' }).click()
    await expect.poll(() => approver.locator('.approval-state').textContent()).toBe('Đã duyệt')
    // Live progress: the page updates itself until the outbox is drained.
    await expect.poll(() => approver.locator('.progress-status').textContent(), { timeout: 15_000 }).toBe('Đã gửi xong')
    expect(await approver.locator('.progress-text').textContent()).toBe('2/2')
    expect([...fake.delivered.keys()].sort()).toEqual(['1', '2'])
    await expectAccessible(approver)

    const csv = await approver.request.get(`${detailUrl}/bao-cao.csv`)
    expect(await csv.text()).toContain(',sent,,2')
    const actions = (await app.stores.audit.recent()).map((a) => `${a.actor} ${a.action}`)
    expect(actions).toEqual(expect.arrayContaining(['bientap broadcast.create', 'bientap broadcast.submit', 'duyet broadcast.approve']))
  }, 90_000)

  it('an admin adds a person and makes a personal API token that works on /admin; the pages are accessible', async () => {
    const page = await (await browser.newContext()).newPage()
    await signIn(page, base, 'quantri', 'quan-tri-2026!')
    await page.getByRole('navigation').getByRole('link', { name: 'Người dùng' }).click()
    await expectAccessible(page)
    await page.getByLabel('Tên đăng nhập', { exact: true }).fill('xem')
    await page.getByLabel('Vai trò', { exact: true }).selectOption('viewer')
    await page.getByLabel('Mật khẩu (ít nhất 10 ký tự)').fill('chi-xem-thoi-2026')
    await page.getByRole('button', { name: 'Thêm người dùng' }).click()
    await expect.poll(() => page.locator('.notice.ok').textContent()).toBe('Đã lưu.')
    expect(await page.locator('table').textContent()).toContain('Người xem')
    await expectAccessible(page)
    await page.getByRole('navigation').getByRole('link', { name: 'Tài khoản' }).click()
    await page.getByLabel('Tên gợi nhớ').fill('máy chủ báo cáo')
    await page.getByRole('button', { name: 'Tạo mã' }).click()
    const token = (await page.locator('code.token').textContent())!
    expect(token).toMatch(/^bdg_/)
    await expectAccessible(page)
    const stats = await page.request.get(`${base}/admin/subscribers/stats`, { headers: { authorization: `Bearer ${token}` } })
    expect(stats.status()).toBe(200)
    // The audit log shows who did what, by name (the API call too).
    await page.getByRole('navigation').getByRole('link', { name: 'Nhật ký' }).click()
    const log = await page.locator('table').textContent()
    expect(log).toContain('quantriuser.create')
    expect(log).toContain('quantrisubscribers.stats')
    await expectAccessible(page)
    // A viewer does not see the people page.
    const viewer = await (await browser.newContext()).newPage()
    await signIn(viewer, base, 'xem', 'chi-xem-thoi-2026')
    expect(await viewer.getByRole('navigation').getByRole('link', { name: 'Người dùng' }).count()).toBe(0)
    expect((await viewer.goto(`${base}/quan-tri/nguoi-dung`))!.status()).toBe(403)
    await expectAccessible(viewer)
  }, 60_000)

  it('uploads a .docx plan, shows what was understood, publishes it, and the web chat answers from it', async () => {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/documents/files/t01-quang-ngai-kh.docx')
    const page = await (await browser.newContext()).newPage()
    await signIn(page, base, 'duyet', 'nguoi-duyet-2026!')
    await page.getByRole('navigation').getByRole('link', { name: 'Văn bản' }).click()
    await expectAccessible(page)
    await page.getByLabel('Tệp văn bản').setInputFiles(file)
    await page.getByRole('button', { name: 'Tải lên và xem trước' }).click()
    await expect.poll(() => page.locator('.document-status').textContent()).toBe('Bản nháp')
    const understood = (await page.locator('main').textContent()) ?? ''
    expect(understood).toContain('84/KH-UBND')
    expect(understood).toContain('Quảng Ngãi')
    expect(understood).toContain('Trần Phước Hiền')
    await expectAccessible(page)
    // Nothing is live before publishing.
    const before = (await app.server.inject({ method: 'POST', url: '/api/ask', payload: { question: 'Kế hoạch 84/KH-UBND Quảng Ngãi: hạn báo cáo 6 tháng?' } })).json()
    expect(before.text).not.toContain('15/6/2024')
    await page.getByRole('button', { name: 'Công bố' }).click()
    await expect.poll(() => page.locator('.document-status').textContent()).toBe('Đã công bố')
    expect((await app.stores.audit.recent()).map((a) => `${a.actor} ${a.action}`)).toEqual(expect.arrayContaining(['duyet document.upload', 'duyet document.publish']))
    // A citizen's web chat answers from the published plan at once.
    const chat = await (await browser.newContext()).newPage()
    await chat.goto(base)
    await chat.getByLabel('Câu hỏi của bạn').fill('Quảng Ngãi: các huyện gửi báo cáo 6 tháng trước ngày nào?')
    await chat.keyboard.press('Enter')
    const answer = chat.locator('#messages li.bot').last()
    await expect.poll(() => answer.textContent(), { timeout: 10_000 }).toContain('15/6/2024')
    expect(await answer.textContent()).toContain('84/KH-UBND')
  }, 60_000)
})
