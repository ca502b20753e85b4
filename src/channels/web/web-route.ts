import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'

const PUBLIC_DIR = path.join(import.meta.dirname, 'public')
const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/chat.css': { file: 'chat.css', type: 'text/css; charset=utf-8' },
  '/chat.js': { file: 'chat.js', type: 'text/javascript; charset=utf-8' },
}

/** The web chat page: three static files read once at start, no build step. */
export async function registerWebChat(app: FastifyInstance): Promise<void> {
  for (const [url, { file, type }] of Object.entries(FILES)) {
    const body = await readFile(path.join(PUBLIC_DIR, file))
    app.get(url, async (_req, reply) => reply.type(type).header('cache-control', 'no-cache').header('content-security-policy', "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:").send(body))
  }
}
