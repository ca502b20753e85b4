import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Help services asked about as topics, material about a scenario, cases already reported (issue 9,
// found on held-out 9's policy side after its first measure). New wording throughout.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe("officials' questions about services, material and reported cases", () => {
  it.each([
    'tiêu chí để một nhà dân được công nhận là địa chỉ tin cậy gồm những gì',
    'nha tam lanh cua tinh co so lieu thong ke so nguoi den nam ngoai khong',
    'Viết giúp kịch bản sân khấu hóa 15 phút có tình huống con trai say rượu đánh mẹ già để đội văn nghệ diễn',
    'Tôi làm trưởng trạm y tế, tuần trước tiếp nhận một chị bị chồng đánh, đã băng bó và báo công an xã, giờ cần ghi sổ theo mẫu nào',
  ])('"%s" is not an emergency', async (text) => {
    expect(await kind(text)).not.toBe('at-risk')
  })

  it.each(['muốn gặp cán bộ công tác xã hội thì phải đến đâu', 'số đường dây nóng giúp người bị bạo hành là bao nhiêu', 'nhà tạm lánh có mất chi phí gì không', 'chồng em vừa đánh em, em đã báo công an xã mà không ai tới'])('what a person in need asks keeps the hotlines first: "%s"', async (text) => {
    expect(['at-risk', 'help-request']).toContain(await kind(text))
  })
})
