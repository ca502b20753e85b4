import { describe, expect, it } from 'vitest'
import { testAssistant } from '../../helpers/test-assistant.js'

const first = (text: string) => text.split('\n')[0]!

describe('remarks on the 2025 mergers choose documents and are not searched for', () => {
  it('"(trước sáp nhập)" and "cũ" after a province leave the question it asks', async () => {
    const r = (await testAssistant()).ask('an giang cu (truoc sap nhap): ai van dong nhan dan tham gia thuc hien cac muc tieu BDG')
    expect(first(r.text)).toMatch(/^Ủy ban Mặt trận Tổ quốc/)
    expect(r.citations[0]).toMatchObject({ province: 'An Giang', section: 'IV.9' })
  })

  it('"Huế bây giờ" is today’s name for the province, not words to find', async () => {
    const r = (await testAssistant()).ask('Huế bây giờ thì sở nào hướng dẫn lồng ghép bình đẳng giới khi soạn văn bản quy phạm pháp luật?')
    expect(first(r.text)).toMatch(/^Sở Tư pháp: /)
  })

  it('"Gia Lai cũ" is the old province alone: the Bình Định plan merged into it since does not answer', async () => {
    for (const q of ['Gia Lai cũ (trước khi nhập Bình Định) có kế hoạch bình đẳng giới không?', 'Gia Lai cũ có kế hoạch BĐG không']) {
      const r = (await testAssistant()).ask(q)
      expect(r.found).toBe(false)
      expect(r.text).toMatch(/chưa có kế hoạch bình đẳng giới nào của Gia Lai/)
    }
    const merged = (await testAssistant()).ask('Gia Lai có kế hoạch BĐG không')
    expect(merged.citations[0]).toMatchObject({ province: 'Bình Định' })
  })
})

describe('a department named by its sector', () => {
  it('"ngành tư pháp", "ngành y tế" are the Sở Tư pháp, the Sở Y tế', async () => {
    expect(first((await testAssistant()).ask('ngành tư pháp An Giang chú trọng công tác gì?').text)).toBe('Nhiệm vụ của Sở Tư pháp:')
    expect(first((await testAssistant()).ask('An Giang: ngành y tế phải làm gì về bình đẳng giới?').text)).toBe('Nhiệm vụ của Sở Y tế:')
  })
})
