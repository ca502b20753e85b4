import { describe, expect, it } from 'vitest'
import { answerTypeOf } from '../../../src/core/answers/answer-type.js'
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
