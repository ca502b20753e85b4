import { describe, expect, it } from 'vitest'
import { SAFETY } from '../../../src/core/answers/safety-messages.vi.js'
import { testAssistant } from '../../helpers/test-assistant.js'

// A message about the writer or people close to them that no cue knows may be a survivor in their
// own words: the reply cares and says where help is before it says anything about plans (issue 9).
describe('a message about people close to the writer that matched nothing', () => {
  it('opens with the hotlines, then care and where to find help; "not in the plans" never leads', async () => {
    const lines = (await testAssistant()).ask('dạo này mẹ chồng với chồng em cứ im lặng với em cả tuần, em không biết làm sao').text.split('\n')
    expect(lines[0]).toMatch(/113/)
    expect(lines[1]).toBe(SAFETY.unsure)
    expect(lines[2]).toBe(SAFETY.findPlaceByName)
    expect(lines.join('\n')).not.toContain(SAFETY.offTopic)
  })

  it('a plain off-topic question is still declined honestly, the hotline line at the end', async () => {
    const lines = (await testAssistant()).ask('giá vàng hôm nay bao nhiêu').text.split('\n')
    expect(lines[0]).toBe(SAFETY.offTopic)
    expect(lines.at(-1)).toBe(SAFETY.footer)
  })
})
