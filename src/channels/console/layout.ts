import type { FastifyReply } from 'fastify'
import type { ConsoleUser } from '../../storage/repositories/user-repository.js'
import { T } from './console-messages.vi.js'
import { html, type SafeHtml } from './html.js'
import { hasRole } from './roles.js'

export const PREFIX = '/quan-tri'

export interface PageContext {
  user: ConsoleUser | null
  csrf: string
  nonce: string
  /** Whether the documents page exists (the document library is wired in). */
  documents?: boolean
}

/** A hidden CSRF field for every form that changes something. */
export const csrfField = (ctx: PageContext) => html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`

/** A form with one button that POSTs to `action` (CSRF included). */
export const postButton = (ctx: PageContext, action: string, label: string, kind = '') => html`<form method="post" action="${action}" class="inline">${csrfField(ctx)}<button type="submit" class="${kind}">${label}</button></form>`

/** The console page: skip link, navigation by role, main content, the one script (with the CSP nonce). */
export function page(ctx: PageContext, title: string, body: SafeHtml, notice?: { kind: 'ok' | 'error'; text: string } | null): SafeHtml {
  const user = ctx.user
  const links: [string, string][] = user
    ? [
        [PREFIX, T.nav.overview],
        [`${PREFIX}/phat-tin`, T.nav.broadcasts],
        [`${PREFIX}/chien-dich`, T.nav.campaigns],
        [`${PREFIX}/danh-ba`, T.nav.directory],
        ...(ctx.documents ? ([[`${PREFIX}/tai-lieu`, T.nav.documents]] as [string, string][]) : []),
        ...(hasRole(user.role, 'admin')
          ? ([
              [`${PREFIX}/nguoi-dung`, T.nav.people],
              [`${PREFIX}/nhat-ky`, T.nav.audit],
            ] as [string, string][])
          : []),
        [`${PREFIX}/tai-khoan`, T.nav.account],
      ]
    : []
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${T.product}</title>
<link rel="stylesheet" href="${PREFIX}/static/console.css">
</head>
<body>
<a class="skip" href="#main">Bỏ qua điều hướng</a>
<header>
<p class="brand">${T.product}</p>
${
  user
    ? html`<nav aria-label="Điều hướng chính"><ul>${links.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}</ul></nav>
<div class="who"><span>${user.name} · ${T.roles[user.role] ?? user.role}</span>${postButton(ctx, `${PREFIX}/dang-xuat`, T.nav.logout, 'link')}</div>`
    : ''
}
</header>
<main id="main">
<h1>${title}</h1>
${notice ? html`<p class="notice ${notice.kind}" role="${notice.kind === 'error' ? 'alert' : 'status'}">${notice.text}</p>` : ''}
${body}
</main>
<script nonce="${ctx.nonce}" src="${PREFIX}/static/console.js" defer></script>
</body>
</html>`
}

export function sendPage(reply: FastifyReply, markup: SafeHtml, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(markup.value)
}
