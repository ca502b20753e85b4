import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Class found on the eleventh independent set after its one measure (issue 9, round 11): material for
// social media and internal notices asked for about a harm (status, infographic, webtoon, podcast, a PR
// piece, a notice, a letter to parents). New wording, with controls that stay at risk.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe('social media and notice material asked for: the harm word is its subject', () => {
  it.each([
    'Soạn giúp mình 2 status cho trang của câu lạc bộ nhắc các bạn nữ cảnh giác với quấy rối khi đi xe ôm',
    'Nhóm em định làm một infographic về các dạng bạo lực trong hẹn hò, nên chia mục thế nào',
    'Lớp mình làm podcast về bạo lực học đường, xin dàn ý cho tập đầu',
    'cho minh mau thu moi phu huynh du buoi noi chuyen ve xam hai tre em',
    'Viết giúp một thông báo nội bộ nhắc công nhân số điện thoại phản ánh quấy rối ở xưởng',
  ])('"%s" is not an emergency', async (text) => {
    expect(await kind(text)).not.toBe('at-risk')
  })

  it.each(['viết giúp em status kể chuyện em bị bồ đánh tối qua, em sợ lắm', 'nó dọa đăng status bôi nhọ em nếu em không quay lại, em phải làm sao', 'bạn trai cũ làm infographic có ảnh nóng của em rồi gửi cho cả lớp', 'chồng em đọc được mẫu thư em viết cho luật sư rồi đánh em'])(
    'the writer in it keeps the emergency reply: "%s"',
    async (text) => {
      expect(await kind(text)).toBe('at-risk')
    },
  )
})
