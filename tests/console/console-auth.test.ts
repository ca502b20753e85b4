import { afterEach, describe, expect, it } from 'vitest'
import type { App } from '../../src/build-app.js'
import { addUser } from '../../src/channels/console/add-user.js'
import { consoleClient } from '../helpers/console-client.js'
import { testApp } from '../helpers/test-app.js'

let app: App

afterEach(async () => {
  await app?.close()
})

describe('console sign-in', () => {
  it('is off (404) until the first account exists, then asks to sign in', async () => {
    app = await testApp()
    expect((await app.server.inject({ method: 'GET', url: '/quan-tri' })).statusCode).toBe(404)
    expect((await app.server.inject({ method: 'GET', url: '/quan-tri/dang-nhap' })).statusCode).toBe(404)
    await addUser(app.stores, { name: 'lan', role: 'admin', password: 'mat-khau-rat-dai' }, 'test')
    const res = await app.server.inject({ method: 'GET', url: '/quan-tri' })
    expect(res.statusCode).toBe(303)
    expect(res.headers.location).toBe('/quan-tri/dang-nhap')
  })

  it('signs in with the right password, sets a safe cookie, sends strict security headers, and audits by name', async () => {
    app = await testApp()
    await addUser(app.stores, { name: 'lan', role: 'admin', password: 'mat-khau-rat-dai' }, 'test')
    const client = consoleClient(app)
    const page = await client.get('/quan-tri/dang-nhap')
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+'/)
    expect(page.headers['x-frame-options']).toBe('SAMEORIGIN')
    const nonce = /'nonce-([^']+)'/.exec(String(page.headers['content-security-policy']))![1]
    expect(page.body).toContain(`<script nonce="${nonce}"`)
    const res = await client.login('lan', 'mat-khau-rat-dai')
    expect(res.statusCode).toBe(303)
    const session = res.cookies.find((c) => c.name === 'bdg_console')!
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/quan-tri' })
    expect((await client.get('/quan-tri')).body).toContain('<h1>Tổng quan</h1>')
    expect((await app.stores.audit.recent()).map((a) => `${a.actor} ${a.action}`)).toContain('lan login')
  })

  it('refuses a form without a valid CSRF token', async () => {
    app = await testApp()
    await addUser(app.stores, { name: 'lan', role: 'admin', password: 'mat-khau-rat-dai' }, 'test')
    const res = await app.server.inject({ method: 'POST', url: '/quan-tri/dang-nhap', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'name=lan&password=mat-khau-rat-dai' })
    expect(res.statusCode).toBe(403)
    expect(res.cookies.find((c) => c.name === 'bdg_console')).toBeUndefined()
  })

  it('locks the account after five wrong passwords, even for the right one afterwards', async () => {
    app = await testApp()
    await addUser(app.stores, { name: 'lan', role: 'admin', password: 'mat-khau-rat-dai' }, 'test')
    const client = consoleClient(app)
    for (let i = 0; i < 4; i++) expect((await client.login('lan', `sai-${i}-mat-khau`)).statusCode).toBe(401)
    expect((await client.login('lan', 'sai-lan-nam-roi')).statusCode).toBe(429)
    const locked = await client.login('lan', 'mat-khau-rat-dai')
    expect(locked.statusCode).toBe(429)
    expect(locked.body).toContain('tạm khoá')
    expect((await app.stores.audit.recent()).map((a) => a.action)).toContain('login.lockout')
  }, 60_000)

  it('personal API tokens act on /admin under the person, within their role', async () => {
    app = await testApp()
    const { user: viewer } = (await addUser(app.stores, { name: 'xem', role: 'viewer', password: 'mat-khau-rat-dai' }, 'test')) as { user: { id: number } }
    const token = await app.stores.users.issueToken(viewer.id, 'script')
    const auth = { authorization: `Bearer ${token}` }
    expect((await app.server.inject({ method: 'GET', url: '/admin/subscribers/stats', headers: auth })).statusCode).toBe(200)
    expect((await app.server.inject({ method: 'POST', url: '/admin/broadcasts', headers: auth, payload: { text: 'Xin chào' } })).statusCode).toBe(403)
    expect((await app.server.inject({ method: 'GET', url: '/admin/subscribers/stats', headers: { authorization: 'Bearer bdg_wrong' } })).statusCode).toBe(401)
    expect((await app.stores.audit.recent()).map((a) => `${a.actor} ${a.action}`)).toContain('xem subscribers.stats')
  })

  it('keeps four eyes on the API: an approver cannot start a broadcast they composed; another approver can', async () => {
    app = await testApp()
    const token = async (name: string) => {
      const { user } = (await addUser(app.stores, { name, role: 'approver', password: 'mat-khau-rat-dai' }, 'test')) as { user: { id: number } }
      return { authorization: `Bearer ${await app.stores.users.issueToken(user.id, 'script')}` }
    }
    const [lan, minh] = [await token('lan'), await token('minh')]
    const { id } = (await app.server.inject({ method: 'POST', url: '/admin/broadcasts', headers: lan, payload: { text: 'Thông báo họp' } })).json()
    const own = await app.server.inject({ method: 'POST', url: `/admin/broadcasts/${id}/start`, headers: lan })
    expect(own.statusCode).toBe(403)
    expect((await app.server.inject({ method: 'GET', url: `/admin/broadcasts/${id}`, headers: lan })).json().status).toBe('draft')
    expect((await app.server.inject({ method: 'POST', url: `/admin/broadcasts/${id}/start`, headers: minh })).statusCode).toBe(200)
    expect((await app.stores.audit.recent()).map((a) => `${a.actor} ${a.action}`)).toEqual(expect.arrayContaining(['lan broadcast.create', 'minh broadcast.start']))
  })
})

describe('admin API documentation', () => {
  it('serves OpenAPI for the admin routes to a token holder, and still validates bodies with zod', async () => {
    app = await testApp({ ADMIN_TOKEN: 'admin-token-0123456789' })
    const auth = { authorization: 'Bearer admin-token-0123456789' }
    const spec = (await app.server.inject({ method: 'GET', url: '/admin/openapi.json', headers: auth })).json()
    expect(spec.openapi).toMatch(/^3\./)
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/admin/broadcasts', '/admin/broadcasts/{id}/start', '/admin/subscribers/stats']))
    expect(spec.paths['/admin/broadcasts'].post.requestBody.content['application/json'].schema.properties.text).toMatchObject({ type: 'string', maxLength: 2000 })
    expect((await app.server.inject({ method: 'GET', url: '/admin/openapi.json' })).statusCode).toBe(401)
    expect((await app.server.inject({ method: 'POST', url: '/admin/broadcasts', headers: auth, payload: { text: '' } })).json()).toMatchObject({ error: 'invalid broadcast' })
  })
})
