import { describe, expect, it } from 'vitest'
import { readChatText } from '../../../src/core/triage/read-chat-text.js'
import { readOfficialRegister } from '../../../src/core/triage/official-register.js'
import { testAssistant, vietnamDay } from '../../helpers/test-assistant.js'

// Officials recognised by the register they write in, not by listed questions. Every example is
// new wording of its class; each class has controls where the writer is also a person at risk.
const now = vietnamDay('2026-11-25')
const reply = async (text: string) => (await testAssistant()).ask(text, { now })
const emergency = async (text: string) => (await reply(text)).emergency === true

describe('a title bound to a unit, the writer introducing themself in it', () => {
  it.each([
    'tôi là cán bộ tư pháp thị trấn, kế hoạch có giao thị trấn tuyên truyền phòng chống bạo lực gia đình không',
    'mình làm công an phường, cần biết có chỉ tiêu về các vụ xâm hại trẻ em không',
    'Chào bot, tôi là phó chủ tịch UBND xã, xã vừa nhập từ ba xã cũ, cần làm kế hoạch phòng chống tảo hôn có những nhiệm vụ gì',
    'chi hội trưởng hội nông dân xóm phải làm gì trong tháng hành động phòng chống bạo lực',
    'em làm y tế thôn bản, các trường hợp nghi bị xâm hại đến trạm thì ghi sổ theo mẫu nào',
  ])('"%s" gets the plans, not the emergency reply', async (text) => {
    expect(await emergency(text)).toBe(false)
  })

  it('an official whose own partner or child is harmed gets the hotlines first', async () => {
    for (const text of ['tôi là cán bộ xã mà chồng tôi đánh tôi suốt, tôi phải làm sao', 'mình làm công an phường nhưng con gái mình bị người yêu cũ tung ảnh nóng', 'toi la truong ap, nha ben dang danh con chay mau, toi goi ai']) {
      const r = await reply(text)
      expect(r.emergency, text).toBe(true)
      expect(r.text.split('\n').slice(0, 3).join('\n'), text).toMatch(/11[13]/)
    }
  })
})

describe('paperwork given to the writer, and a task given to the bot', () => {
  it('"sếp bắt em làm báo cáo", "nhờ bot … giúp em" are an official at work', async () => {
    expect(await emergency('trưởng phòng bắt em soạn kế hoạch truyền thông phòng chống bạo lực gia đình, hạn khi nào')).toBe(false)
    expect(await emergency('nho bot tong hop cac nhiem vu phong chong xam hai tre em cua cap huyen trong ke hoach giup em')).toBe(false)
  })

  it('a boss who harms the writer, or a plea for help, stays an emergency', async () => {
    expect(await emergency('sếp bắt em ở lại phòng họp rồi sờ soạng em')).toBe(true)
    expect(await emergency('giúp em với, chồng em đang đánh em')).toBe(true)
  })
})

describe('cases counted, targets and short policy topics', () => {
  it.each(['xã có 3 vụ bạo lực gia đình quý này, báo cáo lên huyện theo mẫu nào', 'số trường hợp tảo hôn của xã phải báo cáo cho ai', 'chỉ tiêu giảm tảo hôn', 'giảm tảo hôn vùng đồng bào dân tộc', 'số tuyên truyền viên tại các thôn cần đạt tới 2026'])('"%s" is not an emergency', async (text) => {
    expect(await emergency(text)).toBe(false)
  })

  it('counted cases of an act named get the plans with the hotlines on top; the writer in it gets the emergency reply', async () => {
    const counted = await reply('thôn có 2 vụ chồng đánh vợ phải nhập viện năm nay, thống kê vào biểu mẫu nào')
    expect(counted.emergency).not.toBe(true)
    expect(counted.text.split('\n')[0]).toMatch(/113/)
    expect(await emergency('các vụ bạo lực ở nhà em ngày càng nặng, em phải làm gì')).toBe(true)
  })
})

describe('words that fold to a person or a cry', () => {
  it('"tảo hôn" is not "tao" (I), "cựu chiến binh" is not "cứu"', async () => {
    expect(await emergency('ket qua thuc hien chuong trinh phong chong tao hon nam 2025')).toBe(false)
    expect(await emergency('toi la chi hoi truong cuu chien binh, hoi co nhiem vu gi trong phong chong bao luc gia dinh')).toBe(false)
    expect(await emergency('cuu em voi chong em dang danh em')).toBe(true)
  })
})

describe('readOfficialRegister', () => {
  it('reads the plans\u2019 own word pairs from the loaded index, weighted by how many plans share them', async () => {
    const { vocabulary } = (await testAssistant()).knowledge
    const official = readOfficialRegister(readChatText('kế hoạch triển khai tuyên truyền bình đẳng giới'), vocabulary)
    const personal = readOfficialRegister(readChatText('chồng em say rượu về la hét'), vocabulary)
    expect(official.planVocabulary).toBeGreaterThan(1)
    expect(personal.planVocabulary).toBe(0)
    expect(readOfficialRegister(readChatText('kế hoạch triển khai tuyên truyền bình đẳng giới')).planVocabulary).toBe(0)
  })

  it('"số vụ" typed with marks is counted cases; unmarked "so vu" may be "sờ vú" and is not', () => {
    expect(readOfficialRegister(readChatText('số vụ năm nay')).aggregate).toBe(true)
    expect(readOfficialRegister(readChatText('no so vu em')).aggregate).toBe(false)
  })
})
