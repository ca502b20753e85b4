import type { FastifyInstance } from 'fastify'
import { subscriberStats } from '../../storage/repositories/chat-repository.js'
import { T } from './console-messages.vi.js'
import { html } from './html.js'
import { page, sendPage } from './layout.js'
import { pageContext, type ConsoleDependencies } from './register-console.js'
import { svgBarChart } from './svg-bar-chart.js'

const O = T.overview

function sum(rows: { key: string; n: number }[]): { label: string; value: number }[] {
  const totals = new Map<string, number>()
  for (const r of rows) totals.set(r.key, (totals.get(r.key) ?? 0) + r.n)
  return [...totals].map(([label, value]) => ({ label, value })).sort((a, b) => b.value - a.value)
}

/** Overview: subscribers by platform, province and topic; questions per day; recent deliveries. Counts only. */
export function registerOverviewRoutes(scope: FastifyInstance, deps: ConsoleDependencies): void {
  scope.get('/', { config: { consoleRole: 'viewer' } }, async (req, reply) => {
    const ctx = pageContext(req, reply)
    const stats = await subscriberStats(deps.stores.database.db)
    const byPlatform = sum(stats.map((s) => ({ key: T.platforms[s.platform] ?? s.platform, n: s.subscribers })))
    const byProvince = sum(stats.map((s) => ({ key: s.province ?? O.noProvince, n: s.subscribers }))).slice(0, 15)
    const byTopic = sum(stats.map((s) => ({ key: T.topics[s.topic] ?? s.topic, n: s.subscribers })))
    const recent = (await deps.stores.approvals.listRecent(8)).filter((b) => b.total > 0)
    const questions = await deps.stores.questionCounts.lastDays(deps.now(), 14)
    const body = html`<p class="hint">${O.subscriptionsNote}</p>
<div class="charts">
${byPlatform.length ? svgBarChart(O.byPlatform, byPlatform) : html`<p>${O.noSubscribers}</p>`}
${byProvince.length ? svgBarChart(O.byProvince, byProvince) : ''}
${byTopic.length ? svgBarChart(O.byTopic, byTopic) : ''}
${
  questions.length
    ? svgBarChart(
        O.questions,
        questions.map((q) => ({ label: `${q.day.slice(8, 10)}/${q.day.slice(5, 7)} · ${O.kind(q.kind)} · ${q.found ? O.answered : O.notFound}`, value: q.n })),
      )
    : html`<p>${O.noQuestions}</p>`
}
${
  recent.length
    ? svgBarChart(
        O.deliveries,
        recent.map((b) => ({ label: `#${b.id} ${b.text.slice(0, 18)}`, value: b.finished })),
      )
    : ''
}
</div>`
    return sendPage(reply, page(ctx, T.nav.overview, body))
  })
}
