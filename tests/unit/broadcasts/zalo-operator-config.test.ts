import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load-config.js'
import { zaloRouting } from '../../../src/config/zalo-rules-config.js'
import { ConfigError } from '../../../src/core/errors.js'

/** The ConfigError's problems for this environment, or [] when it loads. */
function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env)
    return []
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
}

describe('Zalo operator configuration', () => {
  it.each([
    { name: 'default order', value: undefined, expected: ['template', 'zns', 'cs'] },
    { name: 'consultation first', value: 'cs, template,zns', expected: ['cs', 'template', 'zns'] },
    { name: 'templates only', value: 'zns,template', expected: ['zns', 'template'] },
  ])('ZALO_OA_REMINDER_ROUTES: $name', ({ value, expected }) => {
    const config = loadConfig(value ? { ZALO_OA_REMINDER_ROUTES: value } : {})
    expect(config.ZALO_OA_REMINDER_ROUTES).toEqual(expected)
    expect(zaloRouting(config).reminderOrder).toEqual(expected)
  })

  it.each([
    { value: 'template,sms', message: 'not a route: "sms"' },
    { value: 'cs,cs', message: 'repeated: cs' },
    { value: 'cs,,zns', message: 'not a route: ""' },
  ])('ZALO_OA_REMINDER_ROUTES=$value is refused naming the bad entry', ({ value, message }) => {
    const [problem] = problems({ ZALO_OA_REMINDER_ROUTES: value })
    expect(problem).toContain('ZALO_OA_REMINDER_ROUTES')
    expect(problem).toContain(message)
  })
})
