import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const ROOT = path.resolve(import.meta.dirname, '../..')

/** Runs a CLI entry point the way `npm run` does (node + tsx), returning stdout and the exit code. */
export async function runCli(script: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  const child = run(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT, env: { ...process.env, ...options.env }, maxBuffer: 16 * 1024 * 1024 })
  if (options.input !== undefined) {
    child.child.stdin?.end(options.input)
  }
  try {
    const { stdout, stderr } = await child
    return { stdout, stderr, code: 0 }
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number }
    return { stdout: e.stdout, stderr: e.stderr, code: e.code }
  }
}
