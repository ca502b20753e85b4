import { describe, expect, it } from 'vitest'
import { findSectionReference } from '../../../src/core/answers/find-section-reference.js'
import { testAssistant } from '../../helpers/test-assistant.js'

const NOW = new Date('2026-11-24T12:00:00+07:00')
const ask = async (q: string) => (await testAssistant()).ask(q, { now: NOW })

describe('false refusals: framing words do not count against the answer', () => {
  it('"X yêu cầu … vào những gì" is answered from X’s plan, not refused', async () => {
    const r = await ask('Thanh Hóa yêu cầu lồng ghép BĐG vào những gì?')
    expect(r.found).toBe(true)
    expect(r.text).toContain('kế hoạch phát triển kinh tế - xã hội')
    expect(r.citations[0]?.province).toBe('Thanh Hóa')
  })

  it('chat around the question ("giới thiệu sơ qua", "giúp mình") leaves the plan words to decide', async () => {
    const r = await ask('Cho mình hỏi Sóc Trăng lồng ghép tuyên truyền bình đẳng giới vào những dịp nào, giúp mình với')
    expect(r.found).toBe(true)
    expect(r.text).toContain('Ngày pháp luật')
  })

  it('a plan word that looks like chat ("trợ giúp pháp lý") is kept', async () => {
    const r = await ask('Trợ giúp pháp lý về bình đẳng giới ở Huế năm 2020 thuộc trách nhiệm sở nào?')
    expect(r.text).toContain('Sở Tư pháp')
  })
})

describe('documents chosen by their author and kind', () => {
  it('"KH của STC" without a province answers from the Sở Tài chính’s plan', async () => {
    const r = await ask('KH của Sở Tài chính giao phòng nào tham mưu bố trí kinh phí?')
    expect(r.found).toBe(true)
    expect(r.citations[0]?.province).toBe('Sóc Trăng')
    expect(r.text).toContain('Phòng Quản lý Ngân sách')
  })
})

describe('signers are plan vocabulary', () => {
  it('a question naming a signer is not declined as off-topic and gets their position', async () => {
    const r = await ask('ông Lê Minh Hành ký với chức danh gì')
    expect(r.found).toBe(true)
    expect(r.text).toMatch(/Phó Giám đốc/iu)
    expect(r.citations[0]?.province).toBe('Thanh Hóa')
  })

  it('"X ký văn bản nào" names the document they signed', async () => {
    const r = await ask('Lê Văn Phước ký văn bản nào về bình đẳng giới?')
    expect(r.text).toContain('67/KH-UBND')
  })
})

describe('sections named by their place', () => {
  it.each([
    ['phần thứ hai', { heading: null, path: [2] }],
    ['mục 1 phần I', { heading: null, path: [1, 1] }],
    ['mục II kế hoạch', { heading: null, path: [2] }],
    ['Mục đích thứ nhất của kế hoạch', { heading: 'muc dich', path: [1] }],
    ['muc tieu thu hai', { heading: 'muc tieu', path: [2] }],
  ])('%s', (q, ref) => expect(findSectionReference(q)).toEqual(ref))

  it('no place, no reference ("mục tiêu", "30 phần trăm")', () => {
    expect(findSectionReference('mục tiêu về giáo dục là gì')).toBeNull()
    expect(findSectionReference('đạt 30 phần trăm')).toBeNull()
  })

  it('"mục đích thứ hai" is answered from I.2, not another objective', async () => {
    const r = await ask('Mục đích thứ hai của kế hoạch Huế năm 2020 là gì?')
    expect(r.text).toContain('phối hợp liên ngành')
    expect(r.citations[0]?.section).toBe('I.2')
  })

  it('"phần thứ hai" lists the items of part II', async () => {
    const r = await ask('Phần thứ hai trong kế hoạch Sở Nội vụ Bình Định đặt ra những mục tiêu gì?')
    expect(r.text).toContain('Trong lĩnh vực chính trị')
    expect(r.citations[0]?.section).toBe('II')
  })
})
