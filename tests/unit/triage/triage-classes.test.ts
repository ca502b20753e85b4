import { describe, expect, it } from 'vitest'
import { readChatText } from '../../../src/core/triage/read-chat-text.js'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'
import { testAssistant } from '../../helpers/test-assistant.js'

// Classes of messages an independent author wrote that the triage misread. Every example here is
// new wording of the class (none is copied from a held-out set); each class has controls that a
// person at risk must keep.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe('"chết" as an intensifier', () => {
  it.each(['trời lạnh muốn chết luôn', 'cười chết mất với clip này', 'chạy deadline mệt chết đi được', 'troi oi ret chet di duoc'])('"%s" is not self-harm', async (text) => {
    const t = triageMessage(text, await testGlossary())
    expect(t.kind).not.toBe('at-risk')
    expect(t.harms).not.toContain('self-harm')
  })

  it.each(['em mệt quá muốn chết', 'buồn muốn chết', 'chán đời muốn chết luôn', 'tức chết đi được, chồng lại đánh em rồi'])('"%s" stays a person at risk', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })
})

describe('a verb of hitting read by its object', () => {
  it('"đánh cờ", "đánh bài", "đá bóng" typed with marks are games, not violence', async () => {
    for (const text of ['Chồng tôi tối nào cũng đánh bài với bạn, có câu lạc bộ nào không', 'Ông nội tôi chiều nào cũng đánh cờ ở công viên', 'con tôi đá bóng ở sân xã']) {
      expect(await kind(text), text).not.toBe('at-risk')
    }
  })

  it('keeps the harm when the object is a person, or when "co" without marks may be "cổ"', async () => {
    expect(await kind('chồng đánh bài thua về đánh em')).toBe('at-risk')
    expect(await kind('chong toi danh co toi')).toBe('at-risk')
    // Unmarked "danh dau" may be "đánh đau" (beaten, it hurts): never read as "đánh dấu".
    expect(await kind('e bi danh dau qua troi')).toBe('at-risk')
  })
})

describe('the writer speaking for their unit, or asking politely', () => {
  it('"huyện mình bị đánh giá …", "cho mình hỏi …", "trả lời ngắn giúp em" are plan questions', async () => {
    expect(await kind('huyen minh bi danh gia chua dat chi tieu giam bao luc gia dinh can lam gi')).toBe('plan-question')
    expect(await kind('cho mình hỏi trẻ em gái dân tộc thiểu số bị tảo hôn thì kế hoạch hỗ trợ thế nào')).toBe('plan-question')
    expect(await kind('ubnd xa phai lam gi de phong chong xam hai tre em, tra loi ngan gon giup em')).toBe('plan-question')
  })

  it('a person at risk who asks politely or names their commune is still at risk', async () => {
    expect(await kind('xã tôi có ông hàng xóm đánh vợ')).toBe('at-risk')
    expect(await kind('cho em hỏi chồng em đánh em thì báo ai')).toBe('at-risk')
    expect(await kind('nhanh giúp em với')).toBe('at-risk')
  })
})

describe('an official introducing themself', () => {
  it('"tôi là giáo viên chủ nhiệm …" asking for material on a violence topic is a plan question', async () => {
    expect(await kind('Tôi là giáo viên chủ nhiệm, muốn tổ chức buổi ngoại khóa về xâm hại trẻ em cho học sinh, có tài liệu hướng dẫn nào của tỉnh không?')).toBe('plan-question')
    expect(await kind('Chào bạn, mình là chuyên viên phòng lao động huyện, muốn hỏi chỉ tiêu giảm bạo lực gia đình năm nay')).toBe('plan-question')
  })

  it('an official who reports an act done to a child, or whose partner is violent, is heard as at risk', async () => {
    expect(await kind('em là giáo viên, học sinh lớp em bị bố dượng đánh bầm tím')).toBe('at-risk')
    expect(await kind('em là vợ cán bộ xã, chồng em bạo lực')).toBe('at-risk')
  })
})

