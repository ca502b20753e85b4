import { describe, expect, it } from 'vitest'
import { loadConfig } from '../../../src/config/load-config.js'
import { resolveCityCodes, zaloRouting } from '../../../src/config/zalo-rules-config.js'
import { ConfigError } from '../../../src/core/errors.js'
import { testGlossary } from '../../helpers/load-test-content.js'

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

  it.each([
    { value: '{"An Giang": "89"', names: ['not JSON'] },
    { value: '["89"]', names: ['must be a JSON object'] },
    { value: '{"An Giang": "89", "Cần Thơ": "CT", "Huế": {"code": 1}, " ": "4"}', names: ['"Cần Thơ": "CT" is not a Zalo city code', '"Huế": {"code":1} is not a Zalo city code', '" ": the province name is empty'] },
  ])('ZALO_OA_CITY_CODES=$value is refused naming each bad entry', ({ value, names }) => {
    const [problem, ...more] = problems({ ZALO_OA_CITY_CODES: value })
    expect(more).toEqual([])
    expect(problem).toMatch(/^ZALO_OA_CITY_CODES: /)
    for (const name of names) expect(problem).toContain(name)
    expect(problem).not.toContain('"An Giang": "89" is not')
  })

  it('city codes are keyed by the glossary province name; an unknown or doubly given province stops the start naming the entry', async () => {
    const glossary = await testGlossary()
    expect(resolveCityCodes(loadConfig({ ZALO_OA_CITY_CODES: '{"an giang": 89, "Huế": "46"}' }).ZALO_OA_CITY_CODES, glossary)).toEqual({ 'An Giang': '89', 'Thừa Thiên Huế': '46' })
    let error: unknown
    try {
      resolveCityCodes({ 'An Giag': '89', 'Thừa Thiên Huế': '46', 'TT Huế': '47' }, glossary)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).problems).toEqual(['ZALO_OA_CITY_CODES: "An Giag" is not a province name the bot knows (content/glossary.yaml)', 'ZALO_OA_CITY_CODES: "TT Huế" and "Thừa Thiên Huế" both name Thừa Thiên Huế with different codes'])
  })
})
