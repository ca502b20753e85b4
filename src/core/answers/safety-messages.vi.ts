/**
 * What a person at risk reads. Short, warm, no jargon. Numbers come from content/hotlines.csv;
 * these are the fallback when no directory is loaded (same numbers, same sources).
 */
export const SAFETY = {
  hotlines: {
    '113': '☎ 113 – Công an (khi đang gặp nguy hiểm, miễn phí, 24/7)',
    '111': '☎ 111 – Tổng đài quốc gia bảo vệ trẻ em (miễn phí, 24/7)',
    '115': '☎ 115 – Cấp cứu y tế (khi bị thương, miễn phí, 24/7)',
    '1900 969 680': '☎ 1900 969 680 – Ngôi nhà Bình yên: tư vấn, hỗ trợ nạn nhân bạo lực gia đình (24/7)',
  } as Record<string, string>,
  caring: {
    self: 'Bạn không có lỗi. Nếu đang nguy hiểm, hãy gọi 113 ngay hoặc đến chỗ đông người.',
    child: 'Cảm ơn bạn đã lên tiếng cho cháu. Hãy gọi 111 ngay; nếu cháu đang gặp nguy hiểm, gọi 113.',
    otherPerson: 'Cảm ơn bạn đã quan tâm. Nếu người đó đang gặp nguy hiểm, hãy gọi 113 ngay; bạn có thể báo thay họ.',
    selfHarm: 'Mình rất tiếc vì bạn đang phải chịu đựng điều này. Bạn không một mình: hãy gọi 115 hoặc 113 ngay, và nhờ một người bạn tin tưởng ở bên cạnh.',
    help: 'Các số trên nhận cuộc gọi cả ngày lẫn đêm; 113, 111 và 115 miễn phí.',
  },
  placesTitle: 'Nơi có thể giúp bạn:',
  noPlacesThere: (place: string) => `Mình chưa có địa chỉ tin cậy, nhà tạm lánh nào ở ${place}. Hãy gọi các số ở trên, họ sẽ chỉ nơi gần bạn nhất.`,
  findPlace: 'Gõ tên xã/phường, huyện hoặc tỉnh, hoặc gửi vị trí, để mình tìm nơi giúp đỡ gần nhất.',
  findPlaceByName: 'Gõ tên xã/phường, huyện hoặc tỉnh để mình tìm nơi giúp đỡ gần nhất.',
  /** Luật Phòng, chống bạo lực gia đình 2022: where violence can be reported. */
  reportTo: 'Bạn cũng có thể báo cho UBND xã/phường, công an hoặc đồn biên phòng gần nhất, trưởng thôn/tổ trưởng tổ dân phố, hoặc nhà trường nếu là học sinh.',
  privacy: 'Mình không lưu tin nhắn của bạn. Bạn có thể xóa cuộc trò chuyện này sau khi đọc.',
  nearestTitle: 'Nơi giúp đỡ gần bạn nhất:',
  noPlacesNearby: 'Mình chưa có địa chỉ nào có tọa độ gần vị trí này. Hãy gọi các số ở trên để được hướng dẫn.',
  /** One line on top of a plan answer when the question also read like a personal situation. */
  header: 'Nếu bạn đang gặp nguy hiểm: ☎ 113 (Công an) · ☎ 111 (bảo vệ trẻ em).',
  /** One line at the end of a declined question, for anyone not known to be an official. */
  footer: 'Nếu bạn hoặc ai đó đang gặp nguy hiểm, hãy gọi ☎ 113 (Công an) hoặc ☎ 111 (bảo vệ trẻ em).',
  offTopic: 'Câu hỏi này không có trong các kế hoạch bình đẳng giới mà mình có, nên mình không trả lời được.',
  offTopicHint: 'Mình trả lời về kế hoạch bình đẳng giới, hạn báo cáo, nhiệm vụ các sở, và tìm nơi giúp đỡ người bị bạo lực.',
  /** A message about the writer or people close to them that matched nothing: care first, the plans last. */
  unsure: 'Nếu bạn hoặc người thân đang gặp chuyện khó khăn, bạn không một mình: các số trên nhận cuộc gọi cả ngày lẫn đêm, miễn phí.',
  unsurePlans: 'Nếu bạn đang hỏi về kế hoạch bình đẳng giới thì mình chưa tìm thấy nội dung này; bạn thử hỏi cụ thể hơn nhé.',
} as const
