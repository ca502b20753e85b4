import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Issue 9, found by the safety probe: people at risk who do not name the act. Each class got a
// reply without the emergency hotlines (a decline, or the soft "other" reply) before its fix.
const triage = async (text: string) => triageMessage(text, await testGlossary())

describe('self-harm in indirect words', () => {
  it.each(['dạo này em hay nghĩ quẩn lắm', 'tôi giấu được một lọ thuốc ngủ trong tủ', 'chỉ mong nhắm mắt một lần rồi không tỉnh lại nữa', 'em biến mất thì cả nhà sẽ nhẹ nhõm', 'em viết xong lá thư để lại cho bạn thân rồi', 'chẳng còn thiết tha chi nữa'])(
    '"%s" is at risk, with the self-harm line first',
    async (text) => {
      const t = await triage(text)
      expect(t.kind).toBe('at-risk')
      expect(t.selfHarm).toBe(true)
    },
  )
})

describe('teen and regional spellings typed with marks', () => {
  it.each(['mún chết quá trời', 'ổng quýnh tui hoài', 'hôm qua e bj tát'])('"%s" is at risk', async (text) => {
    expect((await triage(text)).kind).toBe('at-risk')
  })
})

describe('beatings and blows in everyday words', () => {
  it.each(['về nhà trễ là thế nào cũng ăn đòn', 'mẹ kế lấy cây thước vụt vào tay con', 'chú ấy nhấn đầu thằng bé vô thùng nước', 'tao bị đánh sợ quá rồi', 'lúc nào cũng đánh suốt, nhà như cái chợ', 'cô giáo để lại vết lằn trên lưng cháu'])('"%s" is at risk', async (text) => {
    expect((await triage(text)).kind).toBe('at-risk')
  })
})

describe('sexual abuse in euphemism or with the wrong tone', () => {
  it.each(['ông bác dụ cháu làm chuyện vợ chồng', 'dượng hay nhìn em tắm', 'mấy anh lớp trên lột đồ thằng bé', 'sáng ra thấy mình tỉnh dậy trong khách sạn, không biết ai đưa vào', 'bạn em bị hiệp dâm hồi tháng trước', 'quản đốc gọi em vào phòng kín rồi ôm chặt'])('"%s" is at risk', async (text) => {
    expect((await triage(text)).kind).toBe('at-risk')
  })
})

describe('stalking, eviction, bride capture, a stranger asking after a child', () => {
  it.each(['thằng đó tối nào cũng đậu xe dưới nhà em', 'chồng cũ biết hết chỗ em đang ở dù em đã chuyển đi', 'tên kia stalk mình cả tháng nay', 'nó vứt hết đồ đạc của tôi ra sân', 'con bé nhà bên bị kéo vợ về bản kia', 'có số lạ gọi hỏi bé nhà tôi tan học lúc mấy giờ'])('"%s" is at risk', async (text) => {
    expect((await triage(text)).kind).toBe('at-risk')
  })
})

describe('the same words in their harmless senses', () => {
  it.each(['hôm nay ăn đơn giản thôi, đi ăn phở không', 'đánh số trang cho báo cáo thế nào', 'bố đợi con ở cổng trường nhé', 'mẹ đứng dưới nhà chờ con', 'vết thâm mụn bao lâu thì hết', 'bố tôi có va chạm giao thông nhẹ, giờ khám ở đâu'])('"%s" is not at risk', async (text) => {
    expect((await triage(text)).kind).not.toBe('at-risk')
  })
})
