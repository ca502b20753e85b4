/** Console roles, each including the rights of those before it. */
export const ROLES = ['viewer', 'editor', 'approver', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** viewer: reads; editor: composes and edits; approver: also approves others' broadcasts; admin: also manages people. */
export function hasRole(role: string, needed: Role): boolean {
  const have = ROLES.indexOf(role as Role)
  return have >= 0 && have >= ROLES.indexOf(needed)
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
