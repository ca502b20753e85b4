import type { ErrorCode } from './errors.js'

/** What a person is told for each error code (admin API, console, CLI); one short Vietnamese sentence each. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  DOCUMENT_EMPTY: 'Văn bản trống, không có nội dung để đọc.',
  DOCUMENT_BINARY: 'Tệp không phải văn bản (có thể là tệp Word/PDF chưa chuyển sang .txt).',
  DOCUMENT_ENCODING: 'Tệp không được lưu ở dạng UTF-8; hãy lưu lại với mã UTF-8.',
  DOCUMENT_NO_STRUCTURE: 'Không nhận ra cấu trúc văn bản (mục I, 1., a…).',
  DOCUMENT_FRONT_MATTER: 'Phần thông tin đầu tệp (giữa hai dòng ---) không hợp lệ.',
  DOCUMENT_FORMAT: 'Định dạng tệp chưa hỗ trợ; dùng .docx, .doc, .pdf, .txt, .md hoặc ảnh quét.',
  DOCUMENT_TOO_LARGE: 'Tệp quá lớn.',
  DOCUMENT_PASSWORD: 'Tệp PDF có mật khẩu; hãy lưu lại không đặt mật khẩu rồi tải lên.',
  DOCUMENT_NEEDS_OCR: 'Bản quét cần OCR nhưng máy chủ chưa cài tesseract (tiếng Việt).',
  DOCUMENT_UNREADABLE: 'Tệp bị hỏng hoặc không mở được.',
  GLOSSARY_INVALID: 'Tệp từ điển glossary.yaml có lỗi.',
  DIRECTORY_INVALID: 'Danh bạ địa chỉ tin cậy có dòng không hợp lệ.',
  CONFIG_INVALID: 'Cấu hình (biến môi trường) không hợp lệ.',
  REQUEST_INVALID: 'Yêu cầu không hợp lệ.',
  BROADCAST_NOT_FOUND: 'Không tìm thấy bản tin này.',
  BROADCAST_FOUR_EYES: 'Người soạn bản tin không tự phát được: cần một người duyệt khác.',
  BROADCAST_TRANSITION: 'Bản tin đang ở trạng thái không cho phép thao tác này.',
  CHANNEL_UNAVAILABLE: 'Nền tảng nhắn tin tạm thời không liên lạc được; hệ thống sẽ thử lại.',
  CHANNEL_REJECTED: 'Nền tảng nhắn tin từ chối yêu cầu.',
  STORAGE_UNAVAILABLE: 'Cơ sở dữ liệu tạm thời không truy cập được.',
  STORAGE_MIGRATION: 'Không cập nhật được cấu trúc cơ sở dữ liệu.',
  TIMEOUT: 'Thao tác quá thời gian cho phép.',
}
