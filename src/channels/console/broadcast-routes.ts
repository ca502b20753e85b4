import { stringify } from 'csv-stringify/sync'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { MAX_BROADCAST_TEXT, type BroadcastReport } from '../../core/broadcasts/broadcast.js'
import { vietnamTime } from '../../core/broadcasts/campaign.js'
import type { SendRoute } from '../../core/broadcasts/subscriber-state.js'
import type { BroadcastApproval } from '../../storage/repositories/broadcast-approval-repository.js'
import { audiencePickers, describeAudience, parseAudience, PLATFORMS } from './audience-form.js'
import type { LifecycleAction } from './broadcast-lifecycle-adapter.js'
import { T } from './console-messages.vi.js'
import { html, type SafeHtml } from './html.js'
import { PREFIX, csrfField, page, postButton, sendPage, type PageContext } from './layout.js'
import { pageContext, type ConsoleDependencies } from './register-console.js'
import { hasRole } from './roles.js'
import { vietnamClock } from './vietnam-time.js'

const B = T.broadcasts
const idParam = z.object({ id: z.coerce.number().int().positive() })
const submitBody = z.object({ when: z.enum(['now', 'later']).default('now'), send_at: z.string().optional() })

/** Starts approved broadcasts whose time has come; run by the scheduler tick and right after approval. */
export async function startDueApproved(deps: ConsoleDependencies, now: Date): Promise<number[]> {
  const started: number[] = []
  for (const id of await deps.stores.approvals.due(now)) {
    // markStarted is conditional, so only one instance starts it.
    if (!(await deps.stores.approvals.markStarted(id, now))) continue
    const result = await deps.lifecycle.apply(id, 'start', now)
    if (result.ok) started.push(id)
  }
  return started
}

function progressBar(report: BroadcastReport): SafeHtml {
  const finished = report.total - report.pending
  return html`<div class="progress" data-progress-url="${PREFIX}/phat-tin/${report.id}/tien-do">
<progress max="${Math.max(report.total, 1)}" value="${finished}" aria-label="${B.columns.progress}"></progress>
<span class="progress-text">${finished}/${report.total}</span> · <span class="progress-status">${B.status[report.status] ?? report.status}</span>
</div>`
}

function reportTable(report: BroadcastReport): SafeHtml {
  const reasons = Object.entries(report.byReason).filter(([, n]) => n)
  const routes = [...new Set([...Object.keys(report.byRoute), ...Object.keys(report.receiptsByRoute)])] as SendRoute[]
  return html`<table><caption>${B.report}</caption><tbody>
<tr><th scope="row">${B.counts.total}</th><td>${report.total}</td></tr>
<tr><th scope="row">${B.counts.sent}</th><td>${report.sent}</td></tr>
<tr><th scope="row">${B.counts.pending}</th><td>${report.pending}</td></tr>
<tr><th scope="row">${B.counts.failed}</th><td>${report.failed}</td></tr>
<tr><th scope="row">${B.counts.blocked}</th><td>${report.blocked}</td></tr>
<tr><th scope="row">${B.counts.skipped}</th><td>${report.skipped}</td></tr>
<tr><th scope="row">${B.counts.delivered}</th><td>${report.delivered}</td></tr>
<tr><th scope="row">${B.counts.seen}</th><td>${report.seen}</td></tr>
</tbody></table>
${routes.length ? html`<h3>${B.byRoute}</h3><ul>${routes.map((route) => html`<li>${B.routeLine(B.routes[route] ?? route, report.byRoute[route] ?? 0, report.receiptsByRoute[route]?.delivered ?? 0, report.receiptsByRoute[route]?.seen ?? 0)}</li>`)}</ul>` : ''}
<h3>${B.byReason}</h3>
${reasons.length ? html`<ul>${reasons.map(([reason, n]) => html`<li>${B.reasons[reason] ?? reason}: ${n}</li>`)}</ul>` : html`<p>${B.noFailures}</p>`}`
}

