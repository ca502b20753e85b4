import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Stores } from '../../storage/create-stores.js'
import { hasRole, type Role } from '../console/roles.js'
import { safeEqual } from '../safe-equal.js'

/**
 * The least console role a personal token needs: reading for GET, editing to create something
 * (a POST to a collection: /broadcasts, /documents), approving for every state change.
 */
function neededRole(req: FastifyRequest): Role {
  if (req.method === 'GET') return 'viewer'
  const path = req.url.split('?')[0]!
  return /\/admin\/(broadcasts|documents)$/.test(path) ? 'editor' : 'approver'
}

/**
 * Authentication of every /admin route, shared by the broadcast and document APIs: a personal API
 * token (made in the console, acting with its person's role and name) or the shared ADMIN_TOKEN
 * (compared in constant time). With neither configured nor any console account, the routes answer 404.
 */
export function adminAuth(deps: { token?: string | undefined; users: Stores['users'] }) {
  const actors = new WeakMap<FastifyRequest, string>()
  const people = new WeakSet<FastifyRequest>()
  return {
    hook: async (req: FastifyRequest, reply: FastifyReply) => {
      const header = req.headers.authorization ?? ''
      const token = header.startsWith('Bearer ') ? header.slice(7) : ''
      if (deps.token && safeEqual(token, deps.token)) return void actors.set(req, `admin@${req.ip}`)
      if (!deps.token && (await deps.users.count()) === 0) return reply.code(404).send({ message: 'Route not found', error: 'Not Found', statusCode: 404 })
      const person = token.startsWith('bdg_') ? await deps.users.tokenUser(token) : null
      if (!person) return reply.code(401).send({ error: 'unauthorized' })
      const role = neededRole(req)
      if (!hasRole(person.role, role)) return reply.code(403).send({ error: `forbidden: needs the ${role} role` })
      actors.set(req, person.name)
      people.add(req)
    },
    /** Who acts, for the audit log: the person's name, or admin@address for the shared token. */
    actor: (req: FastifyRequest) => actors.get(req)!,
    /** The request came with a personal token (a named person), not the shared ADMIN_TOKEN. */
    isPerson: (req: FastifyRequest) => people.has(req),
  }
}
