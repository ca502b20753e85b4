import type { App } from '../../src/build-app.js'

/** A tiny cookie jar over server.inject, so a test walks the console like a browser. */
export function consoleClient(app: App) {
  const jar = new Map<string, string>()
  const remember = (res: { cookies: { name: string; value: string }[] }) => {
    for (const c of res.cookies) {
      if (c.value) jar.set(c.name, c.value)
      else jar.delete(c.name)
    }
  }
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')
  const get = async (url: string) => {
    const res = await app.server.inject({ method: 'GET', url, headers: { cookie: cookie() } })
    remember(res)
    return res
  }
  const csrf = async (url: string) => (/name="_csrf" value="([^"]+)"/.exec((await get(url)).body) ?? [])[1] ?? ''
  const post = async (url: string, form: Record<string, string>, from = url) => {
    const token = await csrf(from)
    const res = await app.server.inject({ method: 'POST', url, headers: { cookie: cookie(), 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: token, ...form }).toString() })
    remember(res)
    return res
  }
  return { get, post, csrf, jar, login: (name: string, password: string) => post('/quan-tri/dang-nhap', { name, password }) }
}
