import { readFile } from 'node:fs/promises'
import path from 'node:path'
import cookie from '@fastify/cookie'
import csrf from '@fastify/csrf-protection'
import formbody from '@fastify/formbody'
import helmet from '@fastify/helmet'
import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Glossary } from '../../core/knowledge-base/glossary.js'
import type { Stores } from '../../storage/create-stores.js'
import type { ConsoleUser } from '../../storage/repositories/user-repository.js'
import type { BroadcastLifecycle } from './broadcast-lifecycle-adapter.js'
import { registerBroadcastRoutes } from './broadcast-routes.js'
import { T } from './console-messages.vi.js'
import { html } from './html.js'
import { PREFIX, page, sendPage, type PageContext } from './layout.js'
import { registerLoginRoutes } from './login-routes.js'
import { registerPeopleRoutes } from './people-routes.js'
import { registerOverviewRoutes } from './overview-routes.js'
import { registerDirectoryRoutes } from './directory-routes.js'
import type { LiveDirectory } from './live-directory.js'
import type { LiveCampaigns } from './live-campaigns.js'
import { registerCampaignRoutes } from './campaign-routes.js'
import type { DocumentLibraryPort } from './document-library-port.js'
import { registerDocumentRoutes } from './document-routes.js'
import type { RecipientPreviewer } from './recipient-preview.js'
import { hasRole, type Role } from './roles.js'
import { keepFileName } from './uploaded-file.js'

declare module 'fastify' {
  interface FastifyRequest {
    consoleUser: ConsoleUser | null
    /** Whether this console offers the documents page. */
    consoleDocuments: boolean
  }
  interface FastifyContextConfig {
    /** The least role a console route needs; routes without one are public (login, static). */
    consoleRole?: Role
  }
}

export interface ConsoleDependencies {
  stores: Stores
  glossary: () => Glossary
  now: () => Date
  lifecycle: BroadcastLifecycle
  previewer: RecipientPreviewer
  directory: LiveDirectory
  campaigns: LiveCampaigns
  /** The plan-document library (issue 11's module); without it the documents page is not offered. */
  documents?: DocumentLibraryPort
}

export const SESSION_COOKIE = 'bdg_console'
const STATIC = path.join(import.meta.dirname, 'static')
const STATIC_FILES: Record<string, string> = { 'console.css': 'text/css; charset=utf-8', 'console.js': 'text/javascript; charset=utf-8' }

/** The page context of a request: who, the CSRF token for its forms, the CSP nonce for its script. */
export function pageContext(req: FastifyRequest, reply: FastifyReply): PageContext {
  return { user: req.consoleUser, csrf: reply.generateCsrf(), nonce: reply.cspNonce.script, documents: req.consoleDocuments }
}

/**
 * The operator's console at /quan-tri: server-rendered pages, one small script, sessions in the
 * store behind a signed HttpOnly SameSite=Strict cookie, CSRF tokens on every form, strict
 * security headers with a CSP nonce. While no account exists every console path answers 404.
 */
export async function registerConsole(app: FastifyInstance, deps: ConsoleDependencies): Promise<void> {
  const secret = await deps.stores.settings.secret('console-cookie')
  const assets = Object.fromEntries(await Promise.all(Object.keys(STATIC_FILES).map(async (f) => [f, await readFile(path.join(STATIC, f))] as const)))
  await app.register(
    async (scope) => {
      // Once an account exists it stays "on"; until then every console path is 404.
      let accounts = false
      scope.addHook('onRequest', async (_req, reply) => {
        if (!accounts) accounts = (await deps.stores.users.count()) > 0
        if (!accounts) return reply.code(404).type('application/json').send({ message: 'Route not found', error: 'Not Found', statusCode: 404 })
      })
      await scope.register(helmet, {
        enableCSPNonces: true,
        contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], formAction: ["'self'"], frameAncestors: ["'none'"], objectSrc: ["'none'"], baseUri: ["'none'"] } },
        referrerPolicy: { policy: 'same-origin' },
      })
      await scope.register(cookie, { secret })
      await scope.register(formbody)
      await scope.register(multipart, { attachFieldsToBody: 'keyValues', onFile: keepFileName, limits: { files: 1, fileSize: 20 * 1024 * 1024, fieldSize: 2 * 1024 * 1024, fields: 20 } })
      await scope.register(csrf, { sessionPlugin: '@fastify/cookie', cookieKey: 'bdg_csrf', cookieOpts: { path: PREFIX, httpOnly: true, sameSite: 'strict', signed: true } })
      scope.decorateRequest('consoleUser', null)
      scope.decorateRequest('consoleDocuments', false)

      scope.addHook('preHandler', async (req, reply) => {
        const signed = req.cookies[SESSION_COOKIE] ? req.unsignCookie(req.cookies[SESSION_COOKIE]) : null
        req.consoleDocuments = Boolean(deps.documents)
        req.consoleUser = signed?.valid && signed.value ? await deps.stores.users.sessionUser(signed.value) : null
        if (req.method !== 'GET' && req.method !== 'HEAD') {
          // Synchronous: it calls next() or sends a 403 error (rendered by the error handler below).
          let passed = false
          scope.csrfProtection(req, reply, () => (passed = true))
          if (!passed) return reply
        }
        const needed = req.routeOptions.config.consoleRole
        if (!needed) return
        if (!req.consoleUser) {
          if (req.method === 'GET' && !req.url.endsWith('.json')) return reply.redirect(`${PREFIX}/dang-nhap`, 303)
          return reply.code(401).send({ error: 'unauthorized' })
        }
        if (!hasRole(req.consoleUser.role, needed)) return sendPage(reply, page(pageContext(req, reply), T.forbidden, html``), 403)
      })

      scope.setErrorHandler((error: Error & { code?: string; statusCode?: number }, req, reply) => {
        if (error.code?.startsWith('FST_CSRF_')) return sendPage(reply, page({ user: null, csrf: '', nonce: reply.cspNonce?.script ?? '' }, T.badForm, html`<p><a href="${PREFIX}">${T.nav.overview}</a></p>`), 403)
        throw error
      })
      scope.setNotFoundHandler((req, reply) => sendPage(reply, page({ user: null, csrf: '', nonce: reply.cspNonce?.script ?? '' }, T.notFound, html`<p><a href="${PREFIX}">${T.nav.overview}</a></p>`), 404))

      scope.get('/static/:file', async (req, reply) => {
        const file = (req.params as { file: string }).file
        const type = STATIC_FILES[file]
        if (!type) return reply.callNotFound()
        return reply.type(type).header('cache-control', 'no-cache').send(assets[file])
      })

      registerLoginRoutes(scope, deps)
      registerOverviewRoutes(scope, deps)
      registerBroadcastRoutes(scope, deps)
      registerPeopleRoutes(scope, deps)
      registerDirectoryRoutes(scope, deps)
      registerCampaignRoutes(scope, deps)
      if (deps.documents) registerDocumentRoutes(scope, deps, deps.documents)
    },
    { prefix: PREFIX },
  )
}
