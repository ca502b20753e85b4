import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// "dâm" (lewd) typed with its marks is not "đâm" (stab), but in "hiếp dâm", "cưỡng dâm", "dâm ô"
// it is sexual violence: a disclosure written with full marks must get the emergency reply.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe('sexual violence named with full marks', () => {
  it.each(['anh rể hiếp dâm em', 'bố dượng dâm ô con gái tôi suốt mấy tháng nay', 'em bị cưỡng dâm ở chỗ làm, giờ em sợ lắm', 'hắn phạm tội hiếp dâm con tôi rồi bỏ trốn'])('"%s" is a person at risk', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })

  it('a crime named as a legal term, with nobody close to the writer in it, is not an emergency', async () => {
    expect(await kind('Tội hiếp dâm và tội cưỡng dâm khác nhau ở điểm nào, tôi cần giải thích cho buổi sinh hoạt chi hội')).not.toBe('at-risk')
  })
})
