/**
 * Lines a web page adds around a document copied from a provincial portal or a legal-document
 * website: menus, "Đang tải nội dung…", page timestamps, view counters, and the lists of other
 * news that follow the article ("Tin mới nhất", "Tin cùng chuyên mục"). They are not part of the
 * document, and their dates are never deadlines.
 */
const MENU = /^(?:Trang chủ|Giới thiệu|Tin tức|Liên hệ)\b.*(?:\||Tin tức|Liên hệ|Văn bản)/iu
const LOADING = /^Đang tải(?: nội dung)?\s*(?:\.{3}|…)?$/iu
/** "Thứ Năm, 18/05/2023 08:45", "Thứ Ba, 16/04/2024, 10:05", "18/05/2023 08:30", "Cập nhật lúc 14:20 ngày 07/03/2024", "Lượt xem: 1.245". */
const TIMESTAMP = /^(?:(?:Thứ\s+\p{L}+|Chủ nhật),?\s*)?\d{1,2}\/\d{1,2}\/\d{4}(?:\s*[|,-]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|GMT[+\d]*))?)?$|^(?:Cập nhật|Đăng(?: ngày)?|Ngày đăng|Ngày cập nhật)(?:\s+lúc)?\s*:?\s*[\d:/ ,ngày]+$|^(?:Lượt xem|Số lượt xem|Lượt đọc)\s*:?\s*[\d.,]+$/iu
/** Everything after these belongs to the page, not to the document. */
const TRAILER = /^(?:Tin mới nhất|Tin mới|Tin cùng chuyên mục|Tin liên quan|Tin khác|Các tin khác|Bài viết liên quan|Bài liên quan|Xem thêm|Bản quyền|Copyright|©)/iu

export function stripPageChrome(lines: string[]): string[] {
  const out: string[] = []
  for (const line of lines) {
    if (TRAILER.test(line)) break
    if (MENU.test(line) || LOADING.test(line) || TIMESTAMP.test(line)) continue
    out.push(line)
  }
  return out
}
