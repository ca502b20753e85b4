import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Class found on the eleventh independent set after its one measure (issue 9, round 11): a case told
// from outside as handled, then a question about its file or its minutes ("hồ sơ", "biên bản"). New
// wording, with controls that stay at risk.
const triage = async (text: string) => triageMessage(text, await testGlossary())

describe('a handled case, then a question about its file or minutes', () => {
  it.each(['Quý trước tổ hòa giải đã xử lý xong vụ anh thợ hồ đánh vợ, anh ta đã ký cam kết, hồ sơ vụ việc giữ ở đâu', 'Tháng trước trạm y tế đã phối hợp công an tiếp nhận một cháu 9 tuổi bị sàm sỡ, giờ cần làm biên bản bàn giao thế nào'])('"%s" is a plan question with the hotlines on top', async (text) => {
    const t = await triage(text)
    expect(t.kind).toBe('plan-question')
    expect(t.doubt).toBe(true)
  })

  it.each(['anh ta bị công an xử lý rồi nhưng tối qua lại đến đập cửa nhà em, hồ sơ vụ cũ em xin ở đâu', 'chồng em đã bị xử lý hành chính vì đánh em, giờ em cần làm hồ sơ ly hôn mà em sợ anh ta biết', 'vụ con tôi bị thầy giáo xâm hại đã được công an xử lý, tôi cần biên bản để nộp cho trường'])(
    'the writer or their own people in it keep the emergency reply: "%s"',
    async (text) => {
      expect((await triage(text)).kind).toBe('at-risk')
    },
  )
})
