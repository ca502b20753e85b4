import { describe, expect, it } from 'vitest'
import { answerTypeOf, replyHasType } from '../../../src/core/answers/answer-type.js'
import { findDocumentNumbers } from '../../../src/core/answers/find-document-numbers.js'
import { unmarkedFunctionWords, VietnameseAnalyzer } from '../../../src/core/text/analyze-vietnamese.js'
import { testGlossary } from '../../helpers/load-test-content.js'
import { testAssistant } from '../../helpers/test-assistant.js'

const first = (text: string) => text.split('\n')[0]!

describe('yes/no over document details is decided from the facts', () => {
  it('recipients: Có when the list names what was asked (abbreviations and agencies written out), Không otherwise', async () => {
    const a = await testAssistant()
    const yes = a.ask('Kế hoạch BĐG năm 2020 của Huế có gửi Bộ Lao động không?')
    expect(first(yes.text)).toMatch(/^Có\. Nơi nhận: .*Bộ Lao động - TB&XH/)
    expect(yes.citations[0]).toMatchObject({ province: 'Thừa Thiên Huế', section: 'recipients' })
    expect(first(a.ask('Công văn Thanh Hóa có gửi báo cáo UBND tỉnh không?').text)).toMatch(/^Có\. Kính gửi: /)
    expect(a.ask('Công văn Thanh Hóa có gửi báo cáo UBND tỉnh không?').text).toContain('UBND tỉnh (để báo cáo)')
    expect(first(a.ask('KH-SNV Bình Định năm 2022 có gửi Sở LĐTBXH không?').text)).toMatch(/^Có\. /)
    expect(first(a.ask('Kế hoạch 461/KH-STC có gửi UBND tỉnh không?').text)).toBe('Không. Nơi nhận: Các đơn vị thuộc Sở; Ban Giám đốc; Công đoàn cơ sở.')
  })

  it('"gửi <chức danh> nào" lists the recipients with the names they carry', async () => {
    expect((await testAssistant()).ask('KH bình đẳng giới 2020 Thừa Thiên Huế gửi phó chủ tịch nào?').text).toContain('PCT Nguyễn Dung')
  })

  it('legal bases: a cited number is looked for in the plan that cites it', async () => {
    const a = await testAssistant()
    const r = a.ask('Kế hoạch của Sở Nội vụ Bình Định có căn cứ Nghị quyết 28/NQ-CP không?')
    expect(first(r.text)).toBe('Có. Căn cứ:')
    expect(r.citations[0]).toMatchObject({ province: 'Bình Định', section: 'preamble' })
    expect(first(a.ask('Kế hoạch 461 có căn cứ Nghị quyết 28/NQ-CP không?').text)).toMatch(/^Không\. /)
  })

  it('signer: the name asked is compared with the signer', async () => {
    const a = await testAssistant()
    expect(first(a.ask('kh 67 an giang co phai do ong Le Van Phuoc ky khong').text)).toMatch(/^Có\. Người ký: Lê Văn Phước/)
    expect(first(a.ask('Kế hoạch 67 có phải do ông Lê Minh Tuấn ký không?').text)).toMatch(/^Không\. Người ký: Lê Văn Phước/)
  })

  it('coverage: a year is answered from the years the plan is about', async () => {
    const r = (await testAssistant()).ask('Kế hoạch BĐG của Sở Nội vụ Bình Định có áp dụng cho năm 2024 không?')
    expect(first(r.text)).toMatch(/^Có\. Áp dụng cho: .*2021–2030/)
  })
})

describe('signer and position by name', () => {
  it("a signer's name chooses the documents they signed", async () => {
    const a = await testAssistant()
    const r = a.ask('Bà/ông Lê Minh Hành ký văn bản với tư cách gì?')
    expect(first(r.text)).toBe('Người ký: Lê Minh Hành, Phó Giám đốc (KT. Giám đốc).')
    expect(r.citations[0]?.province).toBe('Thanh Hóa')
    const which = a.ask('Ông Lê Văn Phước ký kế hoạch nào?')
    expect(which.text).toContain('Số hiệu: 67/KH-UBND.')
  })
})

describe('due dates the plans do not set', () => {
  it('a report deadline is never answered by a target, an inspection cycle or the Action Month', async () => {
    const a = await testAssistant()
    for (const q of ['Sở Nội vụ Bình Định phải nộp báo cáo kết quả thực hiện kế hoạch BĐG trước ngày nào?', 'Hạn báo cáo 6 tháng về BĐG của Sở Tài chính Sóc Trăng năm 2020 là ngày nào?', 'Hạn gửi kế hoạch BĐG năm 2021 về Sở LĐTBXH Thanh Hóa là ngày nào?']) {
      const r = a.ask(q)
      expect(r.found, q).toBe(false)
      expect(first(r.text), q).toMatch(/không ghi hạn nộp/)
    }
    // A plan that sets the date still answers it.
    expect(first(a.ask('Hạn gửi kế hoạch triển khai ở An Giang?').text)).toMatch(/^Trước ngày 25\/3\/2021/)
  })
})

