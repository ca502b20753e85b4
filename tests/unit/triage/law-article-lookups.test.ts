import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Class found on the eleventh independent set after its one measure (issue 9, round 11): which article
// of law an act falls under, or whether it is a crime or an administrative offence. New wording, with
// controls that stay at risk.
const triage = async (text: string) => triageMessage(text, await testGlossary())

describe('which article or which kind of offence an act falls under', () => {
  it.each(['Cưỡng ép người khác kết hôn bị xử lý theo khoản nào', 'lén đặt camera trong nhà vệ sinh nữ thì bị xử lý hình sự hay hành chính', 'Giữ giấy tờ tùy thân của người làm thuê bị phạt tại điều nào'])('"%s" is a plan question with the hotlines on top', async (text) => {
    const t = await triage(text)
    expect(t.kind).toBe('plan-question')
    expect(t.doubt).toBe(true)
  })

  it.each(['chồng em đăng ảnh nóng của em lên mạng, anh ta bị xử lý theo điều nào', 'tối qua bố dượng sờ soạng con gái tôi, ông ta bị xử lý hình sự hay hành chính', 'người yêu cũ quay lén em lúc thay đồ, giờ vẫn dọa gửi cho bố mẹ, hắn bị phạt theo luật nào'])(
    'the writer or their own people in it keep the emergency reply: "%s"',
    async (text) => {
      expect((await triage(text)).kind).toBe('at-risk')
    },
  )
})
