import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type Page } from 'playwright-core'
import { expect } from 'vitest'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const browserRequired = process.env.REQUIRE_BROWSER === '1'
export const browserAvailable = existsSync(CHROMIUM)
const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/**
 * axe-core on the page as it is now: no serious or critical violation. axe is injected through
 * the DevTools protocol (page.evaluate), which the page's CSP does not restrict.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(axeSource)
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run(document)
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
  expect(violations, page.url()).toEqual([])
}

export async function signIn(page: Page, base: string, name: string, password: string): Promise<void> {
  await page.goto(`${base}/quan-tri/dang-nhap`)
  await page.getByLabel('Tên đăng nhập').fill(name)
  await page.getByLabel('Mật khẩu').fill(password)
  await page.getByRole('button', { name: 'Đăng nhập' }).click()
  await page.waitForURL(`${base}/quan-tri`)
}
