import { describe, expect, it } from 'vitest'
import { TRAINING_SETS, trainRegisterWeights } from '../../../scripts/train-register-model.js'
import { readChatText } from '../../../src/core/triage/read-chat-text.js'
import { registerOdds } from '../../../src/core/triage/register-model.js'
import { REGISTER_WEIGHTS } from '../../../src/core/triage/register-weights.js'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// The learned register is a tie-breaker for what the cues leave undecided (issue 9, round 4).
const triage = async (text: string) => triageMessage(text, await testGlossary())

describe('the learned register', () => {
  it('the committed table is what the training script makes from the spent sets (none of the untuned ones)', () => {
    expect(TRAINING_SETS.some((f) => f.includes('test.jsonl'))).toBe(false)
    expect(REGISTER_WEIGHTS).toEqual(Object.fromEntries(trainRegisterWeights(TRAINING_SETS).weights))
  })

  it("reads officials' wording of violence as a topic apart from a survivor's", () => {
    expect(registerOdds(readChatText('những giải pháp phòng ngừa tảo hôn ở vùng cao hiện nay').folded)).toBeGreaterThan(6)
    expect(registerOdds(readChatText('chồng em say rồi đánh em, em sợ lắm').folded)).toBeLessThan(0)
  })

  it.each(['Những hình thức bạo lực gia đình nào phổ biến ở nông thôn, nhờ tóm tắt giúp', 'mua bán người qua biên giới thường dùng thủ đoạn gì, để tuyên truyền cho bà con', 'những dấu hiệu nhận biết trẻ bị bạo hành mà giáo viên nên biết'])('tips "%s" to the plans, with the hotlines on top', async (text) => {
    const t = await triage(text)
    expect(t.kind).toBe('plan-question')
    expect(t.doubt).toBe(true)
  })

  it.each([
    'bạo lực gia đình',
    'bị bạo hành gia đình',
    'báo bạo lực gia đình ở đâu',
    'em bị chồng đánh thì kế hoạch bình đẳng giới của xã có hỗ trợ gì không',
    'tối nay ổng lại say, phòng chống bạo lực gia đình ở xã có ai giúp không',
    'cô giáo của con tôi hay đánh các cháu, kế hoạch phòng chống bạo lực học đường nói gì',
  ])('never tips a bare noun, a help request or anyone named as harmed: "%s"', async (text) => {
    expect((await triage(text)).kind).not.toBe('plan-question')
  })
})