describe('amounts the plans do not state', () => {
  it('says the amount is not stated, then what the plan says about money — never a figure for another level', async () => {
    const a = await testAssistant()
    const unit = a.ask('Hội LHPN An Giang được cấp bao nhiêu kinh phí năm 2021?')
    expect(unit.found).toBe(false)
    expect(first(unit.text)).toBe('Kế hoạch không nêu số tiền cụ thể cho Hội Liên hiệp Phụ nữ tỉnh.')
    expect(unit.text).toContain('Kế hoạch chỉ nêu mức chi')
    const sources = a.ask('Mỗi xã ở Thừa Thiên Huế được cấp bao nhiêu tiền cho bình đẳng giới năm 2020?')
    expect(sources.found).toBe(false)
    expect(sources.text.split('\n')[1]).toMatch(/^Về kinh phí, kế hoạch ghi: Ngân sách Trung ương hỗ trợ/)
    expect(sources.citations[0]).toMatchObject({ province: 'Thừa Thiên Huế', section: 'III' })
    // The level asked is stated: its figure.
    const level = a.ask('Cơ quan cấp tỉnh ở An Giang được bố trí bao nhiêu kinh phí cho BĐG mỗi năm?')
    expect(first(level.text)).toMatch(/20 triệu đến 30 triệu/)
  })
})

describe('plan overviews from the section tree', () => {
  it('counts the parts and shows what each holds', async () => {
    const a = await testAssistant()
    const r = a.ask('Cho mình xin tổng quan kế hoạch bình đẳng giới năm 2020 của Huế với, ngắn gọn thôi nha')
    expect(first(r.text)).toMatch(/gồm 5 phần:$/)
    expect(r.text).toMatch(/• II\. Nội dung: .*Tổ chức Tháng hành động/)
    expect(a.ask('Kế hoạch Bình Định có mấy phần?').text).toMatch(/gồm 4 phần:[\s\S]*• IV\. Tổ chức thực hiện: .*Phòng Công chức, viên chức/)
  })
})

describe('cooperation', () => {
  it("answers from the agency's own duties first, then the units that work with it", async () => {
    const a = await testAssistant()
    const r = a.ask('Văn phòng Sở Nội vụ Bình Định phối hợp với ai?')
    expect(first(r.text)).toBe('Văn phòng Sở: Phối hợp với Phòng Công chức, viên chức theo dõi, tổ chức triển khai thực hiện Kế hoạch.')
    expect(r.text).toContain('Các đơn vị phối hợp với Văn phòng Sở:\n• Phòng Công chức, viên chức:')
    expect(r.citations.map((c) => c.section)).toEqual(['IV.3', 'IV.3', 'IV.2'])
    const front = a.ask('Mặt trận Tổ quốc tỉnh An Giang phối hợp thế nào trong KH 67/2021?')
    expect(front.text).toContain('vận động các tầng lớp nhân dân')
    expect(front.citations[0]).toMatchObject({ province: 'An Giang', section: 'IV.9' })
  })

  it('"KH 67/2021" is plan 67 of 2021', () => {
    expect(findDocumentNumbers('KH 67/2021').map((n) => n.number)).toEqual(['67'])
  })
})

describe('abbreviations from the glossary', () => {
  it('short province forms count only after an agency or "tỉnh/ở/tại/của"', async () => {
    const g = await testGlossary()
    const names = (q: string) => g.findProvinces(q, true).map((m) => m.value.name)
    expect(names('SNV BĐ bao nhiêu % lãnh đạo chủ chốt nữ')).toEqual(['Bình Định'])
    expect(names('Sở GD&ĐT AG tổ chức nói chuyện ở đâu')).toEqual(['An Giang'])
    expect(names('Sở TN&MT ST có nhiệm vụ gì')).toEqual(['Sóc Trăng'])
    expect(names('TH này thì sao')).toEqual([])
    expect(names('Báo, Đài PT-TH Huế phối hợp thế nào')).toEqual(['Thừa Thiên Huế'])
    // Documents are parsed without them.
    expect(g.findProvinces('Sở Tư pháp AG').map((m) => m.value.name)).toEqual([])
  })

  it('agency short forms resolve through the glossary', async () => {
    const a = await testAssistant()
    const r = a.ask('Sở VH-TT-DL An Giang phải làm gì về BĐG?')
    expect(r.citations[0]).toMatchObject({ province: 'An Giang', section: 'IV.8' })
    expect(a.ask('Sở KH-ĐT TTH phải góp phần đạt chỉ tiêu nào?').text).toContain('chỉ tiêu 2 của mục tiêu 2')
  })
})

