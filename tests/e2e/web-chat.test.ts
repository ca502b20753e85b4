import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { testApp } from '../helpers/test-app.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const required = process.env.REQUIRE_BROWSER === '1'
const available = existsSync(CHROMIUM)
if (!available && !required) console.warn(`⚠ web chat browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; CI sets REQUIRE_BROWSER=1)`)

describe.skipIf(!available && !required)('web chat in headless Chromium', () => {
  let app: App
  let browser: Browser
  let url = ''

  beforeAll(async () => {
    app = await testApp()
    await app.server.listen({ port: 0, host: '127.0.0.1' })
    const address = app.server.server.address()
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    })
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
    await app?.close()
  })

  it('types a question and shows the cited answer', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } })
    await page.goto(url)
    await page.getByLabel('Câu hỏi của bạn').fill('Hạn báo cáo 6 tháng ở An Giang?')
    await page.getByRole('button', { name: 'Gửi' }).click()
    const answer = page.locator('#messages li.bot').last()
    await expect.poll(() => answer.locator('strong').textContent(), { timeout: 10_000 }).toBe('Trước ngày 10/6/2021 (đã qua).')
    expect(await answer.locator('.text').textContent()).toContain('Nguồn: Kế hoạch 67/KH-UBND')
    expect(await answer.locator('.citations').textContent()).toContain('mục V.1')
    // Nothing about the user is kept in the browser.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0)
  }, 30_000)

  it('answers a suggestion button', async () => {
    const page = await browser.newPage()
    await page.goto(url)
    await page.getByRole('button', { name: 'Tháng hành động' }).first().click()
    await expect.poll(() => page.locator('#messages li.bot').last().textContent(), { timeout: 10_000 }).toContain('15/11')
  }, 30_000)
})
