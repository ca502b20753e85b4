import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'
import { testAssistant } from '../../helpers/test-assistant.js'

// Classes a fourth independent set still found (issue 9, round 2). Every example is new wording of
// its class; each class has controls that a person at risk must keep.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind
const firstLines = async (text: string) => (await testAssistant()).ask(text).text.split('\n').slice(0, 3).join('\n')

describe('cases reported as handled or counted by someone at work', () => {
  it.each([
    'Ấp có 3 chị từng bị chồng đánh, nay chi hội muốn lập tổ tự quản, kế hoạch có mô hình nào không',
    'Năm nay thị trấn có 2 cháu dưới 14 tuổi bị xâm hại, hồ sơ đã chuyển công an, báo cáo quý có phải ghi tên các cháu không',
    'trường vừa có vụ học sinh bị đánh hội đồng, đã bàn giao công an, nay muốn ban hành quy chế phòng chống bạo lực học đường, có khung mẫu không',
  ])('"%s" gets the plans, not the emergency reply', async (text) => {
    expect(await kind(text)).toBe('plan-question')
    expect((await testAssistant()).ask(text).emergency ?? false).toBe(false)
  })

  it('an act named in a counted case puts the hotlines on top of the plan answer', async () => {
    const reply = (await testAssistant()).ask('Thôn có 2 chị từng bị chồng đánh, nay hội muốn lập câu lạc bộ, kế hoạch có mô hình nào không')
    expect(reply.emergency ?? false).toBe(false)
    expect(reply.text.split('\n')[0]).toMatch(/113/)
  })

  it('data asked from another agency ("số liệu các vụ … lấy ở đâu") is a plan question, not a help request', async () => {
    expect(await kind('Đồn công an cần thống kê các vụ xâm hại trẻ em đã xử lý để đối chiếu, lấy ở đâu?')).toBe('plan-question')
  })

  it.each(['em bị chồng đánh, đã báo công an rồi mà anh ta vẫn đánh, giờ em phải làm sao', 'con gái tôi bị xâm hại, hồ sơ đã chuyển công an, báo cáo gì nữa không', 'tôi từng bị chồng đánh, nay muốn lập nhóm tự lực, có mô hình nào không'])('the writer or their own child in it: "%s" stays an emergency', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })

  it('a handled case with no question about paperwork ("chảy máu" is not "mẫu") stays an emergency', async () => {
    expect(await kind('phường có 2 em bị đánh chảy máu, hồ sơ đã chuyển công an')).toBe('at-risk')
  })
})

describe('a harm noun asked as a topic', () => {
  it.each(['bạo lực ở nơi công sở?', 'xâm hại trẻ em trên không gian mạng', 'tiêu chí ấp văn hóa có xét bạo lực gia đình không', 'tap huan ky nang ho tro nan nhan bao luc cho can bo co so'])('"%s" is a plan question', async (text) => {
    expect(await kind(text)).toBe('plan-question')
  })

  it('"nhân rộng địa chỉ tin cậy …" asks about the model, not for an address', async () => {
    expect(await kind('nhân rộng mô hình địa chỉ tin cậy ra các ấp thế nào')).toBe('plan-question')
    expect(await kind('địa chỉ tin cậy ở Phú Lộc ở đâu')).toBe('help-request')
  })

  it.each(['bị quấy rối nơi làm việc', 'sếp quấy rối em ở nơi làm việc', 'bạo lực', 'em sợ bạo lực lắm'])('"%s" keeps the emergency reply', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })
})

describe('students, journalists and researchers', () => {
  it.each([
    'Tôi là phóng viên, đang làm phóng sự về lừa bán phụ nữ qua biên giới, tỉnh nào có kế hoạch về việc này?',
    'mình là sinh viên, làm khóa luận về bạo lực tinh thần trong gia đình, xin tài liệu từ các kế hoạch',
    'em là nghiên cứu sinh, đề tài về xâm hại tình dục trẻ em ở vùng cao, cần số liệu các tỉnh',
    'Tôi là nhà báo, đang viết loạt bài về bắt cóc trẻ em qua biên giới. Kế hoạch tỉnh nào có nội dung phòng, chống mua bán trẻ em?',
  ])('"%s" is a plan question', async (text) => {
    expect(await kind(text)).toBe('plan-question')
  })

  it.each(['em là sinh viên, bị bạn trai đánh mấy lần rồi', 'mình là phóng viên nhưng đang bị chồng đe dọa giết', 'em là sv, bị thầy hướng dẫn sàm sỡ, em sợ lắm', 'tôi là phóng viên, đang viết loạt bài về bạo lực gia đình, tối qua chồng tôi đánh tôi'])('"%s" stays an emergency', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })
})

describe('harmless senses: a tow truck, a dismissal, civil-status papers, "tra cứu"', () => {
  it.each(['ô tô thủng lốp trên cao tốc, gọi cứu hộ số nào', 'xe tải bị hư giữa đèo, cứu hộ ở đâu', 'bị đuổi việc không lý do thì công ty phải bồi thường gì', 'giấy xác nhận tình trạng hôn nhân làm ở đâu', 'tra cứu điểm thi lớp 10 ở đâu'])('"%s" is declined, never the emergency reply', async (text) => {
    const reply = (await testAssistant()).ask(text)
    expect(reply.emergency ?? false).toBe(false)
    expect(await kind(text)).toBe('other')
  })

  it.each(['chồng đuổi em ra khỏi nhà lúc nửa đêm', 'cứu em với', 'chồng giữ hết giấy tờ, em muốn làm lại căn cước ở đâu'])('"%s" keeps the emergency reply', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })
})

describe('thanks, laughter, a first-time user; help by location or a confidential clinic', () => {
  it.each(['cảm ơn bot đã giải đáp, mình hiểu rồi', 'thank u 🙏', 'haha', 'thx bot nha'])('"%s" is small talk', async (text) => {
    expect(await kind(text)).toBe('greeting')
  })

  it('a first-time user asking what to ask is shown what the bot does', async () => {
    expect(await kind('chào bạn, cô mới dùng lần đầu, cô nên hỏi gì?')).toBe('command')
  })

  it.each(['share location dc k, kiếm chỗ hỗ trợ gần nhà', 'có bệnh viện nào khám kín cho nạn nhân bị xâm hại ở Huế không'])('"%s" gets the hotlines first', async (text) => {
    expect(await kind(text)).toBe('help-request')
    expect(await firstLines(text)).toMatch(/11[13]/)
  })
})

describe('a harm noun with a province and nothing else is a topic of that province’s plans', () => {
  it.each(['bạo lực gia đình Sóc Trăng', 'xam hai tre em binh dinh'])('"%s" gets the plans with the hotlines on top', async (text) => {
    expect(await kind(text)).toBe('plan-question')
    expect(await firstLines(text)).toMatch(/113/)
  })

  it.each(['chồng đánh em ở Sóc Trăng', 'bị xâm hại Bình Định', 'bạo lực'])('"%s" keeps the emergency reply', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })
})
