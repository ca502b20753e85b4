import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Classes found on the seventh independent set after its first measure (issue 9, round 5). Every
// example is new wording of its class, with controls a person at risk must keep.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe("officials' and professionals' work on violence as a topic", () => {
  it.each([
    'đánh con bằng roi để răn có tính là bạo lực không, để tôi tuyên truyền cho bà con trong buổi sinh hoạt',
    'Sinh viên năm ba khoa xã hội học, em muốn khảo sát nhận thức của học sinh về xâm hại tình dục, nên hỏi ai',
    'nhà báo cần số liệu các vụ mua bán người được giải cứu ở biên giới Tây Nam năm ngoái',
    'báo cáo vụ lừa bán lao động đã giải cứu tháng trước có phải ghi tên các nạn nhân không',
    'vụ cháu bé bị xâm hại ở thôn đã xét xử xong, giờ hỗ trợ học phí cho cháu lấy kinh phí nguồn nào',
    'tự tử trong thanh thiếu niên ở huyện tăng, kế hoạch có hoạt động tư vấn tâm lý nào',
    'trạm y tế ghi nhận người đến khám có dấu hiệu bị bạo hành thì vào sổ theo mẫu nào',
  ])('"%s" is not an emergency', async (text) => {
    expect(await kind(text)).not.toBe('at-risk')
  })

  it.each(['so sánh nhà tạm lánh với trung tâm công tác xã hội khác nhau chỗ nào', 'địa chỉ tin cậy theo quy định phải ghi những thông tin gì về người đến'])('a help service as a topic: "%s" is a plan question', async (text) => {
    expect(await kind(text)).toBe('plan-question')
  })

  it('"chồng chất" (piled up) is not a husband', async () => {
    expect(await kind('công việc chồng chất, làm sao sắp xếp cho kịp')).not.toBe('at-risk')
  })
})

describe('controls that stay with the person at risk', () => {
  it.each(['ai giải cứu em với, họ nhốt em ở đây', 'em muốn tự tử, học sinh lớp 11', 'con tôi có dấu hiệu bị xâm hại, tôi phải làm gì', 'chồng em đánh em rồi, công an xã đã lập biên bản mà tối nay anh ta lại về đánh'])('"%s" keeps the emergency reply', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })
})
