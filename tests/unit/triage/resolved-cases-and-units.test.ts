import { describe, expect, it } from 'vitest'
import { readChatText } from '../../../src/core/triage/read-chat-text.js'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Classes found on the tenth independent set after its first measure (issue 9, round 10). Every
// example is new wording of its class, with controls a person at risk must keep.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe('a case told from outside as ended, then a question about the unit’s work', () => {
  it.each([
    // The person is well again, back at school, discharged; the unit acted; then what the unit may, must or can do.
    'Tôi là y sĩ trạm y tế phường, tháng trước có một chị bị chồng đánh gãy tay đến băng bó, nay chị đã khỏe và về nhà ngoại. Trạm có bắt buộc lưu riêng ca này không?',
    'Trường chúng tôi có một em lớp 4 bị bạn cùng lớp đánh hội đồng, nhà trường đã xử lý và em vẫn đi học bình thường. Có tập huấn nào về bạo lực học đường cho giáo viên chủ nhiệm không?',
    'Hội phụ nữ xã vừa hỗ trợ đón một chị bị lừa bán sang biên giới trở về. Chị muốn học nghề may thì có chương trình nào ưu tiên không?',
    'Ông cụ ở xóm sống một mình bị ngã gãy chân, đã được đưa vào bệnh viện huyện, nay đã xuất viện. Người cao tuổi neo đơn như vậy có được hưởng trợ cấp gì không?',
    'Đội công tác xã hội chúng tôi vừa phối hợp giải cứu 3 em gái bị ép tiếp khách ở quán karaoke, đã bàn giao cho công an huyện. Đơn vị nào cấp kinh phí cho các em học nghề?',
  ])('"%s" is not an emergency', async (text) => {
    expect(await kind(text)).not.toBe('at-risk')
  })

  it.each([
    'năm ngoái em bị chồng đánh phải nhập viện, đã ly hôn rồi mà giờ anh ta vẫn đến chửi bới, em có được xin lệnh cấm không',
    'con gái tôi năm ngoái bị thầy giáo sờ mó, trường đã xử lý, nay cháu đã đi học lại nhưng tối nào cũng khóc, có chương trình tư vấn nào không',
    'chị hàng xóm bị chồng đánh, xã đã hòa giải xong nhưng tối qua anh ta lại đánh, tôi có nên báo công an không',
    'em đã ly hôn rồi nhưng chồng cũ nhắn tin dọa giết em, em có được công an bảo vệ không',
    'em đã được đưa vào viện vì chồng đánh gãy tay, ra viện rồi em có được ở nhà tạm lánh không',
    'tháng trước có một người lạ theo em về tận phòng trọ, em có nên báo công an không',
    'chị hàng xóm bị chồng đánh ngất, đã được đưa vào viện, chị ấy có được ở nhà tạm lánh không',
    'thầy giáo sờ mó học sinh lớp tôi, nhà trường đã mời phụ huynh lên làm việc, tụi em có được đổi lớp không',
  ])('the writer, their own people or a harm going on keep the emergency reply: "%s"', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })
})

describe('self-harm told as a handled case or measured in a population', () => {
  it.each(['Năm ngoái ký túc xá trường tôi có một sinh viên uống thuốc ngủ tự tử, được cấp cứu kịp, nay em đã đi học lại. Trường muốn mở phòng tham vấn tâm lý thì cần thủ tục gì?', 'tỷ lệ tự tử của nông dân vùng hạn mặn', 'dấu hiệu cảnh báo tự tử ở người cao tuổi sống neo đơn'])(
    '"%s" is a plan question with the hotlines on top',
    async (text) => {
      const triage = triageMessage(text, await testGlossary())
      expect(triage.kind).toBe('plan-question')
      expect(triage.doubt).toBe(true)
    },
  )

  it.each(['bạn thân tôi từng uống thuốc ngủ, được cấp cứu kịp, dạo này lại nói muốn chết, trường có chỗ tư vấn nào không', 'năm ngoái em tự tử một lần, được cứu kịp, giờ em lại nghĩ tới chuyện đó, có chương trình nào giúp không', 'cho xin số đường dây nóng phòng chống tự tử'])(
    '"%s" keeps the hotlines first',
    async (text) => {
      expect(['at-risk', 'help-request']).toContain(await kind(text))
    },
  )
})

describe('words that fold onto harm or onto the writer', () => {
  it('"bản tôi" typed with marks is the writer’s village, not "bắn tôi" or "bạn tôi"', async () => {
    expect(readChatText('Chi hội phụ nữ bản tôi muốn lập nhóm').sense).toContain('ban_ toi_')
    expect(await kind('Chi hội phụ nữ bản tôi muốn lập nhóm phòng chống bạo lực gia đình, cần những thủ tục gì')).not.toBe('at-risk')
    expect(readChatText('bạn tôi bị đánh').sense).toContain('ban toi')
  })

  it('"trường tôi" is a teacher’s school: a colleague harmed there is still someone at risk', async () => {
    expect(await kind('Một thầy giáo trường tôi từng bị phụ huynh hành hung, nay đã ổn, trường có nên mời thầy chia sẻ kinh nghiệm không?')).not.toBe('at-risk')
    expect(await kind('Cô giáo dạy văn trường tôi bị một người lạ theo đến tận phòng trọ, tối nào hắn cũng ngồi trước cửa')).toBe('at-risk')
  })

  it('"đáng sợ" typed with marks is not "đang sợ"', async () => {
    expect(await kind('Giáo viên mầm non hỏi: kể chuyện về phòng cháy cho trẻ thế nào để các cháu không thấy đáng sợ?')).not.toBe('at-risk')
    expect(await kind('dang so lam, chong em dang dap cua')).toBe('at-risk')
  })

  it('a rescue done by a unit or of people counted is not a plea; "giải cứu em" still is', async () => {
    expect(readChatText('đồn biên phòng giải cứu 5 người ở cửa khẩu').sense).toContain('giai cuu_')
    expect(await kind('làm ơn giải cứu tôi, tôi bị nhốt trong xưởng may')).toBe('at-risk')
  })

  it('"tháng vừa rồi" is last month, not just now', () => {
    expect(readChatText('tháng vừa rồi xã có hai vụ').sense).toContain('vua_')
    expect(readChatText('chồng em vừa đánh em').sense).toContain('vua danh')
  })

  it('"nội trú" (boarding) is no shelter asked for, "ở đâu" (where) no pain; someone chained up is at risk', async () => {
    expect(await kind('Cháu tôi làm mất thẻ học sinh nội trú, xin cấp lại ở đâu')).toBe('other')
    expect(await kind('chú tôi bị bệnh, nhà xích chú ở góc chuồng trâu mấy tháng nay')).toBe('at-risk')
  })

  it('"một mình" (alone) is not the writer; an old person alone without food is at risk', async () => {
    expect(await kind('ông ở một mình, con cái đi làm ăn xa không về, ông hết gạo mấy hôm rồi')).toBe('at-risk')
    expect(await kind('em ở nhà một mình, bố dượng say rượu về đập cửa phòng em')).toBe('at-risk')
  })
})
