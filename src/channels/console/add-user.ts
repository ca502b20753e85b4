import { z } from 'zod'
import type { Stores } from '../../storage/create-stores.js'
import type { ConsoleUser } from '../../storage/repositories/user-repository.js'
import { T } from './console-messages.vi.js'
import { MIN_PASSWORD_LENGTH, hashPassword } from './password-hash.js'
import { ROLES } from './roles.js'

export const newUserSchema = z.object({
  name: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9.-]{2,39}$/, T.people.badName),
  role: z.enum(ROLES, { message: `role must be one of: ${ROLES.join(', ')}` }),
  password: z.string().min(MIN_PASSWORD_LENGTH, T.people.shortPassword).max(200),
})

/** Creates an account (console form and `npm run user:add`), audited under whoever created it. */
export async function addUser(stores: Pick<Stores, 'users' | 'audit'>, input: unknown, actor: string): Promise<{ ok: true; user: ConsoleUser } | { ok: false; errors: string[] }> {
  const parsed = newUserSchema.safeParse(input)
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => `${String(i.path[0] ?? '')}: ${i.message}`) }
  if (await stores.users.byName(parsed.data.name)) return { ok: false, errors: [`name: ${T.people.nameTaken}`] }
  const user = await stores.users.create({ name: parsed.data.name, role: parsed.data.role, passwordHash: await hashPassword(parsed.data.password) })
  await stores.audit.record({ actor, action: 'user.create', target: user.name, details: { role: user.role } })
  return { ok: true, user }
}
