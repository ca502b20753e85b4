/**
 * Webhook throughput: Telegram updates per second and p99 latency through the full path
 * (secret check → dedupe → assistant → sendMessage to a fake Telegram API) next to a bare
 * Fastify route returning 200, measured in the same run with autocannon.
 */
import { spawn } from 'node:child_process'
import autocannon from 'autocannon'
import { printTable } from './bench-table.js'

const QUESTIONS = ['xin chào', 'Hạn báo cáo 6 tháng ở An Giang?', 'Sở Tư pháp An Giang có nhiệm vụ gì?', 'Tháng hành động diễn ra khi nào?']

async function startTarget(mode: 'bare' | 'full'): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/webhook-target.ts', mode], { stdio: ['ignore', 'pipe', 'inherit'] })
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const line = chunk
        .toString()
        .split('\n')
        .find((l) => l.startsWith('{"port"'))
      if (line) resolve((JSON.parse(line) as { port: number }).port)
    })
    child.on('exit', (code) => reject(new Error(`target exited with ${code}`)))
  })
  return { port, stop: () => child.kill() }
}

async function load(port: number): Promise<autocannon.Result> {
  let updateId = 0
  return autocannon({
    url: `http://127.0.0.1:${port}/webhooks/telegram`,
    method: 'POST',
    connections: 40,
    duration: 10,
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': 'bench_secret' },
    requests: [
      {
        setupRequest: (req) => {
          updateId++
          const chatId = 1000 + (updateId % 500)
          const update = { update_id: updateId, message: { message_id: updateId, date: 1, chat: { id: chatId, type: 'private', first_name: 'A' }, from: { id: chatId, is_bot: false, first_name: 'A' }, text: QUESTIONS[updateId % QUESTIONS.length] } }
          return { ...req, body: JSON.stringify(update) }
        },
      },
    ],
  })
}

export async function runWebhookBench(): Promise<void> {
  const results: Record<string, autocannon.Result> = {}
  for (const mode of ['bare', 'full'] as const) {
    const target = await startTarget(mode)
    try {
      await load(target.port) // warm-up
      results[mode] = await load(target.port)
    } finally {
      target.stop()
    }
  }
  const full = results.full!
  const bare = results.bare!
  const ok = full.non2xx === 0 && full.errors === 0
  printTable('Telegram webhook throughput (40 connections, 10 s)', [
    { benchmark: 'bare Fastify route: req/s', value: bare.requests.average.toFixed(0) },
    { benchmark: 'bare Fastify route: p99', value: `${bare.latency.p99} ms` },
    { benchmark: 'full path: updates/s', value: full.requests.average.toFixed(0), target: '≥ 1,500', ok: full.requests.average >= 1500 && ok },
    { benchmark: 'full path: p99', value: `${full.latency.p99} ms` },
    { benchmark: 'full path: non-2xx / errors', value: `${full.non2xx} / ${full.errors}` },
    { benchmark: 'full / bare throughput', value: `${((full.requests.average / bare.requests.average) * 100).toFixed(1)} %` },
  ])
}
