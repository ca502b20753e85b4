import { describe, expect, it } from 'vitest'
import { readChatText } from '../../../src/core/triage/read-chat-text.js'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Classes found on the tenth independent set after its first measure (issue 9, round 10): material
// asked for about a harm, and questions of law or of terms. New wording, with controls that stay at risk.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe('material asked for: the harm words are its subject or its plot', () => {
  it.each([
    // A talk or a radio item named first, with what it is about.
    'Bài phát thanh 5 phút cho hội nông dân về chiêu lừa bán phụ nữ sang biên giới lấy chồng',
    'Mình cần bài nói chuyện cho đoàn viên về chuyện không ép bạn gái bỏ học lấy chồng',
    // The story told inside the material, a "bị" included.
    'Cần kịch bản ngắn về một chị bán hàng ở chợ bị chồng giữ hết tiền rồi được hội phụ nữ giúp mở sổ tiết kiệm',
    // A play's plot after a colon.
    'Câu lạc bộ ông cháu muốn dựng tiểu phẩm 8 phút: con trai say rượu quát mắng, đẩy mẹ già ngã, sau đó hàng xóm can. Nhờ viết kịch bản 3 nhân vật',
  ])('"%s" is not an emergency', async (text) => {
    expect(await kind(text)).not.toBe('at-risk')
  })

  it.each(['em đang tập tiểu phẩm ở trường thì tối qua bị anh phụ trách nhóm kịch sờ soạng', 'viết giúp em kịch bản về nhà em: bố em say rượu đánh mẹ em, em phải làm sao'])('the writer or their own people in it keep the emergency reply: "%s"', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })
})

describe('questions of law or of terms about an act', () => {
  it.each(['bỏ mặc cha mẹ già ốm đau có bị xử phạt không', 'khái niệm ép cưới trong luật hôn nhân', 'toi danh cuong dam va muc phat'])('"%s" is a plan question with the hotlines on top', async (text) => {
    const triage = triageMessage(text, await testGlossary())
    expect(triage.kind).toBe('plan-question')
    expect(triage.doubt).toBe(true)
  })

  it.each(['bị chồng ép quan hệ có tính là hiếp dâm không, khung hình phạt thế nào', 'chồng đánh em thì bị phạt thế nào', 'con riêng của vợ bị dượng xâm hại thì dượng bị xử phạt thế nào'])('the writer or a child named as harmed keeps the emergency reply: "%s"', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })

  it('"tội danh" typed without marks is a charge, "tôi đánh" still the writer', () => {
    expect(readChatText('toi danh giet nguoi').sense).toContain('toi_ danh_')
    expect(readChatText('toi danh no').sense).toContain('toi danh no')
  })
})

describe('a population and what it habitually suffers; a norm against an act', () => {
  it('"học sinh … hay bị …" speaks of a population; a student in a dormitory "bị đánh" in a rule question too', async () => {
    expect(await kind('Có quy định nào buộc quản lý ký túc xá phải báo khi thấy sinh viên bị đánh trong phòng không?')).not.toBe('at-risk')
    expect(await kind('Học sinh nữ người dân tộc về quê nghỉ hè hay bị ép lấy chồng sớm. Nhà trường nên tuyên truyền cho phụ huynh ra sao?')).not.toBe('at-risk')
    expect(await kind('em đi làm ăn xa thường bị chủ giữ giấy tờ, giờ em muốn về mà không được')).toBe('at-risk')
  })

  it('"không gả con dưới 18 tuổi" in a village rule is a norm', async () => {
    expect(readChatText('cam kết không gả con dưới 18 tuổi').sense).toContain('khong ga_')
    expect(await kind('Tôi là trưởng thôn. Thôn muốn đưa vào hương ước: không gả con dưới 18 tuổi, không thách cưới. Có mẫu hương ước nào để tham khảo không?')).not.toBe('at-risk')
    expect(await kind('bố mẹ sắp gả em cho người ta, em mới 16 tuổi')).toBe('at-risk')
  })
})