/** Broadcast pages: list, compose, preview, four-eyes approval, schedule, pause/resume/cancel, live progress, report. */
export function registerBroadcastRoutes(scope: FastifyInstance, deps: ConsoleDependencies): void {
  const { broadcasts, approvals, audit, users } = deps.stores

  scope.get('/phat-tin', { config: { consoleRole: 'viewer' } }, async (req, reply) => {
    const ctx = pageContext(req, reply)
    const rows = await approvals.listRecent()
    const canCompose = hasRole(req.consoleUser!.role, 'editor')
    const body = html`${canCompose ? html`<p><a class="button" href="${PREFIX}/phat-tin/moi">${B.new}</a></p>` : ''}
${
  rows.length
    ? html`<div class="scroll"><table><thead><tr><th scope="col">${B.columns.id}</th><th scope="col">${B.columns.text}</th><th scope="col">${B.columns.status}</th><th scope="col">${B.columns.approval}</th><th scope="col">${B.columns.progress}</th><th scope="col">${B.columns.created}</th></tr></thead><tbody>
${rows.map(
  (r) =>
    html`<tr><td><a href="${PREFIX}/phat-tin/${r.id}">#${r.id}</a></td><td>${r.text.length > 80 ? `${r.text.slice(0, 80)}…` : r.text}</td><td>${B.status[r.status] ?? r.status}</td><td>${B.approval[r.state ?? 'none']}${r.state === 'approved' && r.send_at && !r.started_at ? html`<br><small>${B.scheduledFor(vietnamClock(r.send_at))}</small>` : ''}</td><td>${r.finished}/${r.total}</td><td>${vietnamClock(r.created_at)}</td></tr>`,
)}
</tbody></table></div>`
    : html`<p>${B.empty}</p>`
}`
    return sendPage(reply, page(ctx, B.title, body))
  })

  scope.get('/phat-tin/moi', { config: { consoleRole: 'editor' } }, async (req, reply) => sendPage(reply, composePage(pageContext(req, reply))))

  function composePage(ctx: PageContext, values: { text?: string; audience?: Parameters<typeof audiencePickers>[1] } = {}, errors: string[] = []) {
    return page(
      ctx,
      B.composeTitle,
      html`<form method="post" action="${PREFIX}/phat-tin" class="card">
${csrfField(ctx)}
<label for="text">${B.text}</label>
<textarea id="text" name="text" rows="6" maxlength="${MAX_BROADCAST_TEXT}" required aria-describedby="text-hint">${values.text ?? ''}</textarea>
<p id="text-hint" class="hint">${B.textHint}</p>
${audiencePickers(deps.glossary(), values.audience)}
<button type="submit">${B.preview}</button>
</form>`,
      errors.length ? { kind: 'error', text: errors.join(' ') } : null,
    )
  }

  scope.post('/phat-tin', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const body = (req.body ?? {}) as Record<string, string | string[]>
    const text = typeof body.text === 'string' ? body.text.trim() : ''
    const { audience, errors } = parseAudience(body, deps.glossary())
    if (!text) errors.unshift(`${B.text}: không được để trống.`)
    if (text.length > MAX_BROADCAST_TEXT) errors.unshift(`${B.text}: tối đa ${MAX_BROADCAST_TEXT} ký tự.`)
    if (errors.length) return sendPage(reply, composePage(pageContext(req, reply), { text, audience }, errors), 400)
    const user = req.consoleUser!
    const { id } = await broadcasts.create({ text, audience, createdBy: user.name })
    await approvals.create(id, user.id)
    await audit.record({ actor: user.name, action: 'broadcast.create', target: id, details: { audience, length: text.length } })
    return reply.redirect(`${PREFIX}/phat-tin/${id}`, 303)
  })

  async function load(req: FastifyRequest, reply: FastifyReply) {
    const parsed = idParam.safeParse(req.params)
    const broadcast = parsed.success ? await broadcasts.get(parsed.data.id) : null
    if (!broadcast) {
      reply.callNotFound()
      return null
    }
    return { broadcast, approval: await approvals.get(broadcast.id) }
  }

  scope.get('/phat-tin/:id', { config: { consoleRole: 'viewer' } }, async (req, reply) => {
    const found = await load(req, reply)
    if (!found) return reply
    const { broadcast, approval } = found
    const ctx = pageContext(req, reply)
    const user = req.consoleUser!
    const preview = await deps.previewer(broadcast.audience, broadcast.text)
    const report = (await broadcasts.report(broadcast.id))!
    const notice = typeof (req.query as { loi?: string }).loi === 'string' ? { kind: 'error' as const, text: errorText((req.query as { loi: string }).loi) } : null
    const body = html`<section class="card"><h2>${B.text}</h2><p class="message">${broadcast.text}</p><p>${describeAudience(broadcast.audience)}</p></section>
<section class="card" aria-labelledby="recipients"><h2 id="recipients">${B.recipients}</h2>
${
  preview.total
    ? html`<table><tbody>${PLATFORMS.filter((p) => preview.byPlatform[p]).map((p) => html`<tr><th scope="row">${T.platforms[p]}</th><td>${preview.byPlatform[p]}</td></tr>`)}<tr><th scope="row">${B.total}</th><td class="total">${preview.total}</td></tr></tbody></table>`
    : html`<p class="notice error">${B.noRecipients}</p>`
}
${preview.byPlatform['zalo-oa'] ? html`<h3>${B.zaloCaps}</h3>${preview.excluded ? html`<ul>${preview.excluded.map((e) => html`<li>${B.notReceiving}: ${e.count} (${T.platforms[e.platform]}: ${B.reasons[e.reason] ?? e.reason})</li>`)}</ul>` : html`<p>${B.zaloCapsPending}</p>`}` : ''}
</section>
${approvalSection(ctx, broadcast.id, broadcast.status, approval, user.id, user.role, await nameOf(approval?.decidedBy))}
<section class="card"><h2>${B.columns.progress}</h2>${progressBar(report)}${lifecycleButtons(ctx, broadcast.id, broadcast.status, user.role, approval?.state === 'approved' && !approval.startedAt)}${reportTable(report)}
<p><a href="${PREFIX}/phat-tin/${broadcast.id}/bao-cao.csv">${B.exportCsv}</a></p></section>`
    return sendPage(reply, page(ctx, `${B.title} #${broadcast.id}`, body, notice))
  })

  async function nameOf(id: number | null | undefined) {
    return id ? ((await users.get(id))?.name ?? '') : ''
  }

  function approvalSection(ctx: PageContext, id: number, status: string, approval: BroadcastApproval | null, userId: number, role: string, decider: string): SafeHtml {
    if (!approval) return html``
    const state = html`<p>${B.columns.approval}: <strong class="approval-state">${B.approval[approval.state]}</strong>${decider ? ` (${decider})` : ''}${approval.sendAt ? html` · ${B.scheduledFor(vietnamClock(approval.sendAt))}` : ''}</p>`
    let actions = html``
    if ((approval.state === 'draft' || approval.state === 'rejected') && hasRole(role, 'editor') && status === 'draft') {
      actions = html`<form method="post" action="${PREFIX}/phat-tin/${id}/gui-duyet">${csrfField(ctx)}
<fieldset><legend>${B.sendWhen}</legend>
<label class="check"><input type="radio" name="when" value="now" checked> ${B.sendNow}</label>
<label class="check"><input type="radio" name="when" value="later"> ${B.sendLater}</label>
<label for="send_at">${B.sendLater}</label><input id="send_at" name="send_at" type="datetime-local">
</fieldset><button type="submit">${B.submit}</button></form>`
    } else if (approval.state === 'submitted' && hasRole(role, 'approver')) {
      actions = approval.createdBy === userId ? html`<p class="hint">${B.ownNoApprove}</p>` : html`${postButton(ctx, `${PREFIX}/phat-tin/${id}/duyet`, B.approve)} ${postButton(ctx, `${PREFIX}/phat-tin/${id}/tu-choi`, B.reject, 'secondary')}`
    }
    return html`<section class="card"><h2>${B.columns.approval}</h2>${state}${actions}</section>`
  }

  /** `waiting`: approved for a later time and not started yet, so it can still be cancelled. */
  function lifecycleButtons(ctx: PageContext, id: number, status: string, role: string, waiting: boolean): SafeHtml {
    if (!hasRole(role, 'approver')) return html``
    const buttons: [string, string][] = []
    if (status === 'sending') buttons.push(['tam-dung', B.pause])
    if (status === 'paused') buttons.push(['tiep-tuc', B.resume])
    if (status === 'sending' || status === 'paused' || (status === 'draft' && waiting)) buttons.push(['huy', B.cancel])
    return html`<p>${buttons.map(([path, label]) => postButton(ctx, `${PREFIX}/phat-tin/${id}/${path}`, label, path === 'huy' ? 'danger' : 'secondary'))}</p>`
  }

  scope.post('/phat-tin/:id/gui-duyet', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const found = await load(req, reply)
    if (!found) return reply
    const parsed = submitBody.safeParse(req.body)
    const now = deps.now()
    let sendAt: Date | null = null
    if (parsed.success && parsed.data.when === 'later') {
      const value = parsed.data.send_at ?? ''
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return back(reply, found.broadcast.id, 'send-at-missing')
      sendAt = vietnamTime(value.replace('T', ' '))
      if (sendAt <= now) return back(reply, found.broadcast.id, 'send-at-past')
    }
    if (found.broadcast.status === 'draft' && (await approvals.submit(found.broadcast.id, sendAt, now))) {
      await audit.record({ actor: req.consoleUser!.name, action: 'broadcast.submit', target: found.broadcast.id, details: { sendAt: sendAt?.toISOString() ?? null } })
    }
    return back(reply, found.broadcast.id)
  })

  for (const [path, decision] of [
    ['duyet', 'approved'],
    ['tu-choi', 'rejected'],
  ] as const) {
    scope.post(`/phat-tin/:id/${path}`, { config: { consoleRole: 'approver' } }, async (req, reply) => {
      const found = await load(req, reply)
      if (!found) return reply
      const user = req.consoleUser!
      // Four eyes: the repository refuses a decision by the person who composed it.
      if (found.approval?.createdBy === user.id) return back(reply, found.broadcast.id, 'own')
      if (await approvals.decide(found.broadcast.id, decision, user.id, deps.now())) {
        await audit.record({ actor: user.name, action: decision === 'approved' ? 'broadcast.approve' : 'broadcast.reject', target: found.broadcast.id })
        if (decision === 'approved') await startDueApproved(deps, deps.now())
      }
      return back(reply, found.broadcast.id)
    })
  }

  for (const [path, action] of [
    ['tam-dung', 'pause'],
    ['tiep-tuc', 'resume'],
    ['huy', 'cancel'],
  ] as [string, LifecycleAction][]) {
    scope.post(`/phat-tin/:id/${path}`, { config: { consoleRole: 'approver' } }, async (req, reply) => {
      const found = await load(req, reply)
      if (!found) return reply
      const result = await deps.lifecycle.apply(found.broadcast.id, action, deps.now())
      if (result.ok) await audit.record({ actor: req.consoleUser!.name, action: `broadcast.${action}`, target: found.broadcast.id })
      return back(reply, found.broadcast.id, result.ok ? undefined : 'state')
    })
  }

  scope.get('/phat-tin/:id/tien-do', { config: { consoleRole: 'viewer' } }, async (req, reply) => {
    const parsed = idParam.safeParse(req.params)
    const report = parsed.success ? await broadcasts.report(parsed.data.id) : null
    if (!report) return reply.code(404).send({ error: 'no such broadcast' })
    return { ...report, finished: report.total - report.pending, statusText: B.status[report.status] ?? report.status }
  })

  scope.get('/phat-tin/:id/bao-cao.csv', { config: { consoleRole: 'viewer' } }, async (req, reply) => {
    const parsed = idParam.safeParse(req.params)
    const report = parsed.success ? await broadcasts.report(parsed.data.id) : null
    if (!report) return reply.callNotFound()
    await audit.record({ actor: req.consoleUser!.name, action: 'broadcast.report', target: report.id })
    const rows = [
      ['broadcast', 'status', 'reason', 'count'],
      ...(['sent', 'pending', 'failed', 'blocked', 'skipped', 'delivered', 'seen'] as const).map((s) => [report.id, s, '', report[s]]),
      ...Object.entries(report.byReason).map(([reason, n]) => [report.id, 'not-sent', reason, n]),
      ...Object.entries(report.byRoute).map(([route, n]) => [report.id, 'sent-by-route', route, n]),
      ...Object.entries(report.receiptsByRoute).flatMap(([route, r]) => [
        [report.id, 'delivered-by-route', route, r!.delivered],
        [report.id, 'seen-by-route', route, r!.seen],
      ]),
    ]
    // BOM so Excel opens the UTF-8 file with the right characters.
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="bao-cao-phat-tin-${report.id}.csv"`)
      .send(`\uFEFF${stringify(rows)}`)
  })

  function back(reply: FastifyReply, id: number, error?: string) {
    return reply.redirect(`${PREFIX}/phat-tin/${id}${error ? `?loi=${error}` : ''}`, 303)
  }
}

function errorText(code: string): string {
  return { own: B.ownNoApprove, 'send-at-past': B.sendAtInPast, 'send-at-missing': B.sendAtMissing, state: B.stateConflict }[code] ?? T.forbidden
}
