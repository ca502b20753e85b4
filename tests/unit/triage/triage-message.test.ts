import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readChatText } from '../../../src/core/triage/read-chat-text.js'
import { hotlineOrder, triageMessage } from '../../../src/core/triage/triage-message.js'
import { testAssistant } from '../../helpers/test-assistant.js'
import { testGlossary } from '../../helpers/load-test-content.js'

describe('triageMessage', () => {
  // The four messages from issue 9 that used to get "not found" or a plan sentence.
  it.each([
    ['cãi nhau xong anh ấy đập đầu em vào tường', 'physical'],
    ['bồ em giữ điện thoại không cho em đi đâu, em sợ', 'confinement'],
    ['chu e hay vao phong luc e ngu', 'sexual'],
    ['bị chồng cũ nhắn tin đòi xử', 'threat'],
  ])('"%s" is a person at risk (%s)', async (text, harm) => {
    const t = triageMessage(text, await testGlossary())
    expect(t.kind).toBe('at-risk')
    expect(t.harms).toContain(harm)
  })

  it.each(['Kế hoạch phòng, chống bạo lực gia đình của An Giang có hoạt động gì?', 'Chỉ tiêu giảm bạo lực trên cơ sở giới đến năm 2025?', 'Sở Văn hóa có nhiệm vụ gì trong phòng chống xâm hại trẻ em?', 'tuyen truyen phong chong quay roi tinh duc trong thang hanh dong'])(
    'an official\'s question about violence as a topic is a plan question: "%s"',
    async (text) => {
      expect(triageMessage(text, await testGlossary()).kind).toBe('plan-question')
    },
  )

  it('tells who is at risk: the writer, a child, someone else', () => {
    expect(triageMessage('chồng tôi đánh tôi').about).toBe('self')
    expect(triageMessage('con gái tôi 9 tuổi bị thầy giáo sờ soạng').about).toBe('child')
    expect(triageMessage('hàng xóm đánh vợ, tôi báo ai').about).toBe('other-person')
  })

  it('gives self-harm a line first and children 111 first', () => {
    const selfHarm = triageMessage('e ko muon song nua')
    expect(selfHarm.selfHarm).toBe(true)
    expect(hotlineOrder(selfHarm)[0]).toBe('115')
    expect(hotlineOrder(triageMessage('bố dượng đánh em gái tôi 8 tuổi'))[0]).toBe('111')
  })

  it('asks for a place or hotline without harm: help request; greetings and commands apart', () => {
    expect(triageMessage('cho tôi xin số đường dây nóng').kind).toBe('help-request')
    expect(triageMessage('xin chào').kind).toBe('greeting')
    expect(triageMessage('/start').kind).toBe('command')
    expect(triageMessage('Giá xăng hôm nay?').kind).toBe('other')
  })
})

describe('triageMessage on any input', () => {
  it('never throws and always decides', () => {
    const kinds = ['at-risk', 'help-request', 'plan-question', 'greeting', 'command', 'other']
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => kinds.includes(triageMessage(text).kind)),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(fc.array(fc.constantFrom('bị', 'đánh', 'tôi', 'ck', 'e', 'k', 'phòng', 'chống', 'sở', 'sợ', 'trẻ em', '15t', '!', ' '), { maxLength: 60 }), (words) => kinds.includes(triageMessage(words.join(' ')).kind)),
      { numRuns: 300 },
    )
  })
})

describe('readChatText', () => {
  it('expands teen spellings and ages', () => {
    expect(readChatText('ck e k cho e ve, e 15t').folded).toBe('chong em khong cho em ve em 15 tuoi')
    expect(readChatText('ny bt e o dau r, dc ko').folded).toBe('nguoi yeu biet em o dau roi duoc khong')
  })

  it('keeps the harmless meaning of a word typed with marks out of the harm reading', () => {
    expect(readChatText('đánh giá kết quả của Sở').sense).toBe('danh_ gia_ ket qua cua so_')
    expect(readChatText('tôi sợ chồng').sense).toBe('toi so chong')
    expect(readChatText('phòng, chống bạo lực').sense).toBe('phong chong_ bao luc')
    // Typed without marks it may mean either: kept, so a survivor is never missed for no marks.
    expect(readChatText('toi so chong').sense).toBe('toi so chong')
  })
})

