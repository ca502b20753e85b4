import { describe, expect, it } from 'vitest'
import { testAssistant } from '../../helpers/test-assistant.js'

const first = (text: string) => text.split('\n')[0]!
const now = new Date('2026-11-25T03:00:00Z')

describe('whether a plan covers a year', () => {
  it('"có KH BĐG năm … không" for a year no plan covers is "Không", with the year the plan does cover', async () => {
    const r = (await testAssistant()).ask('Thừa Thiên Huế có kế hoạch bình đẳng giới năm 2022 không?', { now })
    expect(first(r.text)).toMatch(/^Không\. .*năm 2020/)
  })

  it('"dùng được cho năm … không" asks the same of a plan named by number', async () => {
    expect(first((await testAssistant()).ask('KH 461 có dùng được cho năm 2023 không', { now }).text)).toMatch(/^Không\. .*năm 2020/)
  })

  it('"năm nay" is counted from today, and a vocative may close the question', async () => {
    expect(first((await testAssistant()).ask('Kế hoạch 67 của An Giang còn áp dụng cho năm nay không chị?', { now }).text)).toMatch(/^Không\. .*năm 2021/)
  })
})
