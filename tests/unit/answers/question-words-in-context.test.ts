import { describe, expect, it } from 'vitest'
import { answerTypeOf } from '../../../src/core/answers/answer-type.js'
import { testGlossary } from '../../helpers/load-test-content.js'
import { testAssistant } from '../../helpers/test-assistant.js'

const first = (text: string) => text.split('\n')[0]!

describe('"so nao" typed without marks is read by the word before it', () => {
  it('after a document or phone word it asks for a number, elsewhere for a department', () => {
    expect(answerTypeOf('giang day ve gioi tinh cho hoc sinh o an giang do so nao phu trach').underlying).toBe('agency')
    expect(answerTypeOf('an giang: so nao lo giang day ve gioi tinh cho hoc sinh').underlying).toBe('agency')
    expect(answerTypeOf('an giang trien khai theo ke hoach so nao').underlying).toBe('document')
    expect(answerTypeOf('muon hoi ve bdg thi goi so nao').underlying).toBe('document')
  })

  it('an unmarked who-question names the department whose task answers it', async () => {
    const r = (await testAssistant()).ask('an giang: so nao lo ra soat thong ke cac chi tieu thuoc nganh giao duc ve bdg')
    expect(first(r.text)).toMatch(/^Sở Giáo dục và Đào tạo: /)
    expect(r.citations[0]).toMatchObject({ province: 'An Giang', section: 'IV.6' })
  })
})

describe('nouns naming an amount do not outrank the question phrase', () => {
  it('"tỷ lệ", "mức chi" decide only when nothing else is asked', () => {
    expect(answerTypeOf('Cơ quan nào ở An Giang theo dõi tỷ lệ phụ nữ kết hôn với người nước ngoài?').underlying).toBe('agency')
    expect(answerTypeOf('Mức chi cho công tác bình đẳng giới lấy theo thông tư nào?').underlying).toBe('document')
    expect(answerTypeOf('Mức chi cho công tác bình đẳng giới lấy theo TT nào?').underlying).toBe('document')
    expect(answerTypeOf('Tỷ lệ nữ lãnh đạo chủ chốt năm 2025?').underlying).toBe('amount')
  })

  it('an agency question mentioning a rate gets the agency', async () => {
    const r = (await testAssistant()).ask('o an giang co quan nao bao cao dinh ky ty le phu nu ket hon voi nguoi nuoc ngoai')
    expect(first(r.text)).toMatch(/^Sở Tư pháp: /)
  })
})

describe("a province's short form in capitals opening the question names it", () => {
  it('"AG: …", "ST: …" scope the answer to that province; lower case or mid-sentence they do not', async () => {
    const g = await testGlossary()
    expect(g.findProvinces('AG: Sở Giáo dục phải làm gì về BĐG?', true).map((m) => m.value.name)).toEqual(['An Giang'])
    expect(g.findProvinces('KH BĐ năm 2022 có mấy phần?', true).map((m) => m.value.name)).toEqual(['Bình Định'])
    expect(g.findProvinces('st: tra cứu nhanh', true)).toEqual([])
    expect(g.findProvinces('TH đó xử lý ra sao?', true)).toEqual([])
    expect(g.findProvinces('Phòng nào lo việc ST đề ra?', true)).toEqual([])
    const r = (await testAssistant()).ask('AG: Sở Giáo dục phải làm gì về BĐG?')
    expect(r.citations[0]).toMatchObject({ province: 'An Giang', section: 'IV.6' })
  })
})

describe('money questions that ask for something other than a figure', () => {
  it('where the money is put or who budgets it is answered from the funding section, not with the figures', async () => {
    const a = await testAssistant()
    const where = a.ask('An Giang: nguồn kinh phí BĐG được cơ quan tài chính bố trí trong đâu?')
    expect(first(where.text)).toContain('dự toán ngân sách của địa phương')
    expect(where.citations[0]).toMatchObject({ province: 'An Giang', section: 'III' })
    const own = a.ask('Kinh phí BĐG ở An Giang có phải do các đơn vị tự lập dự toán không?')
    expect(first(own.text)).toMatch(/^Có\. /)
    expect(first(own.text)).toContain('dự toán kinh phí vào hoạt động của đơn vị mình')
    expect(first(a.ask('Thanh Hóa: tiền cho công tác bình đẳng giới trích từ đâu?').text)).toContain('ngân sách của đơn vị, địa phương')
  })

  it('a figure is still answered with the figures, and an agency asked what it does with money gets its tasks', async () => {
    const a = await testAssistant()
    expect(first(a.ask('Kinh phí BĐG của An Giang?').text)).toContain('triệu đồng/năm')
    const tasks = a.ask('Sở Tài chính Huế phải làm gì với kinh phí BĐG?')
    expect(first(tasks.text)).toBe('Nhiệm vụ của Sở Tài chính:')
    expect(tasks.citations[0]).toMatchObject({ province: 'Thừa Thiên Huế', section: 'IV.4' })
  })
})

