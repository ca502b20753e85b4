import { describe, expect, it } from 'vitest'
import { victimOf } from '../../../src/core/triage/person-cues.js'
import { readChatText } from '../../../src/core/triage/read-chat-text.js'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Classes found on the eighth independent set after its first measure (issue 9, round 6), and
// older people's and young brides' wordings the cues had missed on earlier sets. New wording throughout.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe('professionals telling a case from outside', () => {
  it.each([
    'Cán bộ phụ trách trẻ em phường: năm ngoái phường có 3 cháu bị bỏ bê, đã chuyển về trung tâm bảo trợ, báo cáo năm ghi vào mục nào',
    'Quý này có 5 chị em hội viên báo bị chồng lấy hết tiền, hội đã hỗ trợ vốn, có chính sách nào hỗ trợ thêm không',
    'Tôi là giáo viên chủ nhiệm, năm ngoái lớp có em bị bố đánh, trường đã phối hợp với xã giải quyết xong, giờ nên lồng ghép nội dung gì vào giờ sinh hoạt',
  ])('"%s" is not an emergency', async (text) => {
    expect(await kind(text)).not.toBe('at-risk')
  })

  it.each(['Tôi là tổ trưởng tổ dân phố, vừa có bà hàng xóm chạy sang nói cháu nội bị bố dượng đánh, giờ tôi làm gì', 'Tôi là trưởng thôn, hôm qua hai cháu gái trong thôn gọi về nói bị giữ giấy tờ bên kia biên giới, phải báo ai ngay'])('a live case keeps the emergency reply, whoever writes: "%s"', async (text) => {
    expect(await kind(text)).toBe('at-risk')
  })

  it('"để tôi" typed without marks is not "đè tôi"', () => {
    expect(victimOf(readChatText('gio huyen yeu cau bao cao chuyen de toi can trinh bay theo muc nao').sense)).toBeNull()
    expect(victimOf(readChatText('no de toi xuong giuong').sense)).toBe('self')
  })
})

describe('harms told plainly by older people and young brides', () => {
  it.each(['con trai đòi tiền không được là xô tôi ngã, chân tay bầm hết', 'lương hưu của mẹ tôi em dâu cầm hết, mẹ đi khám phải xin từng đồng', 'từ khi về làm dâu em không được ra chợ, không được có điện thoại riêng', 'cụ ông bên cạnh sống một mình, nằm mấy hôm không dậy được, con cái không về'])(
    '"%s" gets the emergency reply',
    async (text) => {
      expect(await kind(text)).toBe('at-risk')
    },
  )
})

describe('help asked in other words (held-out 9, danger misses only)', () => {
  it.each(['muốn xin lệnh cấm tiếp xúc với chồng cũ thì làm ở đâu', 'bạn trai em bị bố mẹ kỳ thị vì đồng tính, tìm hỗ trợ ở tổ chức nào'])('"%s" gets the hotlines first', async (text) => {
    expect(['at-risk', 'help-request']).toContain(await kind(text))
  })

  it('"… không thì cút" told by the one thrown out is an emergency', async () => {
    expect(await kind('nhà đứng tên mẹ chồng, bà nói tôi ở thì phải làm không công, không thì cút')).toBe('at-risk')
  })

  it.each(['hổng có gì, cảm ơn nha', 'danh may van ban tieng Khmer bang phan mem nao'])('"%s" is not an emergency', async (text) => {
    expect(await kind(text)).not.toBe('at-risk')
  })
})

describe('"nơi nhận" is a document\'s list of recipients', () => {
  it('"nơi nhận KH …" is a plan question, "nơi tiếp nhận trẻ …" a help request', async () => {
    expect(await kind('Huế 2020: nơi nhận KH BĐG gồm những ai?')).toBe('plan-question')
    expect(['at-risk', 'help-request']).toContain(await kind('nơi tiếp nhận trẻ em bị bỏ rơi ở Cần Thơ'))
  })
})

describe('a channel to report through', () => {
  it('"có trang web nào để phản ánh …" carries the hotlines in its first lines', async () => {
    const { testAssistant } = await import('../../helpers/test-assistant.js')
    const lines = (await testAssistant()).ask('có trang web nào để phản ánh bạo lực học đường không').text.split('\n').slice(0, 3).join('\n')
    expect(lines).toMatch(/11[13]/)
  })
})
