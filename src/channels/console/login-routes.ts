import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { T } from './console-messages.vi.js'
import { html } from './html.js'
import { PREFIX, csrfField, page, sendPage, type PageContext } from './layout.js'
import { hashPassword, verifyPassword } from './password-hash.js'
import { SESSION_COOKIE, pageContext, type ConsoleDependencies } from './register-console.js'

const loginBody = z.object({ name: z.string().trim().toLowerCase().max(40), password: z.string().max(200) })
// Checked when the name is unknown, so a wrong name takes as long as a wrong password.
const DECOY = hashPassword('decoy password that matches nothing')

function loginForm(ctx: PageContext, name = '', error?: string) {
  return page(
    ctx,
    T.login.title,
    html`<form method="post" action="${PREFIX}/dang-nhap" class="card narrow">
${csrfField(ctx)}
<label for="name">${T.login.name}</label>
<input id="name" name="name" autocomplete="username" required value="${name}" autocapitalize="none">
<label for="password">${T.login.password}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${T.login.submit}</button>
</form>`,
    error ? { kind: 'error', text: error } : null,
  )
}

/** Login (rate-limited per address, lock-out per account) and logout; both audited under the name. */
export function registerLoginRoutes(scope: FastifyInstance, deps: ConsoleDependencies): void {
  const { users, audit } = deps.stores
  scope.get('/dang-nhap', async (req, reply) => {
    if (req.consoleUser) return reply.redirect(PREFIX, 303)
    return sendPage(reply, loginForm(pageContext(req, reply)))
  })

  scope.post('/dang-nhap', { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } }, async (req, reply) => {
    const parsed = loginBody.safeParse(req.body)
    const ctx = pageContext(req, reply)
    if (!parsed.success) return sendPage(reply, loginForm(ctx, '', T.login.wrong), 400)
    const { name, password } = parsed.data
    const user = await users.byName(name)
    const now = deps.now()
    if (user?.locked_until && user.locked_until > now.toISOString()) {
      const minutes = Math.max(1, Math.ceil((Date.parse(user.locked_until) - now.getTime()) / 60_000))
      await audit.record({ actor: user.name, action: 'login.locked' })
      return sendPage(reply, loginForm(ctx, name, T.login.locked(minutes)), 429)
    }
    const ok = user && user.active === 1 ? await verifyPassword(password, user.password_hash) : (await verifyPassword(password, await DECOY), false)
    if (!user || !ok) {
      if (user) {
        const { locked } = await users.recordFailure(user.id)
        await audit.record({ actor: user.name, action: locked ? 'login.lockout' : 'login.failed' })
        if (locked) return sendPage(reply, loginForm(ctx, name, T.login.nowLocked), 429)
      }
      return sendPage(reply, loginForm(ctx, name, T.login.wrong), 401)
    }
    await users.recordSuccess(user.id)
    const session = await users.openSession(user.id)
    await audit.record({ actor: user.name, action: 'login' })
    reply.setCookie(SESSION_COOKIE, session, { path: PREFIX, httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', signed: true, maxAge: 8 * 3600 })
    return reply.redirect(PREFIX, 303)
  })

  scope.post('/dang-xuat', async (req, reply) => {
    const signed = req.cookies[SESSION_COOKIE] ? req.unsignCookie(req.cookies[SESSION_COOKIE]) : null
    if (signed?.valid && signed.value) await users.closeSession(signed.value)
    if (req.consoleUser) await audit.record({ actor: req.consoleUser.name, action: 'logout' })
    reply.clearCookie(SESSION_COOKIE, { path: PREFIX })
    return reply.redirect(`${PREFIX}/dang-nhap`, 303)
  })
}
