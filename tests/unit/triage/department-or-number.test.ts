import { describe, expect, it } from 'vitest'
import { triageMessage } from '../../../src/core/triage/triage-message.js'
import { asksWhichDepartment } from '../../../src/core/text/read-so-nao.js'
import { foldDiacritics } from '../../../src/core/text/normalize-vietnamese.js'
import { testGlossary } from '../../helpers/load-test-content.js'

const kind = async (text: string) => triageMessage(text, await testGlossary()).kind
const asks = (text: string) => asksWhichDepartment(text, foldDiacritics(text).toLowerCase())

describe('"so nao": which department or which number', () => {
  it('reads the marks when there are some, and the word before it when there are none', () => {
    expect(asks('việc này của sở nào')).toBe(true)
    expect(asks('gọi số nào để được giúp')).toBe(false)
    expect(asks('hoa giai co so o an giang la viec cua so nao')).toBe(true)
    expect(asks('muon duoc giup thi goi so nao')).toBe(false)
    expect(asks('duong day nong so nao')).toBe(false)
  })

  it('a question asking which department does a help service’s work is a plan question', async () => {
    expect(await kind('tro giup phap ly cho phu nu o an giang la viec cua so nao')).toBe('plan-question')
    expect(await kind('vuong mac khi lam KH BDG thi bao ve thuong truc ban VSTBPN la so nao')).toBe('plan-question')
  })

  it('asking which number to call for help stays a help request', async () => {
    expect(await kind('bi chong danh thi goi so nao')).not.toBe('plan-question')
    expect(await kind('số nào để gọi khi cần tư vấn pháp lý')).toBe('help-request')
  })
})

describe('"CTXH" is social work', () => {
  it('the address of a social-work centre is a help request', async () => {
    expect(await kind('Trung tâm CTXH của tỉnh ở đâu vậy, cho xin địa chỉ')).toBe('help-request')
  })
})