describe('who-questions answered from a plain sentence', () => {
  // Known gap (left open in issue 10): the answering passage here spans two sentences ("… nữ đại biểu
  // HĐND các cấp. Đặc biệt … nhiệm kỳ 2021-2026"), and clause ranking scores each sentence alone, so
  // another agency's one-sentence duty covering more of the words ranks first.
  it.todo('name the agency whose section holds the sentence, when the answer spans two sentences')
  it.skip('name the agency whose section holds the sentence', async () => {
    const r = (await testAssistant()).ask('co quan nao o an giang to chuc tap huan cho nu ung cu dai bieu HDND nhiem ky 2021-2026')
    expect(first(r.text)).toMatch(/^Sở Nội vụ: /)
    expect(r.citations[0]).toMatchObject({ province: 'An Giang', section: 'IV.4' })
  })
})

describe('"gửi <title of up to four words> nào"', () => {
  it('is a question about the recipients', async () => {
    expect((await testAssistant()).ask('Kế hoạch BĐG Huế 2020 gửi lãnh đạo UBND tỉnh nào?').text).toContain('PCT Nguyễn Dung')
  })
})

describe('"bao nhiêu" is answered only by a quantity', () => {
  it('numbers that name something (years, terms, document and phone numbers) are no amount', () => {
    expect(replyHasType('Tuyên truyền hướng tới bầu cử đại biểu Quốc hội Khóa XV và HĐND nhiệm kỳ 2021 - 2026.', 'amount')).toBe(false)
    expect(replyHasType('Theo Kế hoạch 67/KH-UBND, liên hệ 0373.725.604 trước ngày 25/3/2021.', 'amount')).toBe(false)
    expect(replyHasType('Mức hỗ trợ từ 20 triệu đến 30 triệu đồng/năm.', 'amount')).toBe(true)
    // "năm" is a year far more often than "five": "hằng năm" states no amount.
    expect(replyHasType('Hằng năm tổ chức tuyên truyền về bình đẳng giới.', 'amount')).toBe(false)
    expect(replyHasType('Phấn đấu đến năm 2025 đạt 60% cơ quan có lãnh đạo chủ chốt là nữ.', 'amount')).toBe(true)
  })

  it('a count the plans do not give gets an honest not-found; "ngày bao nhiêu" still asks for a date', async () => {
    const a = await testAssistant()
    expect(a.ask('An Giang có bao nhiêu nữ đại biểu Quốc hội khóa XV?').found).toBe(false)
    expect(answerTypeOf('Kế hoạch 67/KH-UBND ký ngày bao nhiêu?').type).toBe('date')
    expect(a.ask('Kế hoạch 67/KH-UBND của An Giang ký ngày bao nhiêu?').text).toContain('08/02/2021')
  })
})

describe('function words typed without marks weigh nothing', () => {
  it('"ve" for "về" and "len tren" do not sink the passage that answers', async () => {
    const a = await testAssistant()
    const halfYear = a.ask('bao cao nua nam ve binh dang gioi cua xa o An Giang phai gui ve tren truoc hom nao')
    expect(halfYear.text).toContain('10/6/2021')
    expect(halfYear.citations[0]).toMatchObject({ province: 'An Giang', section: 'V.1' })
    expect(a.ask('bao cao ca nam ve binh dang gioi cua huyen o An Giang gui len tren khi nao').text).toContain('15/11/2021')
    const minorities = a.ask('toi muon biet ve viec tuyen truyen cho dong bao dan toc o An Giang')
    expect(minorities.found).toBe(true)
    expect(minorities.text).toMatch(/dân tộc/)
  })

  it('an unmarked spelling that makes a plan phrase with its neighbour is still a word ("bao ve", "co quan")', async () => {
    const glossary = await testGlossary()
    const analyzer = new VietnameseAnalyzer(glossary.abbreviations)
    const known = new Set(['bao_ve', 'co_quan'])
    const words = (q: string) => unmarkedFunctionWords(analyzer.tokens(q), (t) => known.has(t))
    expect(words('gui bao cao ve tinh la ngay nao')).toEqual(new Set(['ve', 'la']))
    expect(words('bao ve khan cap cho tre em')).toEqual(new Set())
    expect(words('co quan nao co trach nhiem')).toEqual(new Set())
    // Written with its marks, the word is the user's: never dropped.
    expect(words('vé xe về quê')).toEqual(new Set())
  })
})

describe('"ai là giám đốc …" is answered by a person, not a title-cased unit', () => {
  it('a unit name in title case is no person', () => {
    expect(replyHasType('Giao Phòng Quản lý Ngân sách tham mưu cho Ban Giám đốc Sở.', 'person')).toBe(false)
    expect(replyHasType('Người ký: Lê Văn Phước, Phó Chủ tịch.', 'person')).toBe(true)
    expect(replyHasType('Kính gửi: PCT Nguyễn Dung.', 'person')).toBe(true)
  })

  it('the director of a department the plans do not name is not found', async () => {
    const a = await testAssistant()
    for (const q of ['ai la giam doc so xay dung soc trang', 'Ai đang là giám đốc Sở Công Thương Sóc Trăng?']) expect(a.ask(q).found).toBe(false)
  })
})
