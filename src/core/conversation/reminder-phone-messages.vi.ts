/** Version of the consent text below: stored with each consent, changed whenever the text changes. */
export const PHONE_CONSENT_VERSION = '2026-11-25'

/** User-facing sentences of /sdt (an official's phone for deadline reminders by Zalo ZNS). */
export const PHONE = {
  consent: (masked: string) => [`Bạn muốn nhận nhắc hạn báo cáo qua tin nhắn Zalo (ZNS) gửi tới số ${masked}?`, 'Số này chỉ dùng để gửi nhắc hạn cho cán bộ, không chia sẻ cho ai khác. Bạn có thể xóa bất cứ lúc nào bằng /sdt xoa hoặc /xoa.', 'Trả lời "đồng ý" để xác nhận, hoặc "không" để hủy.'].join('\n'),
  saved: (masked: string) => `Đã lưu số ${masked} để nhắc hạn báo cáo. Xóa số: /sdt xoa`,
  declined: 'Đã hủy, mình không lưu số điện thoại của bạn.',
  nothingPending: 'Chưa có số nào chờ xác nhận. Gõ /sdt và số điện thoại, ví dụ: /sdt 0912345678',
  howTo: 'Cán bộ có thể nhận nhắc hạn qua Zalo theo số điện thoại: gõ /sdt và số, ví dụ: /sdt 0912345678',
  current: (masked: string) => `Số nhận nhắc hạn: ${masked}. Xóa số: /sdt xoa`,
  officialsOnly: 'Nhắc hạn theo số điện thoại dành cho cán bộ. Bạn hãy chọn cơ quan trước (/coquan) hoặc đăng ký nhận nhắc hạn (/dangky han-bao-cao).',
  privateOnly: 'Số điện thoại là thông tin cá nhân: bạn hãy gửi /sdt trong tin nhắn riêng với mình.',
  invalid: 'Số điện thoại chưa đúng. Bạn gõ số di động Việt Nam, ví dụ: /sdt 0912345678',
  deleted: 'Đã xóa số điện thoại nhận nhắc hạn.',
  nothingToDelete: 'Bạn chưa lưu số điện thoại nào.',
}
