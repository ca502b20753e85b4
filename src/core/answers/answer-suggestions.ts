import type { ReplyButton } from './reply.js'

/** Buttons shown with greetings, help and empty messages. */
export function exampleButtons(): ReplyButton[] {
  return [
    { label: 'Hạn báo cáo', question: 'Hạn báo cáo 6 tháng về bình đẳng giới?' },
    { label: 'Tháng hành động', question: 'Tháng hành động diễn ra khi nào?' },
    { label: 'Nơi giúp đỡ', question: 'Địa chỉ tin cậy, nhà tạm lánh gần tôi' },
  ]
}

/** What to ask instead, for a province (the first loaded one when none is known). */
export function suggestions(provinces: string[]): ReplyButton[] {
  const p = provinces[0] ?? 'An Giang'
  return [
    { label: `Hạn báo cáo ở ${p}`, question: `Hạn báo cáo 6 tháng ở ${p}?` },
    { label: `Nhiệm vụ các sở ở ${p}`, question: `Sở Tư pháp ${p} có nhiệm vụ gì?` },
    { label: 'Tháng hành động', question: 'Tháng hành động diễn ra khi nào?' },
  ]
}
