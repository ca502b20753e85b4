import { describe, expect, it } from 'vitest'
import { runCli } from '../helpers/run-cli.js'

describe('command-line contract', () => {
  it('ask prints the reply as a user sees it', async () => {
    const r = await runCli('src/channels/cli/ask-command.ts', ['--now', '2021-06-01', 'Hạn báo cáo 6 tháng ở An Giang?'])
    expect(r.code).toBe(0)
    expect(r.stdout.split('\n')[0]).toBe('Trước ngày 10/6/2021 (còn 9 ngày).')
  })

  it('ask --json prints the Reply', async () => {
    const r = await runCli('src/channels/cli/ask-command.ts', ['--json', '--province', 'Thừa Thiên Huế', 'hạn báo cáo năm'])
    const reply = JSON.parse(r.stdout)
    expect(reply).toMatchObject({ intent: 'deadline', found: true })
    expect(reply.citations[0]).toMatchObject({ province: 'Thừa Thiên Huế', section: 'V.1' })
  })

  it('ask --jsonl answers one question per line', async () => {
    const r = await runCli('src/channels/cli/ask-command.ts', ['--jsonl'], { input: 'xin chào\n\nGiá vàng hôm nay?\n' })
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
    expect(lines.map((l) => [l.question, l.found])).toEqual([
      ['xin chào', true],
      ['Giá vàng hôm nay?', false],
    ])
  })

  it('deadlines --json prints the stable contract', async () => {
    const r = await runCli('src/channels/cli/deadlines-command.ts', ['--json'])
    const records = JSON.parse(r.stdout)
    expect(Object.keys(records[0]).sort()).toEqual(['action', 'actors', 'date', 'end', 'issuer', 'kind', 'number', 'province', 'quote', 'recipient', 'recurrence', 'section'])
  })

  it('ingest --check lists every document and exits 0', async () => {
    const r = await runCli('src/channels/cli/ingest-command.ts', ['--check'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('67/KH-UBND')
    expect(r.stdout).toContain('5 document(s) loaded, 0 error(s).')
  })

  it("ingest --json prints each file's parse in the stable shape, and names a file that fails", async () => {
    const files = ['tests/fixtures/documents/files/t05-nghe-an-cv.docx', 'tests/fixtures/documents/files/t07-ben-tre-vni.vni.txt', 'tests/fixtures/documents/missing.pdf']
    const r = await runCli('src/channels/cli/ingest-command.ts', ['--json', ...files])
    expect(r.code).toBe(1)
    const [docx, vni, missing] = JSON.parse(r.stdout)
    expect(Object.keys(docx)).toEqual(['file', 'format', 'encoding', 'metadata', 'sections', 'facts', 'warnings'])
    expect(Object.keys(docx.metadata).sort()).toEqual(['attachment', 'date', 'issuer', 'kind', 'number', 'parentIssuer', 'province', 'provinceNow', 'recipients', 'signer', 'signerRole', 'symbol', 'title', 'year'])
    expect(docx).toMatchObject({ file: 't05-nghe-an-cv.docx', format: 'docx', metadata: { kind: 'công văn', number: '2456/SYT-NVY', date: '2022-09-14' } })
    expect(vni).toMatchObject({ encoding: 'vni', metadata: { number: '233/KH-UBND', province: 'Bến Tre' } })
    expect(vni.warnings).toContain('Văn bản gõ bằng bảng mã VNI đã được chuyển sang Unicode.')
    expect(missing).toEqual({ file: 'missing.pdf', error: 'DOCUMENT_NOT_FOUND', message: 'missing.pdf: no such file' })
  })

  it('eval scores the dev questions at 95% or more, far above the baseline', async () => {
    const r = await runCli('src/channels/cli/eval-command.ts', ['tests/fixtures/dev-questions.jsonl'])
    const overall = /\*\*overall\*\* \| \*\*([\d.]+)%\*\* \| ([\d.]+)%/.exec(r.stdout)
    expect(overall).not.toBeNull()
    expect(Number(overall![1])).toBeGreaterThanOrEqual(95)
    expect(Number(overall![1]) - Number(overall![2])).toBeGreaterThan(30)
  })

  it('eval without a file reports every set by kind and by style', async () => {
    const r = await runCli('src/channels/cli/eval-command.ts', [])
    for (const file of ['tests/fixtures/questions/dev.jsonl', 'tests/fixtures/questions/test.jsonl']) expect(r.stdout).toContain(`Eval: ${file}`)
    expect(r.stdout).toContain('| style | bdg-bot | baseline |')
    expect(r.stdout).toMatch(/\| no-diacritics \| \d+\/\d+ \|/)
    expect(r.code).toBe(0)
    // Every question and safety set, held-out ones included: slower than one answer, a minute on a busy machine.
  }, 90_000)
})

describe('webhook:set', () => {
  it('registers the Telegram webhook with the secret, allowed updates and the Vietnamese command menu', async () => {
    const { FakeTelegramApi } = await import('../fakes/fake-telegram-api.js')
    const fake = new FakeTelegramApi()
    await fake.start()
    try {
      const r = await runCli('src/channels/cli/set-webhooks-command.ts', [], {
        env: { TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_WEBHOOK_SECRET: 'secret_1', TELEGRAM_API_ROOT: fake.url, PUBLIC_URL: 'https://bot.example.vn' },
      })
      expect(r.code).toBe(0)
      expect(fake.sent('setWebhook')[0]!.params).toMatchObject({ url: 'https://bot.example.vn/webhooks/telegram', secret_token: 'secret_1', allowed_updates: ['message', 'callback_query', 'my_chat_member'] })
      const commands = fake.sent('setMyCommands')[0]!.params.commands as { command: string; description: string }[]
      expect(commands.map((c) => c.command)).toEqual(['start', 'help', 'hanchot', 'diachi', 'tinh', 'coquan', 'dangky', 'huy', 'sdt', 'xoa'])
      expect(commands.every((c) => c.description.length > 0 && c.description.length <= 256)).toBe(true)
    } finally {
      await fake.stop()
    }
  })

  it('refuses to register without a public https address', async () => {
    const r = await runCli('src/channels/cli/set-webhooks-command.ts', [], { env: { TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_WEBHOOK_SECRET: 'secret_1', TELEGRAM_API_ROOT: 'http://127.0.0.1:9', PUBLIC_URL: '' } })
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('PUBLIC_URL')
  })
})

describe('broadcast dry run', () => {
  it('shows each campaign message with its time and recipients, and sends nothing', async () => {
    const r = await runCli('src/channels/cli/broadcast-command.ts', ['--campaign', 'content/campaigns/thang-hanh-dong-2026.yaml', '--dry-run'], { env: { DATABASE_URL: 'sqlite::memory:' } })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('▶ 15/11/2026 08:00 (giờ Việt Nam) · khai-mac')
    expect(r.stdout).toContain('▶ 15/12/2026 17:00 (giờ Việt Nam) · be-mac')
    expect(r.stdout).toContain('✓ Fits the Zalo caps: at most 4 a month and 1 a day per follower, 06:00–21:59.')
    expect(r.stdout).toContain('Dry run: nothing was sent.')
  })

  it('warns when the campaign exceeds the cap of a Basic OA (1 a month) and names the messages that miss it', async () => {
    const r = await runCli('src/channels/cli/broadcast-command.ts', ['--campaign', 'content/campaigns/thang-hanh-dong-2026.yaml', '--dry-run'], { env: { DATABASE_URL: 'sqlite::memory:', ZALO_OA_MONTHLY_CAP: '1' } })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('⚠ 2026-11: 4 messages but Zalo allows 1 broadcasts per follower a month; followers outside the 7-day window miss bao-luc-tren-co-so-gioi-la-gi, ngay-quoc-te-25-11, tim-su-giup-do')
    expect(r.stdout).toContain('⚠ 2026-12: 3 messages')
  })

  it('shows whom each Zalo article reaches (province by city code, all followers and why, or not sent) and refuses a bad ZALO_OA_CITY_CODES entry by name', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises')
    const dir = await mkdtemp((await import('node:os')).tmpdir() + '/bdg-campaign-')
    const message = (id: string, day: number, audience: string) => `  - id: ${id}\n    send_at: "2026-11-${day} 08:00"\n    audience: ${audience}\n    zalo_article_id: art-${id}\n    text: Tin ${id}\n`
    await writeFile(
      `${dir}/target.yaml`,
      `id: t\nname: Thử\nperiod: { from: 2026-11-15, to: 2026-12-15 }\nmessages:\n${message('ag', 16, '{ kind: province, province: An Giang }')}${message('ct', 17, '{ kind: province, province: Cần Thơ }')}${message('cb', 18, '{ kind: officials }')}${message('all', 19, '{ kind: all }')}`,
    )
    const r = await runCli('src/channels/cli/broadcast-command.ts', ['--campaign', `${dir}/target.yaml`, '--dry-run'], { env: { DATABASE_URL: 'sqlite::memory:', ZALO_OA_CITY_CODES: '{"an giang": 89}' } })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('⚠ ct: no Zalo city code for Cần Thơ in ZALO_OA_CITY_CODES, so the article is not sent')
    expect(r.stdout).toContain('✓ Fits the Zalo caps')
    const lines = r.stdout.split('\n')
    const after = (id: string) => lines[lines.findIndex((l) => l.includes(` · ${id} · `)) + 1]
    expect(after('ag')).toBe('  zalo-oa bài viết: gửi người quan tâm OA ở An Giang (mã tỉnh Zalo 89)')
    expect(after('ct')).toBe('  zalo-oa bài viết: KHÔNG gửi — Cần Thơ chưa có mã tỉnh Zalo trong ZALO_OA_CITY_CODES')
    expect(after('cb')).toContain('gửi mọi người quan tâm OA, rộng hơn đối tượng')
    expect(after('all')).toBe('  zalo-oa bài viết: gửi mọi người quan tâm OA (đối tượng là tất cả)')
    const bad = await runCli('src/channels/cli/broadcast-command.ts', ['--campaign', `${dir}/target.yaml`, '--dry-run'], { env: { DATABASE_URL: 'sqlite::memory:', ZALO_OA_CITY_CODES: '{"An Giag": 89}' } })
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('✘ ZALO_OA_CITY_CODES: "An Giag" is not a province name the bot knows')
  })

  it('rejects an invalid campaign naming file, path and reason', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises')
    const dir = await mkdtemp((await import('node:os')).tmpdir() + '/bdg-campaign-')
    await writeFile(`${dir}/bad.yaml`, 'id: x\nname: Thử\nperiod: { from: 2026-11-15, to: 2026-12-15 }\nmessages:\n  - id: a\n    send_at: "2026-11-14 08:00"\n    text: hi\n')
    const r = await runCli('src/channels/cli/broadcast-command.ts', ['--campaign', `${dir}/bad.yaml`, '--dry-run'])
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('bad.yaml: messages.0.send_at: 2026-11-14 is outside the campaign period 2026-11-15–2026-12-15')
  })
})