describe('whether a document still applies in a year, asked without "có"', () => {
  it('"còn … không", "… được không" are yes/no questions', () => {
    expect(answerTypeOf('kế hoạch này còn hiệu lực không').type).toBe('yes-no')
    expect(answerTypeOf('văn bản đó dùng tiếp được không?').type).toBe('yes-no')
  })

  it('is answered Có/Không from the years the document is about, written as a year or a period', async () => {
    const a = await testAssistant()
    expect(first(a.ask('Công văn BĐG của Thanh Hóa năm 2023 còn hiệu lực không?').text)).toBe('Có. Áp dụng cho: năm 2020, năm 2021, giai đoạn 2021–2023.')
    expect(first(a.ask('KH 461 Sóc Trăng dùng cho năm 2023 được không?').text)).toBe('Không. Áp dụng cho: năm 2020.')
    expect(first(a.ask('kế hoạch bdg của huế sang năm 2021 còn liên quan không').text)).toMatch(/^Không\. Áp dụng cho: năm 2020/)
  })
})

describe('the number of a decision or circular a plan cites', () => {
  it('"<kind> số mấy" about plans of another kind answers with the cited document, not the plan\'s own number', async () => {
    const a = await testAssistant()
    const strategy = a.ask('Chiến lược quốc gia về BĐG giai đoạn 2021-2030 mà Sở Nội vụ Bình Định căn cứ là nghị quyết số mấy?')
    expect(first(strategy.text)).toMatch(/^Nghị quyết số 28\/NQ-CP /)
    expect(strategy.citations[0]?.province).toBe('Bình Định')
    expect(first(a.ask('Thông tư hướng dẫn quản lý kinh phí BĐG mà An Giang áp dụng là TT số mấy?').text)).toMatch(/^Thông tư số 191\/2009\/TT-BTC /)
    // The plan's own number is still its own.
    expect(first(a.ask('Kế hoạch BĐG của An Giang số mấy?').text)).toBe('Số hiệu: 67/KH-UBND.')
  })
})

describe('the year asked is taken out of the search, a period ending in it is not', () => {
  it('"kế hoạch 2020 … giai đoạn 2011-2020" still finds the task about that period', async () => {
    const r = (await testAssistant()).ask('Trong kế hoạch 2020, Huế giao đơn vị nào tổng kết 10 năm chiến lược bình đẳng giới 2011-2020?')
    expect(first(r.text)).toMatch(/^Sở Lao động - Thương binh và Xã hội: .*2011-2020/)
    expect(r.citations[0]).toMatchObject({ province: 'Thừa Thiên Huế' })
  })
})

describe('asking for the parts of a plan in other words', () => {
  it('"có những mục chính nào", "gồm những phần chính nào" get the outline', async () => {
    const a = await testAssistant()
    expect(first(a.ask('Kế hoạch BĐG Bình Định có những mục chính nào?').text)).toMatch(/gồm 4 phần:$/)
    expect(first(a.ask('KH 461 gồm những phần chính nào').text)).toMatch(/gồm 3 phần:$/)
  })
})

describe('a who-question naming a kind of unit', () => {
  it('"báo nào", "cơ quan báo chí nào" are answered by a newspaper or a radio station', async () => {
    const r = (await testAssistant()).ask('An Giang: tờ báo nào được giao cảnh báo xã hội về tình trạng bạo lực gia đình')
    // Violence named as a topic puts the hotline line on top; the answer follows.
    const answer = r.text.split('\n').find((l) => !l.startsWith('Nếu bạn'))!
    expect(answer).toMatch(/^(Báo|Đài)(?!\p{L})/u)
    expect(r.citations[0]).toMatchObject({ province: 'An Giang', section: 'IV.12' })
  })

  it('"đơn vị … là ngày nào" still asks for a date', () => {
    expect(answerTypeOf('hạn chót xây dựng KH tại đơn vị là ngày nào').underlying).toBe('date')
  })
})

describe('more ways to ask', () => {
  it('"hôm nào", "bữa nào" ask for a date', () => {
    expect(answerTypeOf('báo cáo 6 tháng nộp hôm nào').underlying).toBe('date')
    expect(answerTypeOf('bua nao phai nop bao cao').underlying).toBe('date')
  })

  it('"đoàn thể nào" is answered by a mass organisation', async () => {
    const r = (await testAssistant()).ask('ở An Giang đoàn thể nào lo chăm sóc sức khỏe sinh sản cho nữ công nhân')
    expect(first(r.text)).toMatch(/^(Liên đoàn|Hội|Đoàn|Công đoàn|Ủy ban Mặt trận)/u)
  })
})

describe('the Front named in short, and "làm những việc gì"', () => {
  it('"Mặt trận … làm những việc gì" lists the Front’s tasks, not its heading alone', async () => {
    const r = (await testAssistant()).ask('bên Mặt trận chúng tôi theo kế hoạch An Giang 2021 phải làm những việc gì')
    expect(first(r.text)).toMatch(/^Nhiệm vụ của Ủy ban Mặt trận Tổ quốc/)
    expect(r.text).toContain('vận động các tầng lớp nhân dân')
  })
})
