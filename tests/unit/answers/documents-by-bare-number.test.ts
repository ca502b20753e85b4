import { describe, expect, it } from 'vitest'
import { testAssistant } from '../../helpers/test-assistant.js'

const first = (text: string) => text.split('\n')[0]!

describe('a number standing alone names the loaded document that carries it', () => {
  it('"461 ai ký", "67 căn cứ QĐ nào" are read as questions about those plans', async () => {
    const a = await testAssistant()
    const signer = a.ask('461 do ai ky vay')
    expect(signer.text).toContain('Trần Quốc Sở')
    expect(signer.citations[0]).toMatchObject({ province: 'Sóc Trăng' })
    const basis = a.ask('67 căn cứ quyết định nào')
    expect(basis.text).toContain('789/QĐ-UBND')
    expect(basis.citations[0]).toMatchObject({ province: 'An Giang' })
  })

  it('"461 là KH gì" asks what the document is', async () => {
    expect(first((await testAssistant()).ask('461 là KH gì').text)).toMatch(/^Trích yếu: Kế hoạch Thực hiện công tác bình đẳng giới/)
  })

  it('a count, an amount or a numbered item is not a document number', async () => {
    const a = await testAssistant()
    // 67 names no amount: "67 triệu" is money, whatever plan 67 says.
    expect(a.ask('xã ở An Giang được 67 triệu phải không').citations[0]?.section).not.toBe('preamble')
    expect(a.ask('An Giang có 461 người tham gia tập huấn không').text).not.toMatch(/^Trích yếu/)
  })
})

describe('Party documents are named by the number with their kind inside', () => {
  it('"37-CT/TW" and "Chỉ thị 37" name the directive the An Giang plan cites', async () => {
    const a = await testAssistant()
    for (const q of ['CT 37-CT/TW nói về gì?', 'Chỉ thị 37 về nội dung gì']) {
      const r = a.ask(q)
      expect(r.text).toContain('công tác cán bộ nữ')
      expect(r.citations[0]).toMatchObject({ province: 'An Giang' })
    }
  })

  it('"Thông báo 196-TB/TW" names a "Thông báo kết luận"', async () => {
    const r = (await testAssistant()).ask('Thông báo 196-TB/TW là của cơ quan nào')
    expect(r.text).toContain('Ban Bí thư')
  })
})

describe("officials' shorthand", () => {
  it('"bc" is a report and "hạn?" asks for its date', async () => {
    const r = (await testAssistant()).ask('AG bc 6 thang han?')
    expect(first(r.text)).toContain('10/6/2021')
  })
})

describe('whether a plan named by number cites another document', () => {
  it('"Có" with the citation when it does', async () => {
    const r = (await testAssistant()).ask('kế hoạch 461 có trích dẫn Quyết định 2351/QĐ-TTg không')
    expect(first(r.text)).toMatch(/^Có\. Kế hoạch 461\/KH-STC .* có nhắc đến Quyết định số 2351\/QĐ-TTg\./)
    expect(r.citations[0]).toMatchObject({ province: 'Sóc Trăng' })
  })

  it('"Không" when it does not, even when the other document is cited nowhere', async () => {
    const r = (await testAssistant()).ask('KH 67 có nhắc Nghị định 144/2021 không')
    expect(first(r.text)).toMatch(/^Không\. Kế hoạch 67\/KH-UBND .* không nhắc đến Nghị định 144\/2021\./)
    expect(r.found).toBe(false)
  })
})

describe('a cited document that qualifies what an agency does', () => {
  it('"theo KH 164" beside an agency asks for the agency’s task, not for the cited plan', async () => {
    const r = (await testAssistant()).ask('Sở Nội vụ Huế phải đạt những chỉ tiêu nào theo KH 164')
    expect(r.text).toContain('mục tiêu 1')
    expect(r.citations[0]).toMatchObject({ section: 'IV.2' })
  })

  it('"KH 84 Huế: ai thực hiện" finds the clauses that cite it', async () => {
    const r = (await testAssistant()).ask('KH 84 của Huế thì đơn vị nào thực hiện')
    expect(first(r.text)).toMatch(/^Sở Nội vụ/)
  })
})

describe('two details asked at once, and details of a kind no loaded document is', () => {
  it('"ký ngày nào, người ký chức vụ gì" gets both', async () => {
    const r = (await testAssistant()).ask('kế hoạch BĐG 2021 của An Giang ký ngày nào, người ký giữ chức vụ gì')
    expect(r.text).toContain('08/02/2021')
    expect(r.text).toContain('Phó Chủ tịch')
  })

  it('"Quyết định … số mấy" where the plans in scope are kế hoạch asks about the decision they cite', async () => {
    const r = (await testAssistant()).ask('Quyết định ban hành kế hoạch thực hiện chiến lược bình đẳng giới của Bình Định có số hiệu là gì')
    expect(r.text).toContain('2873/QĐ-UBND')
  })
})

describe('a clerk asking for a document’s number and date', () => {
  it('"cho em xin số và ngày của kế hoạch" gets both', async () => {
    const r = (await testAssistant()).ask('minh la van thu huyen, dang soan cong van tra loi so, can trich ke hoach BDG 2021 cua An Giang. Cho minh xin so va ngay cua ke hoach do nhe')
    expect(r.text).toContain('67/KH-UBND')
    expect(r.text).toContain('08/02/2021')
  })

  it('"kế hoạch … mang số mấy" is the document’s number, not a number to call', async () => {
    const r = (await testAssistant()).ask('Em là văn thư, đang sắp xếp hồ sơ. Kế hoạch bình đẳng giới năm 2020 của Sở Tài chính Sóc Trăng mang số mấy và ban hành ngày nào ạ?')
    expect(r.text).toContain('461/KH-STC')
    expect(r.text).not.toMatch(/^☎/)
  })

  it('"gửi để báo cáo lên bộ nào" asks the recipients', async () => {
    const r = (await testAssistant()).ask('Kế hoạch BĐG 2020 của Huế được gửi để báo cáo lên bộ nào?')
    expect(r.text).toContain('Bộ Lao động')
  })
})
