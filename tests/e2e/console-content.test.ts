import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { addUser } from '../../src/channels/console/add-user.js'
import { FakeTelegramApi } from '../fakes/fake-telegram-api.js'
import { TELEGRAM_SECRET, TELEGRAM_TOKEN, testApp } from '../helpers/test-app.js'
import { browserAvailable, browserRequired, CHROMIUM, expectAccessible, launchChromium, signIn } from './console-browser.js'

if (!browserAvailable && !browserRequired) console.warn(`⚠ console browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; CI sets REQUIRE_BROWSER=1)`)

const HEADER = 'id;name;type;province;province_old;district_old;commune_old;commune_new;address;phone;hours;services;latitude;longitude;source;verified_on'
// Excel's "CSV (semicolon)": BOM, CRLF, decimal commas, one bad row (phone with letters).
const EXCEL_CSV = `\uFEFF${[
  HEADER,
  'ag-long-xuyen;Nhà tạm lánh Long Xuyên;nhà tạm lánh;An Giang;;;;;"12 Trần Hưng Đạo; Long Xuyên";0296 3852 123;;;10,3759;105,4185;Sở Y tế An Giang;2026-11-01',
  'ag-sai;Điểm thiếu số điện thoại;nhà tạm lánh;An Giang;;;;;;gọi xã;;;;;;',
  'ag-rach-gia;Địa chỉ tin cậy Rạch Giá;địa chỉ tin cậy;An Giang;Kiên Giang;;;;;0297 3862 111;;;;;Hội LHPN;2026-10-20',
].join('\r\n')}\r\n`

describe.skipIf(!browserAvailable && !browserRequired)('console content in headless Chromium', () => {
  let app: App
  let browser: Browser
  let base = ''
  let dir = ''
  const fake = new FakeTelegramApi()

  beforeAll(async () => {
    await fake.start()
    // 25/11 at noon: the "ngay-quoc-te-25-11" Action Month message (08:00) is due at the next tick.
    app = await testApp({ NOW: '2026-11-25', TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET, TELEGRAM_API_ROOT: fake.url })
    await app.stores.chats.subscribe({ platform: 'telegram', chatId: '77' }, 'thang-hanh-dong')
    await addUser(app.stores, { name: 'bientap', role: 'editor', password: 'bien-tap-2026!' }, 'test')
    await app.server.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.server.address()
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`
    browser = await launchChromium()
    dir = await mkdtemp(path.join(tmpdir(), 'console-csv-'))
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await app?.close()
    await fake.stop()
  })

  it('edits an Action Month message; the running scheduler sends the new text, then the message is locked', async () => {
    const page = await browser.newPage()
    await signIn(page, base, 'bientap', 'bien-tap-2026!')
    await page.getByRole('navigation').getByRole('link', { name: 'Tháng hành động' }).click()
    await expectAccessible(page)
    await page.locator('#msg-ngay-quoc-te-25-11').getByRole('link', { name: 'Sửa' }).click()
    await expectAccessible(page)
    const text = '25/11 – Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ. Mời bạn cùng mặc áo cam và chia sẻ số 111, 113.'
    await page.getByLabel('Nội dung').fill(text)
    await page.getByRole('button', { name: 'Lưu' }).click()
    await expect.poll(() => page.locator('.notice.ok').textContent()).toBe('Đã lưu.')
    // No restart: the background scheduler of the same process picks the edited text.
    const background = app.startBackground({ schedulerIntervalMs: 200, lockRetryMs: 50 })
    try {
      await expect.poll(() => fake.sent().map((c) => c.params.text), { timeout: 15_000 }).toContain(text)
    } finally {
      await background.stop()
    }
    await page.reload()
    expect(await page.locator('#msg-ngay-quoc-te-25-11').textContent()).toContain('Đã gửi (khoá)')
    const locked = await page.request.get(`${base}/quan-tri/chien-dich/thang-hanh-dong-2026/ngay-quoc-te-25-11`)
    expect(locked.status()).toBe(409)
  }, 60_000)

  it('previews a semicolon CSV with one bad row, then applies it without losing good rows; the chat sees it at once', async () => {
    const before = app.assistant().directory!.places.length
    const file = path.join(dir, 'danh-ba.csv')
    await writeFile(file, EXCEL_CSV)
    const page = await browser.newPage()
    await signIn(page, base, 'bientap', 'bien-tap-2026!')
    await page.getByRole('navigation').getByRole('link', { name: 'Danh bạ' }).click()
    await expectAccessible(page)
    await page.getByLabel('Tệp CSV').setInputFiles(file)
    await page.getByRole('button', { name: 'Xem trước' }).click()
    await expect.poll(() => page.locator('.count-added').textContent()).toBe('2')
    expect(await page.locator('.count-rejected').textContent()).toBe('1')
    expect(await page.locator('.rejected-rows').textContent()).toContain('Dòng 3, cột phone: điện thoại chỉ gồm chữ số')
    await expectAccessible(page)
    // Nothing changes before "apply".
    expect(app.assistant().directory!.places.length).toBe(before)
    await page.getByRole('button', { name: 'Áp dụng 2 thay đổi' }).click()
    await expect.poll(() => page.locator('.notice.ok').textContent()).toContain('2 thêm mới')
    const places = app.assistant().directory!.places
    expect(places.length).toBe(before + 2)
    expect(places.find((p) => p.id === 'ag-long-xuyen')).toMatchObject({ address: '12 Trần Hưng Đạo; Long Xuyên', latitude: 10.3759, longitude: 105.4185 })
    // The live directory answers by the old province name too (Kiên Giang → An Giang).
    expect(
      app
        .assistant()
        .directory!.byProvince('Kiên Giang')
        .map((p) => p.id),
    ).toContain('ag-rach-gia')
    // Stored, so a content reload (SIGHUP) keeps the console's places.
    await app.reloadContent()
    expect(app.assistant().directory!.places.length).toBe(before + 2)
  }, 60_000)

  it('edits a place with a pasted map link and rejects a bad phone with the field named', async () => {
    const page = await browser.newPage()
    await signIn(page, base, 'bientap', 'bien-tap-2026!')
    await page.goto(`${base}/quan-tri/danh-ba/ag-rach-gia`)
    await expectAccessible(page)
    await page.getByLabel('Điện thoại').fill('gọi 0297')
    await page.getByRole('button', { name: 'Lưu' }).click()
    await expect.poll(() => page.locator('.notice.error').textContent()).toContain('Điện thoại: điện thoại chỉ gồm chữ số')
    await page.getByLabel('Điện thoại').fill('0297 3862 222')
    await page.getByLabel('Toạ độ').fill('https://www.google.com/maps/place/R%E1%BA%A1ch+Gi%C3%A1/@10.0125,105.0809,15z')
    await page.getByRole('button', { name: 'Lưu' }).click()
    await expect.poll(() => page.locator('.notice.ok').textContent()).toBe('Đã lưu.')
    expect(app.assistant().directory!.places.find((p) => p.id === 'ag-rach-gia')).toMatchObject({ phone: '0297 3862 222', latitude: 10.0125, longitude: 105.0809 })
  }, 60_000)
})
