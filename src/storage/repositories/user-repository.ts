import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database } from '../database.js'

export interface ConsoleUser {
  id: number
  name: string
  role: string
  active: boolean
  lockedUntil: string | null
}

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5
export const LOCK_MINUTES = 15
const SESSION_HOURS = 8

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
const toUser = (r: { id: number; name: string; role: string; active: number; locked_until: string | null }): ConsoleUser => ({ id: r.id, name: r.name, role: r.role, active: r.active === 1, lockedUntil: r.locked_until })

/**
 * People of the console, their sessions and personal API tokens. Session ids and tokens are
 * random 256-bit values given to the browser or the person once; only their sha256 is stored.
 */
export class UserRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async create(input: { name: string; role: string; passwordHash: string }): Promise<ConsoleUser> {
    const at = this.now().toISOString()
    const row = await this.db.insertInto('users').values({ name: input.name, role: input.role, password_hash: input.passwordHash, failed_logins: 0, locked_until: null, active: 1, created_at: at, updated_at: at }).returning(['id', 'name', 'role', 'active', 'locked_until']).executeTakeFirstOrThrow()
    return toUser(row)
  }

  async byName(name: string) {
    return this.db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst()
  }

  async get(id: number): Promise<ConsoleUser | null> {
    const row = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
    return row ? toUser(row) : null
  }

  async list(): Promise<ConsoleUser[]> {
    return (await this.db.selectFrom('users').selectAll().orderBy('name').execute()).map(toUser)
  }

  async update(id: number, patch: { role?: string; active?: boolean; passwordHash?: string }): Promise<void> {
    await this.db
      .updateTable('users')
      .set({
        updated_at: this.now().toISOString(),
        ...(patch.role ? { role: patch.role } : {}),
        ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
        ...(patch.passwordHash ? { password_hash: patch.passwordHash, failed_logins: 0, locked_until: null } : {}),
      })
      .where('id', '=', id)
      .execute()
    if (patch.active === false || patch.passwordHash) await this.db.deleteFrom('sessions').where('user_id', '=', id).execute()
  }

  /** Counts a wrong password; the MAX_FAILED_LOGINS-th in a row locks the account. */
  async recordFailure(id: number): Promise<{ locked: boolean }> {
    const row = await this.db
      .updateTable('users')
      .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1) }))
      .where('id', '=', id)
      .returning('failed_logins')
      .executeTakeFirstOrThrow()
    if (row.failed_logins < MAX_FAILED_LOGINS) return { locked: false }
    const until = new Date(this.now().getTime() + LOCK_MINUTES * 60_000).toISOString()
    await this.db.updateTable('users').set({ locked_until: until, failed_logins: 0 }).where('id', '=', id).execute()
    return { locked: true }
  }

  async recordSuccess(id: number): Promise<void> {
    await this.db.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', id).execute()
  }

  /** A new session; returns the secret id for the cookie. */
  async openSession(userId: number): Promise<string> {
    const id = randomBytes(32).toString('base64url')
    const now = this.now()
    await this.db
      .insertInto('sessions')
      .values({ id_hash: sha256(id), user_id: userId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString() })
      .execute()
    return id
  }

  /** The active person a session id belongs to, while it has not expired. */
  async sessionUser(id: string): Promise<ConsoleUser | null> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select(['users.id', 'users.name', 'users.role', 'users.active', 'users.locked_until'])
      .where('sessions.id_hash', '=', sha256(id))
      .where('sessions.expires_at', '>', this.now().toISOString())
      .where('users.active', '=', 1)
      .executeTakeFirst()
    return row ? toUser(row) : null
  }

  async closeSession(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', sha256(id)).execute()
  }

  /** A personal API token, shown once: "bdg_" + 43 characters. */
  async issueToken(userId: number, label: string): Promise<string> {
    const token = `bdg_${randomBytes(32).toString('base64url')}`
    await this.db
      .insertInto('api_tokens')
      .values({ user_id: userId, label, token_hash: sha256(token), created_at: this.now().toISOString(), last_used_at: null, revoked_at: null })
      .execute()
    return token
  }

  async tokenUser(token: string): Promise<ConsoleUser | null> {
    const row = await this.db
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select(['api_tokens.id as tokenId', 'users.id', 'users.name', 'users.role', 'users.active', 'users.locked_until'])
      .where('api_tokens.token_hash', '=', sha256(token))
      .where('api_tokens.revoked_at', 'is', null)
      .where('users.active', '=', 1)
      .executeTakeFirst()
    if (!row) return null
    await this.db.updateTable('api_tokens').set({ last_used_at: this.now().toISOString() }).where('id', '=', row.tokenId).execute()
    return toUser(row)
  }

  async tokensOf(userId: number) {
    return this.db.selectFrom('api_tokens').select(['id', 'label', 'created_at', 'last_used_at', 'revoked_at']).where('user_id', '=', userId).orderBy('id', 'desc').execute()
  }

  async revokeToken(userId: number, tokenId: number): Promise<boolean> {
    const result = await this.db.updateTable('api_tokens').set({ revoked_at: this.now().toISOString() }).where('id', '=', tokenId).where('user_id', '=', userId).where('revoked_at', 'is', null).executeTakeFirst()
    return Number(result.numUpdatedRows) > 0
  }
}