describe('asking where to get help, by structure', () => {
  it.each(['Chỗ nào ở Cần Thơ tư vấn pháp lý miễn phí cho phụ nữ bị bạo lực?', 'xin so dien thaoi cong an phuong', 'Ở Sóc Trăng có nơi nào nhận giúp nạn nhân bị xâm hại không'])('"%s" is a help request', async (text) => {
    expect(await kind(text)).toBe('help-request')
  })

  it('the same structure about what a plan assigns stays a plan question', async () => {
    expect(await kind('Theo kế hoạch, đơn vị nào tiếp nhận nạn nhân bạo lực gia đình?')).toBe('plan-question')
  })
})

describe('policy wording that used to sound like an alarm', () => {
  it('"biện pháp bảo vệ khẩn cấp" as a service, and "KH 12" as a document, are plan questions', async () => {
    expect(await kind('Kế hoạch có bố trí nhà tạm lánh và biện pháp bảo vệ khẩn cấp cho người bị mua bán trở về không?')).not.toBe('at-risk')
    expect(await kind('KH 12 có nhắc đến xâm hại trẻ em không')).toBe('plan-question')
    expect(readChatText('KH 12 có nói gì').folded).toBe('kh 12 co noi gi')
    expect(readChatText('ck e kh cho e ve').folded).toBe('chong em khong cho em ve')
  })

  it('a person asking for urgent help keeps the alarm', async () => {
    expect(await kind('em cần hỗ trợ khẩn cấp')).toBe('at-risk')
  })

  it('"bạo lực" naming a film or game genre is not violence', async () => {
    expect(await kind('game bạo lực nào đang hot')).toBe('other')
  })
})

describe('a neighbour who sees neglected children', () => {
  it.each(['Bên kia đường có bé trai tầm 6 tuổi ngày nào cũng lang thang xin ăn, bố mẹ bỏ đi biệt', 'mấy đứa nhỏ nhà bên gầy nhom, suốt ngày không ai trông'])('"%s" is a person at risk', async (text) => {
    const t = triageMessage(text, await testGlossary())
    expect(t.kind).toBe('at-risk')
    expect(t.harms).toContain('neglect')
  })
})

describe('small talk', () => {
  it.each(['cảm ơn bot nhé', 'chúc bạn ngủ ngon', 'có ai ở đó không', 'bạn có phải người thật không', 'tam biet ban nha'])('"%s" is greeted', async (text) => {
    expect(await kind(text)).toBe('greeting')
  })

  it('asking what the bot does after a hello is a command; a hello before harm is not small talk', async () => {
    expect(await kind('chào bạn, bot giúp được những việc gì')).toBe('command')
    expect(await kind('chào bạn, em bị chồng đánh')).toBe('at-risk')
    expect(await kind('cam on ban, toi bi nguoi yeu doa giet')).toBe('at-risk')
  })

  it('a greeting keeps the hotline line for citizens, not for officials', async () => {
    const a = await testAssistant()
    const citizen = a.ask('cảm ơn bạn nhé')
    expect(citizen.intent).toBe('greeting')
    expect(citizen.text.split('\n').at(-1)).toMatch(/113/)
    expect(a.ask('cảm ơn bạn nhé', { agency: 'Sở Nội vụ' }).text).not.toMatch(/113/)
  })
})

