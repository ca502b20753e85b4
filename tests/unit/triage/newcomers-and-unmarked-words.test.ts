import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { testGlossary } from '../../helpers/load-test-content.js'

// Plan questions the seventh question set sent to the safety reply (issue 9 × issue 10): newcomers
// introducing themselves, service names as plan terms, and unmarked words read as harm. New wording.
const kind = async (text: string) => triageMessage(text, await testGlossary()).kind

describe('plan questions that read like help requests or alarms', () => {
  it.each([
    'thang cao diem chong bao luc voi phu nu o Soc Trang keo dai bao lau',
    'Em mới chuyển sang làm hội phụ nữ: hội phụ nữ tỉnh phối hợp với sở nào để hỗ trợ chị em',
    'em moi nhan cong tac tre em o xa, theo ke hoach thi truong hop nao duoc bao ve khan cap',
    'em moi vao phong Noi vu, bao gio So mo lop tap huan cho can bo nu',
    'de an ma ke hoach An Giang nhac toi la quyet dinh so may',
  ])('"%s" is a plan question', async (text) => {
    expect(await kind(text)).toBe('plan-question')
  })

  it.each(['chong bao luc voi em hoai, em phai lam sao', 'em đang gặp nguy hiểm khẩn cấp', 'nó sờ mó em', 'so may cua tong dai bao ve tre em la gi'])('"%s" keeps the hotlines first', async (text) => {
    expect(['at-risk', 'help-request']).toContain(await kind(text))
  })
})
