import { CITATION_MESSAGES } from '../knowledge-base/citation-messages.vi.js'

/** Every user-facing Vietnamese sentence of the assistant, in one place. */
export const MESSAGES = {
  greeting: 'Xin chào! Mình là trợ lý bình đẳng giới. Bạn có thể hỏi về kế hoạch, hạn báo cáo, nhiệm vụ của các sở, kinh phí, hoặc tìm địa chỉ tin cậy, nhà tạm lánh.',
  help: [
    'Mình có thể giúp bạn:',
    '• Hạn báo cáo: "Hạn báo cáo 6 tháng ở An Giang?"',
    '• Nhiệm vụ: "Sở Tư pháp An Giang có nhiệm vụ gì?"',
    '• Kinh phí: "Kinh phí bình đẳng giới cấp xã ở An Giang?"',
    '• Tháng hành động: "Tháng hành động diễn ra khi nào?"',
    '• Nơi giúp đỡ: "Nhà tạm lánh ở Huế" hoặc gửi vị trí của bạn.',
    'Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 113 (Công an) hoặc 111 (Tổng đài bảo vệ trẻ em).',
  ].join('\n'),
  empty: 'Bạn muốn hỏi gì? Ví dụ: "Hạn báo cáo 6 tháng ở An Giang?"',
  notFound: 'Mình chưa tìm thấy thông tin này trong các kế hoạch đang có.',
  provinceNotLoaded: (province: string, loaded: string[]) =>
    `Mình chưa có kế hoạch bình đẳng giới nào của ${province}. Hiện có kế hoạch của: ${loaded.join(', ')}.`,
  agencyNotInPlans: (agency: string, province: string) => `Các kế hoạch của ${province} mà mình có không giao nhiệm vụ riêng cho ${agency}.`,
  yearNotLoaded: (province: string, year: number, years: number[]) =>
    `Mình chưa có kế hoạch năm ${year} của ${province}. Hiện có: năm ${years.join(', ')}.`,
  suggestionsTitle: 'Bạn có thể hỏi:',
  askProvince: (what: string, provinces: string[]) => `${what} có trong kế hoạch của: ${provinces.join(', ')}. Bạn muốn hỏi tỉnh nào?`,
  ...CITATION_MESSAGES,
  passed: 'đã qua',
  daysLeft: (n: number) => (n === 0 ? 'hôm nay là hạn cuối' : `còn ${n} ngày`),
  successor: (note: string) => `Lưu ý: ${note}`,
  actionMonth:
    'Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới diễn ra hằng năm từ ngày 15/11 đến ngày 15/12.',
  dutiesOf: (agency: string) => `Nhiệm vụ của ${agency}:`,
  whoDoes: 'Đơn vị thực hiện:',
  who: 'Ai thực hiện',
  toWhom: 'Báo cáo/gửi',
  moreInSection: 'Xem thêm trong',
  hotlinesTitle: 'Nếu bạn hoặc người thân đang gặp nguy hiểm, hãy gọi ngay:',
  hotlines: ['☎ 113 – Công an (khẩn cấp)', '☎ 111 – Tổng đài quốc gia bảo vệ trẻ em (miễn phí, 24/7)', '☎ 115 – Cấp cứu y tế'],
  plansMention: 'Kế hoạch của tỉnh có nhắc đến:',
  placesTitle: 'Nơi có thể giúp bạn:',
  nearestTitle: 'Nơi giúp đỡ gần bạn nhất:',
  noPlacesWithLocation: 'Mình chưa có địa chỉ nào có tọa độ gần vị trí này. Hãy gọi các số dưới đây để được hướng dẫn.',
  dangerShort: 'Nếu bạn đang gặp nguy hiểm, hãy gọi ngay 113.',
  shareLocation: 'Bạn có thể gửi vị trí để mình tìm nơi giúp đỡ gần nhất.',
  safetyNote: 'Mình không lưu tin nhắn của bạn. Bạn có thể xóa cuộc trò chuyện này sau khi đọc.',
  recurrence: { yearly: 'Hằng năm', semiannual: 'Định kỳ 6 tháng', monthly: 'Hằng tháng' } as Record<string, string>,
  dueBefore: (date: string) => `Trước ngày ${date}`,
  period: (from: string, to: string) => `Từ ngày ${from} đến ngày ${to}`,
  target: (year: string) => `Đến năm ${year}`,
  onDate: (date: string) => `Ngày ${date}`,
} as const
