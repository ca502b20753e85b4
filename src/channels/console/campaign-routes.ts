import { TZDate } from '@date-fns/tz'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { stringify as toYaml } from 'yaml'
import { z } from 'zod'
import { MAX_BROADCAST_TEXT } from '../../core/broadcasts/broadcast.js'
import { campaignSchema, scheduleOf, type Campaign } from '../../core/broadcasts/campaign.js'
import { parseCampaign } from '../../content/load-campaigns.js'
import { describeAudience } from './audience-form.js'
import { T } from './console-messages.vi.js'
import { html } from './html.js'
import { PREFIX, csrfField, page, sendPage, type PageContext } from './layout.js'
import { pageContext, type ConsoleDependencies } from './register-console.js'
import { uploadedFile } from './uploaded-file.js'
import { hasRole } from './roles.js'

const C = T.campaigns
const editBody = z.object({ text: z.string().trim().min(1).max(MAX_BROADCAST_TEXT), send_at: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/) })

/**
 * Action Month campaigns in the console: messages listed with their time, audience, recipients
 * and whether they went out; unsent messages edited (live at the next scheduler tick, no
 * restart); YAML import and export for version control. A message already sent this year is locked.
 */
export function registerCampaignRoutes(scope: FastifyInstance, deps: ConsoleDependencies): void {
  const { audit } = deps.stores

  /** Keys of this year's occurrences that already became broadcasts: those messages are locked. */
  async function lockedMessages(campaign: Campaign): Promise<Map<string, string>> {
    const year = new TZDate(deps.now(), 'Asia/Ho_Chi_Minh').getFullYear()
    const occurrences = scheduleOf(campaign, year, year)
    const started = await deps.stores.campaigns.startedKeys(occurrences.map((o) => o.key))
    return new Map(occurrences.filter((o) => started.has(o.key)).map((o) => [o.messageId, o.key]))
  }

  async function listPage(req: FastifyRequest, reply: FastifyReply, notice: { kind: 'ok' | 'error'; text: string } | null = null, status = 200) {
    const ctx = pageContext(req, reply)
    const canEdit = hasRole(req.consoleUser!.role, 'editor')
    const sections = []
    for (const campaign of deps.campaigns.current()) {
      const locked = await lockedMessages(campaign)
      const rows = []
      for (const m of campaign.messages) {
        const occurrence = scheduleOf(campaign, Number(m.send_at.slice(0, 4)), Number(m.send_at.slice(0, 4))).find((o) => o.messageId === m.id)!
        const recipients = (await deps.previewer(occurrence.audience, m.text)).total
        rows.push(html`<tr id="msg-${m.id}"><td>${m.send_at.replace(' ', ' lúc ')}</td><td>${describeAudience(occurrence.audience)}${recipients === 0 ? html`<br><span class="warning">${C.noRecipients}</span>` : html`<br><small>${C.recipients(recipients)}</small>`}</td><td class="message">${m.text}</td>
<td>${locked.has(m.id) ? html`<span class="locked">${C.sentLocked}</span>` : canEdit ? html`<a href="${PREFIX}/chien-dich/${campaign.id}/${m.id}">${C.edit}<span class="visually-hidden"> ${m.id}</span></a>` : C.notSent}</td></tr>`)
      }
      sections.push(html`<section class="card"><h2>${campaign.name}</h2><p>${campaign.period.from} → ${campaign.period.to}${campaign.repeat === 'yearly' ? ` · ${C.yearly}` : ''} · ${T.topics[campaign.topic] ?? campaign.topic} · <a href="${PREFIX}/chien-dich/${campaign.id}.yaml">${C.exportYaml}</a></p>
<div class="scroll"><table><thead><tr><th scope="col">${C.sendAt}</th><th scope="col">${C.audience}</th><th scope="col">${C.text}</th><th scope="col">${C.state}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`)
    }
    const body = html`${sections.length ? sections : html`<p>${C.empty}</p>`}
${canEdit ? html`<form method="post" action="${PREFIX}/chien-dich/nhap" enctype="multipart/form-data" class="card">${csrfField(ctx)}<h2>${C.importTitle}</h2><p class="hint">${C.importHint}</p><label for="file">${C.file}</label><input id="file" name="file" type="file" accept=".yaml,.yml" required><button type="submit">${C.import}</button></form>` : ''}`
    return sendPage(reply, page(ctx, C.title, body, notice), status)
  }

  scope.get('/chien-dich', { config: { consoleRole: 'viewer' } }, async (req, reply) => listPage(req, reply))

  const find = (req: FastifyRequest) => {
    const { cid, mid } = req.params as { cid: string; mid: string }
    const campaign = deps.campaigns.current().find((c) => c.id === cid)
    const message = campaign?.messages.find((m) => m.id === mid)
    return campaign && message ? { campaign, message } : null
  }

  function editPage(ctx: PageContext, campaign: Campaign, message: Campaign['messages'][number], values: { text: string; send_at: string }, errors: string[] = []) {
    return page(
      ctx,
      `${C.editTitle}: ${message.id}`,
      html`<p>${campaign.name}</p><form method="post" action="${PREFIX}/chien-dich/${campaign.id}/${message.id}" class="card">${csrfField(ctx)}
<label for="text">${C.text}</label><textarea id="text" name="text" rows="8" maxlength="${MAX_BROADCAST_TEXT}" required>${values.text}</textarea>
<label for="send_at">${C.sendAt} (${C.vietnamTime})</label><input id="send_at" name="send_at" type="datetime-local" value="${values.send_at}" required>
<button type="submit">${T.people.save}</button></form>`,
      errors.length ? { kind: 'error', text: errors.join(' ') } : null,
    )
  }

  scope.get('/chien-dich/:cid/:mid', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const found = find(req)
    if (!found) return reply.callNotFound()
    if ((await lockedMessages(found.campaign)).has(found.message.id)) return listPage(req, reply, { kind: 'error', text: C.locked }, 409)
    return sendPage(reply, editPage(pageContext(req, reply), found.campaign, found.message, { text: found.message.text, send_at: found.message.send_at.replace(' ', 'T') }))
  })

  scope.post('/chien-dich/:cid/:mid', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const found = find(req)
    if (!found) return reply.callNotFound()
    if ((await lockedMessages(found.campaign)).has(found.message.id)) return listPage(req, reply, { kind: 'error', text: C.locked }, 409)
    const body = (req.body ?? {}) as { text?: string; send_at?: string }
    const parsed = editBody.safeParse(body)
    const values = { text: body.text ?? '', send_at: body.send_at ?? '' }
    if (!parsed.success) return sendPage(reply, editPage(pageContext(req, reply), found.campaign, found.message, values, [C.invalid]), 400)
    const updated = { ...found.campaign, messages: found.campaign.messages.map((m) => (m.id === found.message.id ? { ...m, text: parsed.data.text, send_at: parsed.data.send_at.replace('T', ' ') } : m)) }
    // The whole campaign is validated again (e.g. the new time must stay inside its period).
    const checked = campaignSchema.safeParse(updated)
    if (!checked.success)
      return sendPage(
        reply,
        editPage(
          pageContext(req, reply),
          found.campaign,
          found.message,
          values,
          checked.error.issues.map((i) => i.message),
        ),
        400,
      )
    await deps.campaigns.save(checked.data, req.consoleUser!.name)
    await audit.record({ actor: req.consoleUser!.name, action: 'campaign.edit', target: `${found.campaign.id}/${found.message.id}`, details: { length: parsed.data.text.length, sendAt: checked.data.messages.find((m) => m.id === found.message.id)!.send_at } })
    return listPage(req, reply, { kind: 'ok', text: T.saved })
  })

  scope.get('/chien-dich/:file', { config: { consoleRole: 'viewer' } }, async (req, reply) => {
    const file = (req.params as { file: string }).file
    const campaign = file.endsWith('.yaml') ? deps.campaigns.current().find((c) => `${c.id}.yaml` === file) : null
    if (!campaign) return reply.callNotFound()
    return reply
      .type('application/yaml; charset=utf-8')
      .header('content-disposition', `attachment; filename="${campaign.id}.yaml"`)
      .send(toYaml(campaign, { lineWidth: 0 }))
  })

  scope.post('/chien-dich/nhap', { config: { consoleRole: 'editor' } }, async (req, reply) => {
    const file = uploadedFile(req.body, 'file')
    if (!file) return listPage(req, reply, { kind: 'error', text: C.noFile }, 400)
    const { campaign, errors } = parseCampaign(file.data.toString('utf8'), file.fileName)
    if (!campaign) return listPage(req, reply, { kind: 'error', text: errors.map((e) => `${e.file}: ${e.path || '(tệp)'}: ${e.message}`).join(' · ') }, 400)
    const existing = deps.campaigns.current().find((c) => c.id === campaign.id)
    if (existing) {
      // Messages already sent this year keep exactly what was sent.
      const locked = await lockedMessages(existing)
      const changedLocked = existing.messages.filter((m) => locked.has(m.id) && JSON.stringify(m) !== JSON.stringify(campaign.messages.find((n) => n.id === m.id)))
      if (changedLocked.length) return listPage(req, reply, { kind: 'error', text: C.importLocked(changedLocked.map((m) => m.id)) }, 409)
    }
    await deps.campaigns.save(campaign, req.consoleUser!.name)
    await audit.record({ actor: req.consoleUser!.name, action: 'campaign.import', target: campaign.id, details: { messages: campaign.messages.length } })
    return listPage(req, reply, { kind: 'ok', text: T.saved })
  })
}
