import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Classes found on the sixth independent set after its first measure (issue 9, round 3). Every
// example is new wording of its class, with controls a person at risk must keep.
const triage = async (text: string) => triageMessage(text, await testGlossary())
const kind = async (text: string) => (await triage(text)).kind

describe('a help service asked about as a programme to run, fund or staff', () => {
  it.each(['Nhà thờ giáo xứ muốn đăng ký làm địa chỉ tin cậy cho chị em trong xứ, thủ tục ra sao', 'Hợp tác xã chúng tôi muốn tài trợ cho nhà tạm lánh của huyện, liên hệ đầu mối nào', 'quy trình chuyển gửi giữa đường dây nóng và trạm y tế xã được xây dựng thế nào'])(
    '"%s" gets the plans, not the emergency reply',
    async (text) => {
      expect(await kind(text)).toBe('plan-question')
    },
  )

  it.each(['nhà tạm lánh ở Huế cho ở tối đa bao lâu', 'danh sách nhà tạm lánh ở An Giang', 'Muốn gặp trung tâm công tác xã hội thì liên hệ thế nào'])('what a person in need asks: "%s" stays a help request', async (text) => {
    expect(await kind(text)).toBe('help-request')
  })
})

describe('who the writer is, told in other ways', () => {
  it.each([
    'Cán bộ dân số xã hỏi: phát hiện cặp tảo hôn thì lập biên bản theo mẫu nào',
    'Tôi dạy lớp 3, muốn lồng ghép phòng chống xâm hại vào giờ sinh hoạt lớp, có tài liệu không',
    'Soạn giúp tôi bộ câu hỏi trắc nghiệm về phòng chống xâm hại trẻ em cho hội thi ở trường',
    'Viết kịch bản tiểu phẩm về chồng đánh vợ cho đội văn nghệ xã diễn dịp 25/11',
  ])('"%s" is an official\'s question', async (text) => {
    expect(await kind(text)).toBe('plan-question')
  })

  it.each(['Bác sĩ hỏi em có bị chồng đánh không, em không dám nói', 'Tôi là trưởng ấp, tối qua có người đánh vợ ngất xỉu, giờ gọi ai'])('"%s" keeps the emergency reply', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })

  it('"tối qua", "tối nay" typed with marks are urgent', async () => {
    expect((await triage('tối nay chồng em lại say, em sợ bị đánh')).urgent).toBe(true)
    expect((await triage('Tôi là trưởng ấp, tối qua có người đánh vợ ngất xỉu, giờ gọi ai')).scores.urgency).toBeGreaterThan(0)
  })
})

describe('words that fold alike', () => {
  it.each(['Mẫu đánh giá cuối năm của hội viên gồm mấy mục', 'Đánh dấu trang thứ 2 làm thế nào', 'Đánh giá xếp loại công chức gồm mấy mức'])('"%s" is not an emergency', async (text) => {
    expect(await kind(text)).not.toBe('at-risk')
  })

  it('"thu hết thẻ" is still money taken', async () => {
    expect(await kind('nó thu hết thẻ ATM của em')).toBe('at-risk')
  })

  it.each(['ừ cảm ơn nhé', 'được rồi', 'cho mình hỏi vài câu được không'])('"%s" is small talk', async (text) => {
    expect(await kind(text)).toBe('greeting')
  })
})
