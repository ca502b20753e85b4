/**
 * Vietnamese family names, the common Kinh ones and those of larger ethnic groups (Lò, Nông, Triệu …):
 * a capitalised run starting with one of them is a person's name.
 */
const FAMILY_NAMES = 'Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Vương|Trịnh|Trương|Lâm|Phùng|Mai|Tô|Hà|Cao|Tạ|Lương|Đinh|Châu|Quách|Thái|Kiều|Nông|Lò|Triệu|Hứa|Lưu|Thân|Chu|Diệp|Mạc|Tống|Khổng|Lại|Lục'
const PERSON_NAME = new RegExp(`(?<!\\p{L})(?:${FAMILY_NAMES})(?: \\p{Lu}\\p{Ll}*){1,3}(?!\\p{L})`, 'u')

/**
 * Whether a text names a person: a family name, then one to three capitalised syllables ("Lê Văn
 * Phước", "Nguyễn Dung"). Title-cased unit names ("Phòng Quản lý Ngân sách", "Ban Giám đốc Sở") are not people.
 *
 * @example
 * namesPerson('KT. CHỦ TỊCH … Lê Văn Phước') // true
 * namesPerson('Giao Phòng Quản lý Ngân sách tham mưu') // false
 */
export function namesPerson(text: string): boolean {
  return PERSON_NAME.test(text)
}