describe('harm told without the usual verbs', () => {
  it.each([
    ['hôm qua tụi nó pha gì vào ly nước cho em uống, em không nhớ gì, tỉnh dậy ở khách sạn', 'sexual'],
    ['bà chủ phòng trọ gắn camera trong phòng tắm chung', 'sexual'],
    ['vo cu nhan tin neu toi khong chuyen tien thi tuan sau anh trai co ay se toi chem toi', 'threat'],
    ['chồng giấu hết giấy tờ, em không ra khỏi nhà được', 'confinement'],
    ['bố chồng bán miếng ruộng bố mẹ đẻ để lại cho tôi', 'economic'],
    ['chủ quán nói phải trả đủ 30 triệu tiền nợ mới cho về quê', 'trafficking'],
    ['mình gom được nhiều thuốc ngủ rồi', 'self-harm'],
    ['người yêu cũ cứ đến tận chỗ em làm, em nói không muốn gặp nữa mà anh ta vẫn đến', 'stalking'],
  ])('"%s" is a person at risk (%s)', async (text, harm) => {
    const t = triageMessage(text, await testGlossary())
    expect(t.kind).toBe('at-risk')
    expect(t.harms).toContain(harm)
  })

  it('hiding with the children from someone coming home is an alarm', async () => {
    expect(await kind('cứ nghe tiếng ông ấy về là tôi bồng con chạy trốn sang nhà hàng xóm')).toBe('at-risk')
  })

  it('reads "CCCD" whole, and "bị" inside "chuẩn bị" is not suffering', async () => {
    expect(readChatText('giữ CCCD của em').folded).toBe('giu cccd cua em')
    expect(readChatText('cuuuu').folded).toBe('cuu')
    expect(await kind('tôi cần chuẩn bị giấy tờ gì để làm hộ chiếu')).not.toBe('at-risk')
  })

  it("the law's terms and everyday look-alikes stay out of the emergency reply", async () => {
    expect(await kind('Kế hoạch có chỉ tiêu giảm tảo hôn và cưỡng ép kết hôn ở vùng dân tộc thiểu số không?')).toBe('plan-question')
    for (const text of ['thu gom thuốc hết hạn ở đâu', 'bao giờ sẽ thanh toán tiền hỗ trợ', 'người lạ hỏi đường thì chỉ thế nào', 'làm đủ 1 năm mới được nghỉ việc không']) {
      expect(await kind(text), text).not.toBe('at-risk')
    }
  })
})

describe('a threat sent as a message', () => {
  it.each(['chồng cũ nhắn hình con dao kèm câu "cứ chờ đó", tối nay em ở nhà một mình', 'hắn gửi clip khẩu súng rồi bảo liệu hồn', 'ong ta nhan tin roi se biet tay tao', 'nó nhắn: mày chết với tao'])('"%s" is a person at risk', async (text) => {
    const t = triageMessage(text, await testGlossary())
    expect(t.kind).toBe('at-risk')
    expect(t.harms).toContain('threat')
  })

  it('being alone now makes it urgent', async () => {
    expect(triageMessage('nó gửi ảnh con dao cho em, em đang ở nhà một mình', await testGlossary()).urgent).toBe(true)
  })

  it('a knife photo the writer sends is not a threat to them', async () => {
    expect(await kind('mình gửi ảnh con dao mới mua cho chị xem')).not.toBe('at-risk')
    expect(await kind('nên mua dao inox hay dao thép')).not.toBe('at-risk')
  })
})

describe('a question about a hotline itself, or a safe place to stay', () => {
  it.each(['gọi 113 có mất cước không', 'đường dây nóng 1900 969 680 làm việc cả chủ nhật chứ', 'tổng đài quốc gia bảo vệ trẻ em có nhận cuộc gọi ban đêm không', 'mẹ con tôi cần chỗ ở tạm vài đêm ở Đà Nẵng', 'có nơi nào an toàn để em ngủ đêm nay không'])('"%s" gets the hotlines', async (text) => {
    expect(['help-request', 'at-risk']).toContain(await kind(text))
    const reply = (await testAssistant()).ask(text)
    expect(reply.text.split('\n').slice(0, 3).join('\n')).toMatch(/11[13]/)
  })

  it('a business line is off-topic: the service noun decides', async () => {
    for (const text of ['cho xin số tổng đài điện lực Hà Nội', 'hotline nhà mạng vinaphone là số mấy', 'so dien thoai cham soc khach hang shopee']) {
      expect(await kind(text), text).toBe('other')
    }
    // A person at risk who names a bank is still heard.
    expect(await kind('chồng giữ hết thẻ ngân hàng của em, em gọi tổng đài ngân hàng được không')).toBe('at-risk')
  })
})

