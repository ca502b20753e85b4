import { describe, expect, it } from 'vitest'
import { readChatText } from '../../../src/core/triage/read-chat-text.js'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Classes found on the fifth independent set after it was spent (issue 9, round 3), and the
// survivors' wordings that had only been caught by accident until sentence ends stopped the cues.
// Every example is new wording of its class, with controls a person at risk must keep.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe('a sentence end stops every cue', () => {
  it('"… vợ đánh chồng. Tôi cần …" does not read as "chồng tôi"', () => {
    expect(readChatText('1 vụ vợ đánh chồng. Tôi cần mẫu').sense).toBe('1 vu vo danh chong . toi can mau')
    expect(readChatText('chồng em... đánh em').sense).toBe('chong em danh em')
    expect(readChatText('ở TP.HCM').sense).toBe('o tp hcm')
  })

  it("cases counted over several sentences stay an official's report", async () => {
    expect(await kind('Quý này xã ghi nhận 7 trường hợp bạo lực gia đình, có 2 vụ vợ đánh chồng. Tôi phải điền biểu mẫu thống kê nào?')).toBe('plan-question')
  })

  it.each(['chồng em... đánh em suốt', 'Anh ấy say. Đánh em. Em sợ lắm'])('"%s" keeps the emergency reply', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })
})

describe('officials at work on a product or a matter', () => {
  it.each([
    'bạo lực gia đình gồm những hành vi nào, để tôi làm pano dựng ở nhà văn hóa',
    'mình cần số liệu về xâm hại trẻ em để viết bài tham luận cho hội nghị huyện',
    'Cô là chủ nhiệm câu lạc bộ phụ nữ, câu lạc bộ hay bàn về chuyện chồng đánh vợ, kế hoạch có tài liệu sinh hoạt không',
    'Tôi là cán bộ văn hóa xã, trong thôn còn tình trạng chồng đánh vợ khi say, kế hoạch có mô hình nào giúp không',
    'Trường đã báo công an vụ một học sinh lớp 7 nghi bị xâm hại, giờ Phòng Giáo dục yêu cầu báo cáo theo mẫu nào',
    'xóm tôi có nhiều vụ tảo hôn, tôi là trưởng xóm, kế hoạch giao xóm làm những việc gì',
    'kế hoạch có nội dung phòng ngừa cưỡng bức lao động đối với lao động nữ không',
    'tìm thông tin cưỡng bức lao động với nữ giới ở Huế',
  ])('"%s" gets the plans, not the emergency reply', async (text) => {
    expect(await kind(text)).toBe('plan-question')
  })

  it.each(['em kể chuyện chồng đánh em hôm qua', 'tôi muốn hỏi về việc chồng tôi đánh tôi', 'con tôi bị xâm hại, trường đã báo công an, giờ tôi phải làm gì', 'em bị cưỡng bức lao động ở Campuchia, họ không cho về', 'anh là công an xã mà đánh em như vậy à'])(
    'the writer or their own child in it: "%s" stays an emergency',
    async (text) => {
      expect(await kind(text)).toBe('at-risk')
    },
  )
})

describe("acts told in survivors' own words", () => {
  it.each(['hắn biết cả nhà tôi ở đâu, tối nào cũng đứng dưới nhà', 'ông ấy khóa bà tôi trong buồng cả ngày không cho ăn', 'con gái tôi tự cào tay đến rớm máu', 'thg do nhan gap e o dau la cho e mot tran', 'ck cai phan mem theo doi vao dt cua e, e di dau cung biet', 'ổng quăng cái ly vô người em'])(
    '"%s" gets the emergency reply',
    async (text) => {
      expect(await kind(text)).toBe('at-risk')
    },
  )
})

describe('small talk and errands', () => {
  it.each(['Cám ơn cô nghen', 'okie thanks nha', 'Dạ cháu chào bác bot ạ', 'cảm ơn, câu trả lời rất hữu ích với tôi'])('"%s" is small talk', async (text) => {
    expect(await kind(text)).toBe('greeting')
  })

  it('thanks followed by harm is not small talk', async () => {
    expect(await kind('cảm ơn, nhưng chồng em vẫn đánh em')).toBe('at-risk')
  })

  it.each(['bảo hiểm thất nghiệp lãnh ở đâu', 'con mình hỏi tiếng Việt có mấy dấu, mình quên mất'])('"%s" is off-topic, not an emergency', async (text) => {
    expect(await kind(text)).toBe('other')
  })

  it('pain a child tells of is still distress', async () => {
    expect(await kind('con tôi đi học thêm về cứ kêu đau, hỏi thì không nói')).toBe('at-risk')
  })
})
