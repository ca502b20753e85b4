import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { T } from './console-messages.vi.js'
import { html } from './html.js'
import { PREFIX, csrfField, page, postButton, sendPage } from './layout.js'
import { MIN_PASSWORD_LENGTH } from './password-hash.js'
import { addUser } from './add-user.js'
import { pageContext, type ConsoleDependencies } from './register-console.js'
import { ROLES } from './roles.js'
import { vietnamClock } from './vietnam-time.js'

const P = T.people
const A = T.account
const changeUser = z.object({ role: z.enum(ROLES).optional(), active: z.enum(['0', '1']).optional() })
const idParam = z.object({ id: z.coerce.number().int().positive() })

/** People (admin only) and each person's own page with personal API tokens. */
export function registerPeopleRoutes(scope: FastifyInstance, deps: ConsoleDependencies): void {
  const { users, audit } = deps.stores

  async function peoplePage(req: Parameters<typeof pageContext>[0], reply: Parameters<typeof pageContext>[1], notice: { kind: 'ok' | 'error'; text: string } | null = null, status = 200) {
    const ctx = pageContext(req, reply)
    const list = await users.list()
    const body = html`<div class="scroll"><table><thead><tr><th scope="col">${P.name}</th><th scope="col">${P.role}</th><th scope="col">${P.active}</th><th scope="col"><span class="visually-hidden">${P.save}</span></th></tr></thead><tbody>
${list.map(
  (u) => html`<tr><td>${u.name}</td><td>${T.roles[u.role] ?? u.role}</td><td>${u.active ? P.active : P.disabled}</td><td>
<form method="post" action="${PREFIX}/nguoi-dung/${u.id}" class="inline">${csrfField(ctx)}<label class="visually-hidden" for="role-${u.id}">${P.role} ${u.name}</label><select id="role-${u.id}" name="role">${ROLES.map((r) => html`<option value="${r}"${r === u.role ? html` selected` : ''}>${T.roles[r]}</option>`)}</select><button type="submit" class="secondary">${P.save}</button></form>
${postButton(ctx, `${PREFIX}/nguoi-dung/${u.id}?active=${u.active ? '0' : '1'}`, u.active ? P.disable : P.enable, 'secondary')}</td></tr>`,
)}</tbody></table></div>
<form method="post" action="${PREFIX}/nguoi-dung" class="card narrow"><h2>${P.add}</h2>${csrfField(ctx)}
<label for="new-name">${P.name}</label><input id="new-name" name="name" required autocapitalize="none">
<label for="new-role">${P.role}</label><select id="new-role" name="role">${ROLES.map((r) => html`<option value="${r}">${T.roles[r]}</option>`)}</select>
<label for="new-password">${P.password}</label><input id="new-password" name="password" type="password" autocomplete="new-password" minlength="${MIN_PASSWORD_LENGTH}" required>
<button type="submit">${P.add}</button></form>`
    return sendPage(reply, page(ctx, P.title, body, notice), status)
  }

  scope.get('/nguoi-dung', { config: { consoleRole: 'admin' } }, async (req, reply) => peoplePage(req, reply))

  scope.post('/nguoi-dung', { config: { consoleRole: 'admin' } }, async (req, reply) => {
    const result = await addUser(deps.stores, req.body, req.consoleUser!.name)
    if (!result.ok) return peoplePage(req, reply, { kind: 'error', text: result.errors.map((e) => e.replace(/^\w+: /, '')).join(' ') }, 400)
    return peoplePage(req, reply, { kind: 'ok', text: T.saved })
  })

  scope.post('/nguoi-dung/:id', { config: { consoleRole: 'admin' } }, async (req, reply) => {
    const id = idParam.safeParse(req.params)
    const change = changeUser.safeParse({ ...(req.body as object), ...(req.query as object) })
    const target = id.success ? await users.get(id.data.id) : null
    if (!target || !change.success) return reply.callNotFound()
    const me = req.consoleUser!
    // An admin cannot lock themselves out or drop their own rights (someone must stay admin).
    if (target.id === me.id && (change.data.active === '0' || (change.data.role && change.data.role !== 'admin'))) return peoplePage(req, reply, { kind: 'error', text: P.notSelf }, 400)
    await users.update(target.id, { ...(change.data.role ? { role: change.data.role } : {}), ...(change.data.active ? { active: change.data.active === '1' } : {}) })
    await audit.record({ actor: me.name, action: 'user.update', target: target.name, details: change.data })
    return peoplePage(req, reply, { kind: 'ok', text: T.saved })
  })

  scope.get('/nhat-ky', { config: { consoleRole: 'admin' } }, async (req, reply) => {
    const ctx = pageContext(req, reply)
    const entries = await audit.recent(200)
    const body = html`<div class="scroll"><table><thead><tr><th scope="col">${T.audit.at}</th><th scope="col">${T.audit.actor}</th><th scope="col">${T.audit.action}</th><th scope="col">${T.audit.target}</th></tr></thead><tbody>
${entries.map((e) => html`<tr><td>${vietnamClock(e.at)}</td><td>${e.actor}</td><td><code>${e.action}</code></td><td>${e.target ?? ''}</td></tr>`)}
</tbody></table></div>`
    return sendPage(reply, page(ctx, T.audit.title, body))
  })

  async function accountPage(req: Parameters<typeof pageContext>[0], reply: Parameters<typeof pageContext>[1], newToken?: string) {
    const ctx = pageContext(req, reply)
    const me = req.consoleUser!
    const tokens = await users.tokensOf(me.id)
    const body = html`<p>${P.name}: <strong>${me.name}</strong> · ${P.role}: ${T.roles[me.role]}</p>
<section class="card"><h2>${A.tokens}</h2><p class="hint">${A.tokensHint}</p>
${newToken ? html`<p class="notice ok" role="status">${A.newToken} <code class="token">${newToken}</code></p>` : ''}
${tokens.length ? html`<ul>${tokens.map((t) => html`<li>${t.label} · ${vietnamClock(t.created_at)} · ${A.lastUsed}: ${t.last_used_at ? vietnamClock(t.last_used_at) : A.never} ${t.revoked_at ? html`· ${A.revoked}` : postButton(ctx, `${PREFIX}/tai-khoan/ma/${t.id}/thu-hoi`, A.revoke, 'secondary')}</li>`)}</ul>` : ''}
<form method="post" action="${PREFIX}/tai-khoan/ma" class="inline">${csrfField(ctx)}<label for="label">${A.label}</label><input id="label" name="label" required maxlength="60"><button type="submit">${A.create}</button></form></section>`
    return sendPage(reply, page(ctx, A.title, body))
  }

  scope.get('/tai-khoan', { config: { consoleRole: 'viewer' } }, async (req, reply) => accountPage(req, reply))

  scope.post('/tai-khoan/ma', { config: { consoleRole: 'viewer' } }, async (req, reply) => {
    const label = z.object({ label: z.string().trim().min(1).max(60) }).safeParse(req.body)
    if (!label.success) return accountPage(req, reply)
    const me = req.consoleUser!
    const token = await users.issueToken(me.id, label.data.label)
    await audit.record({ actor: me.name, action: 'token.create', details: { label: label.data.label } })
    return accountPage(req, reply, token)
  })

  scope.post('/tai-khoan/ma/:id/thu-hoi', { config: { consoleRole: 'viewer' } }, async (req, reply) => {
    const id = idParam.safeParse(req.params)
    const me = req.consoleUser!
    if (id.success && (await users.revokeToken(me.id, id.data.id))) await audit.record({ actor: me.name, action: 'token.revoke', target: id.data.id })
    return reply.redirect(`${PREFIX}/tai-khoan`, 303)
  })
}