describe("officials' shorthand and prevention phrasing", () => {
  it.each([
    'kpi giảm bl gđ của xã năm nay là bao nhiêu ạ, e mới nhận nhiệm vụ',
    'cho e xin chỉ tiêu pc bạo lực gia đình để làm báo cáo cho sếp',
    'đề án có hoạt động gì để trẻ em vùng cao tránh bị tảo hôn',
    'mô hình nào giúp nữ sinh khỏi bị dụ dỗ bán sang Trung Quốc',
    'kế hoạch có giao phường theo dõi các vụ bạo lực gia đình không, tôi là cán bộ văn hóa',
  ])('"%s" is a plan question', async (text) => {
    expect(await kind(text)).toBe('plan-question')
  })

  it('a person at risk who says "không bị" or "khỏi bị", or whose boss harms them, keeps the hotlines', async () => {
    expect(await kind('làm sao để em khỏi bị chồng đánh nữa')).toBe('at-risk')
    expect(await kind('em không bị đánh nhưng bị nhốt trong nhà')).toBe('at-risk')
    expect(await kind('sếp ép em đi nhà nghỉ, em phải nộp báo cáo cho sếp mỗi tối')).toBe('at-risk')
    expect(await kind('cô giáo đánh con em bầm tay')).toBe('at-risk')
  })
})

describe('harm words in idioms and in the news', () => {
  it.each(['có trò gì giết thời gian trên tàu không', 'phiên tòa xử vụ giết người ở Bình Phước có bản tin chưa', 'vụ án bảo mẫu bạo hành trẻ trên báo sáng nay đã xét xử xong chưa'])('"%s" is off-topic', async (text) => {
    expect(await kind(text)).toBe('other')
  })

  it('a case the writer is part of stays at risk', async () => {
    expect(await kind('vụ án con tôi bị xâm hại đã xét xử chưa, nó vẫn đe dọa nhà tôi')).toBe('at-risk')
    expect(await kind('tòa xử chồng tôi tội đánh tôi chưa')).toBe('at-risk')
  })
})

describe('small talk chained, and a first-time user', () => {
  it.each(['em ơi', 'ok, cảm ơn nha, mình rõ rồi', 'chào bạn, dạo này bạn khỏe không', 'thanks bot', 'ban co phai nguoi that khong z', 'bot là robot hả'])('"%s" is small talk', async (text) => {
    expect(await kind(text)).toBe('greeting')
  })

  it.each(['bác mới tải app, hướng dẫn bác với', 'ứng dụng này dùng như thế nào'])('"%s" asks to be guided', async (text) => {
    expect(await kind(text)).toBe('command')
  })

  it('small talk never hides a harm: "anh đá em", "bạn ơi cứu em"', async () => {
    expect(await kind('anh da em')).toBe('at-risk')
    expect(await kind('bạn ơi cứu em')).toBe('at-risk')
    expect(await kind('chào bạn, mình hiểu rồi, nhưng chồng mình lại đánh mình')).toBe('at-risk')
  })
})

describe('a personal message that names a province or a window is not a plan question', () => {
  it.each(['Tui bán tạp hóa ở Quảng Nam, có ông khách tuần nào cũng ghé nhìn tui hoài, giờ còn biết cả chỗ tui ở', 'có người đàn ông hay đứng ngoài cửa sổ nhìn e tắm, e sợ lắm'])('"%s" gets the hotlines in the first lines', async (text) => {
    const reply = (await testAssistant()).ask(text)
    expect(reply.text.split('\n').slice(0, 3).join('\n')).toMatch(/11[13]/)
  })

  it('a plan question with a province stays a plan question', async () => {
    expect(await kind('Quảng Nam có kế hoạch bình đẳng giới năm 2021 không?')).toBe('plan-question')
  })
})

describe("asking for a hotline or a service for victims, even in the plans' words", () => {
  it.each(['đường dây nóng chống bạo lực gia đình số mấy vậy', 'trung tâm hỗ trợ nạn nhân bị xâm hại ở Cà Mau', 'có tổng đài nào tư vấn cho nạn nhân mua bán người không'])('"%s" is a help request', async (text) => {
    expect(await kind(text)).toBe('help-request')
  })

  it.each(['Kế hoạch giao sở nào duy trì đường dây nóng?', 'Trung tâm công tác xã hội có nhiệm vụ gì trong kế hoạch An Giang?'])('"%s" stays a plan question', async (text) => {
    expect(await kind(text)).toBe('plan-question')
  })
})
