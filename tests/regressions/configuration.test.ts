import { spawn } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import semver from 'semver'
import { describe, expect, it } from 'vitest'
import { readEnvFile } from '../../src/config/read-env-file.js'
import { CONTENT_DIR } from '../helpers/load-test-content.js'
import { ROOT } from '../helpers/run-cli.js'

/** Issue 12, scenario 13: configuration. */
describe('configuration', () => {
  it('npm start reads .env from the working directory and says which half-configured channel stays off', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-env-'))
    await writeFile(path.join(dir, '.env'), [`CONTENT_DIR=${CONTENT_DIR}`, `DATA_DIR=${path.join(dir, 'data')}`, 'PORT=0', 'HOST=127.0.0.1', '# a token without its webhook secret', 'TELEGRAM_BOT_TOKEN=123456:env-file-token'].join('\n'))
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/main.ts')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (out += d.toString()))
    try {
      const deadline = Date.now() + 30_000
      while (!out.includes('bdg-bot ready') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 50))
      expect(out).toContain('bdg-bot ready')
      expect(out).toContain(`"pid":${child.pid}`)
      expect(out).toMatch(/Telegram is off: TELEGRAM_BOT_TOKEN is set but neither TELEGRAM_WEBHOOK_SECRET/)
    } finally {
      child.kill('SIGTERM')
      await new Promise((r) => (child.exitCode === null ? child.once('exit', r) : r(null)))
    }
    expect(out).not.toContain('env-file-token')
  }, 40_000)

  it('.env never overrides the real environment, and a missing .env is fine', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-env-'))
    await writeFile(path.join(dir, '.env'), 'PORT=4000\nLOG_LEVEL=debug\n')
    const env: Record<string, string | undefined> = { PORT: '5000' }
    expect(readEnvFile(path.join(dir, '.env'), env)).toEqual(['LOG_LEVEL'])
    expect(env).toEqual({ PORT: '5000', LOG_LEVEL: 'debug' })
    expect(readEnvFile(path.join(dir, 'missing.env'), env)).toEqual([])
  })

  it('every installed dependency supports the Node version the README and package.json promise', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }
    const lock = JSON.parse(await readFile(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string }; optional?: boolean }> }
    const oldest = semver.minVersion(pkg.engines.node)!.version
    const unsupported = Object.entries(lock.packages)
      .filter(([name, p]) => name && !p.optional && p.engines?.node && !semver.satisfies(oldest, p.engines.node))
      .map(([name, p]) => `${name} needs Node ${p.engines!.node}`)
    expect(unsupported).toEqual([])
    expect(await readFile(path.join(ROOT, 'README.md'), 'utf8')).toContain(`Node.js ${semver.major(oldest)}.${semver.minor(oldest)}+`)
  })
})
