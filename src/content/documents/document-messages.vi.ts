import type { DocumentError, ErrorCode } from '../../core/errors.js'

/** Why an uploaded file was refused, in Vietnamese for the officer; the HTTP status and a stable error name. */
const REASONS: Partial<Record<ErrorCode, { error: string; status: number; vi: string }>> = {
  DOCUMENT_EMPTY: { error: 'empty', status: 422, vi: 'tệp rỗng, không có nội dung' },
  DOCUMENT_BINARY: { error: 'binary', status: 422, vi: 'tệp không phải văn bản (dữ liệu nhị phân)' },
  DOCUMENT_ENCODING: { error: 'encoding', status: 422, vi: 'không đọc được bảng mã; hãy lưu tệp dạng UTF-8 (Unicode)' },
  DOCUMENT_NO_STRUCTURE: { error: 'no_structure', status: 422, vi: 'không nhận ra cấu trúc văn bản (không có mục, đoạn nội dung)' },
  DOCUMENT_FORMAT: { error: 'unsupported_format', status: 422, vi: 'định dạng tệp chưa hỗ trợ; dùng .docx, .doc, .pdf, .txt, .md hoặc ảnh quét' },
  DOCUMENT_TOO_LARGE: { error: 'too_large', status: 413, vi: 'tệp quá lớn' },
  DOCUMENT_PASSWORD: { error: 'password_protected', status: 422, vi: 'tệp PDF có mật khẩu; hãy lưu lại không đặt mật khẩu rồi tải lên' },
  DOCUMENT_NEEDS_OCR: { error: 'needs_ocr', status: 422, vi: 'bản quét, cần OCR nhưng máy chủ chưa cài tesseract (tiếng Việt)' },
  DOCUMENT_UNREADABLE: { error: 'unreadable', status: 422, vi: 'tệp bị hỏng hoặc không mở được' },
  DOCUMENT_FRONT_MATTER: { error: 'invalid_field', status: 400, vi: 'thông tin bổ sung không hợp lệ' },
}

/** `{ status, body: { error, message, detail } }`; the message names the file, the detail is the technical reason. */
export function describeDocumentError(e: DocumentError): { status: number; body: { error: string; message: string; detail: string } } {
  const reason = REASONS[e.code] ?? { error: 'invalid_document', status: 422, vi: 'không xử lý được tệp' }
  return { status: reason.status, body: { error: reason.error, message: `${e.file}: ${reason.vi}`, detail: e.message } }
}

/** The parser's and reader's warnings (English in logs and `ingest --check`) as the officer reads them. */
const WARNINGS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^province not found in the text$/, () => 'Không tìm thấy tỉnh trong văn bản: hãy chọn tỉnh khi đăng.'],
  [/^issue date not found in the text$/, () => 'Không tìm thấy ngày ban hành trong văn bản.'],
  [/^no numbered sections; the body is kept as paragraphs$/, () => 'Văn bản không có mục đánh số; nội dung được giữ theo từng đoạn.'],
  [/^text read by OCR from a scan/, () => 'Nội dung được đọc bằng OCR từ bản quét: hãy kiểm tra lại số, ngày và tên.'],
  [/^text converted from the (\w+) encoding to Unicode$/, (m) => `Văn bản gõ bằng bảng mã ${m[1]} đã được chuyển sang Unicode.`],
  [/^no province: /, () => 'Chưa có tỉnh: văn bản sẽ không được tìm thấy khi hỏi theo tỉnh; hãy gửi kèm { "province": … }.'],
  [/^no issue date in the text/, () => 'Văn bản không ghi ngày ban hành; nếu cũng không có năm, hãy gửi kèm { "year": … }.'],
]

export function warningInVietnamese(warning: string): string {
  for (const [re, say] of WARNINGS) {
    const m = re.exec(warning)
    if (m) return say(m)
  }
  return warning
}