describe('Assistant with triage', () => {
  it('answers a plan question about violence with the plan, not the emergency reply', async () => {
    const r = (await testAssistant()).ask('Kế hoạch phòng, chống bạo lực gia đình của An Giang có hoạt động gì?')
    expect(r.emergency).toBeFalsy()
    expect(r.text.split('\n')[0]).not.toMatch(/113/)
  })

  it('never answers a person at risk with "not found" or officials\' suggestions', async () => {
    const r = (await testAssistant()).ask('chu e hay vao phong luc e ngu')
    expect(r.emergency).toBe(true)
    expect(r.text).not.toContain('chưa tìm thấy thông tin')
    expect(r.buttons ?? []).toEqual([])
    expect(r.text.split('\n').slice(0, 3).join('\n')).toMatch(/111|113/)
    expect(r.text).toContain('không lưu tin nhắn')
  })

  it('puts the hotlines on top of a decline when a message about the writer names no harm it knows', async () => {
    const r = (await testAssistant()).ask('toi muon di theo me toi')
    expect(r.found).toBe(false)
    expect(r.emergency).toBeFalsy()
    expect(r.text.split('\n')[0]).toMatch(/113/)
    expect((await testAssistant()).ask('Giá xăng hôm nay?').text.split('\n')[0]).not.toMatch(/113/)
  })

  it('declines off-topic questions honestly, with the hotline line at the end for citizens only', async () => {
    const a = await testAssistant()
    for (const q of ['Giá xăng hôm nay?', 'thủ tục ly hôn cần giấy tờ gì?']) {
      const r = a.ask(q)
      expect(r.found).toBe(false)
      expect(r.citations).toEqual([])
      expect(r.text.split('\n').at(-1)).toMatch(/113/)
      expect(a.ask(q, { agency: 'Sở Nội vụ' }).text).not.toMatch(/113/)
    }
  })
})

describe('the safety reply', () => {
  it('gives self-harm 115 and 113 first, a caring sentence, and no number without a source', async () => {
    const r = (await testAssistant()).ask('tôi muốn chết cho xong')
    const lines = r.text.split('\n')
    expect(lines[0]).toMatch(/^☎ 115 /)
    expect(lines[1]).toMatch(/^☎ 113 /)
    expect(r.text).toContain('Bạn không một mình')
    const numbers = [...r.text.matchAll(/☎ ([\d ]+\d)/g)].map((m) => m[1])
    expect(numbers).toEqual(['115', '113', '111', '1900 969 680'])
  })

  it('gives a child 111 first', async () => {
    expect((await testAssistant()).ask('bố dượng đánh con gái tôi 8 tuổi').text.split('\n')[0]).toMatch(/^☎ 111 /)
  })

  it('never shows a person at risk a plan sentence, even from the province they named or chose', async () => {
    const a = await testAssistant()
    for (const [q, province] of [
      ['tôi bị chồng đánh, ở An Giang có chỗ nào không', null],
      ['tôi bị chồng đánh', 'Thừa Thiên Huế'],
    ] as const) {
      const r = a.ask(q, { province })
      expect(r.text).not.toContain('Kế hoạch của tỉnh')
      expect(r.citations).toEqual([])
    }
    // A province with no place in the directory is said so plainly.
    expect(a.ask('tôi bị chồng đánh, ở An Giang có chỗ nào không').text).toContain('chưa có địa chỉ tin cậy, nhà tạm lánh nào ở An Giang')
  })
})
