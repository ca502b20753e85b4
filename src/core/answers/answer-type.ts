import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { namesPerson } from '../text/find-person-name.js'
import { DEPARTMENT_UNMARKED, NUMBER_OF_THING } from '../text/read-so-nao.js'

/** What kind of thing the question wants back. */
export type AnswerType = 'due-date' | 'date' | 'frequency' | 'agency' | 'person' | 'document' | 'amount' | 'place' | 'list' | 'yes-no' | 'text'

/**
 * Nouns that name an amount without asking for one ("mức chi", "tỷ lệ"): they decide the answer
 * type only when no question phrase does ("Mức chi … áp dụng theo thông tư nào?" asks for a document,
 * "Đơn vị nào theo dõi tỷ lệ …?" for an agency).
 */
const AMOUNT_NOUNS = /\b(muc chi|muc kinh phi|ty le|ti le|phan tram|so tien)\b/

/**
 * Question phrases and the answer type they ask for. Read on folded text, except where the folded
 * forms collide ("sở nào" / "số nào", "ký" / "kỳ"): those are read with their marks when the
 * question has them.
 */
const PHRASES: { type: AnswerType; folded?: RegExp; marked?: RegExp; unmarked?: RegExp }[] = [
  {
    type: 'date',
    folded: /\b(ngay nao|ngay may|hom nao|bua nao|ngay bao nhieu|khi nao|bao gio|luc nao|thoi gian nao|thang may|nam nao|truoc ngay|han chot|han cuoi|thoi han|han nop|han bao cao|han bc|han gui|han xay dung|han (lap|trien khai|ban hanh|hoan thanh|to chuc|tong hop)|^han|han\s*\?*\s*$)\b/,
    marked: /(?<!\p{L})(hạn|thời hạn)(?!\p{L})(?! chế)/u,
  },
  { type: 'frequency', folded: /\b(bao lau (mot|1) lan|bao lau|may lan|tan suat|dinh ky (the nao|ra sao|nhu the nao))\b/ },
  { type: 'person', folded: /\b(ai ky|nguoi ky|do ai ky|ky boi|ky ten|ghi nguoi ky|ai (la|lam|dang la) (pho )?(chu tich|giam doc|truong phong|truong ban|bi thu))\b/, marked: /(?<!\p{L})(ai ký|người ký|do ai ký|ký bởi|ghi người ký)(?!\p{L})/u },
  // "cơ quan báo chí nào", "tờ báo nào", "đài nào": a unit of a kind is still a unit.
  {
    type: 'agency',
    folded: /\b(ai|don vi nao|phong nao|co quan nao|bo phan nao|to chuc nao|ben nao|(?<!van )ban nao|nganh nao|cap nao|(co quan|don vi|to chuc) (?!(la|co|o|tai|ngay)\b)\w+( (?!(la|co|o|tai|ngay)\b)\w+)? nao|(to )?bao nao|dai nao|bao chi nao|doan the nao)\b/,
    marked: /(?<!\p{L})sở nào(?!\p{L})/u,
    unmarked: DEPARTMENT_UNMARKED,
  },
  { type: 'document', folded: /\b(can cu|van ban nao|quyet dinh nao|thong tu nao|nghi quyet nao|nghi dinh nao|chi thi nao|luat nao|(?:qd|tt|nq|cv) nao|so hieu|so may|ky hieu)\b/, marked: /(?<!\p{L})số nào(?!\p{L})/u, unmarked: NUMBER_OF_THING },
  // "ít nhất mấy hoạt động", "mấy lớp": a count ("ngày mấy" is a date, read above).
  { type: 'amount', folded: /\b((?<!\bngay )bao nhieu|(it nhat|toi thieu|toi da) may|may (hoat dong|lop|buoi|dot|cuoc|bai|tin bai|nguoi|thanh vien|mo hinh|xa|huyen|%))\b/ },
  { type: 'place', folded: /\b(o dau|tai dau|tu dau|noi nao|ve dau|den dau|thanh pho nao|tinh nao|xa nao|phuong nao|huyen nao|dia diem)\b/ },
  { type: 'list', folded: /\b(nhung (gi|ai|noi|van ban|nhiem vu|noi dung|phan|mo hinh|ngay)|gom (nhung )?(gi|phan)|cac (nhiem vu|noi dung) nao|nhung \w+ nao)\b/ },
]
// A vocative or a particle may close the question ("… không anh?", "… chưa ạ", "… không vậy bot").
const YES_NO = /\b(khong|ko|k|kg|khg|hok|hong|phai khong|dung khong|chua|hay khong|co phai)( (anh|chi|em|a|nhi|nha|nhe|vay|ban|ad|admin|bot|oi|ha|ta))*\s*[?!.]*$/

/**
 * The answer type of a question: the question phrase that comes last wins (Vietnamese puts the
 * question word at the end: "Sở X báo cáo định kỳ cho ai?" asks for an agency, not a date); a
 * question ending in "… không?" is a yes/no question whatever else it asks.
 */
export function answerTypeOf(question: string): { type: AnswerType; underlying: AnswerType } {
  const folded = foldDiacritics(question).replace(/\s+/g, ' ').trim()
  const marked = folded !== question.toLowerCase().replace(/\s+/g, ' ').trim() ? question.toLowerCase() : null
  let best: { type: AnswerType; at: number } = { type: 'text', at: -1 }
  for (const p of PHRASES) {
    // Folded phrases always count; "sở nào" / "số nào" with their marks, or unmarked by the word before.
    const readings: [RegExp | undefined, string][] = [
      [p.folded, folded],
      [marked ? p.marked : p.unmarked, marked ?? folded],
    ]
    for (const [pattern, text] of readings) {
      if (!pattern) continue
      for (const m of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
        // The phrase that ends last wins ("do ai ký" outranks the "ai" inside it).
        if (m.index + m[0].length >= best.at) best = { type: p.type, at: m.index + m[0].length }
      }
    }
  }
  if (best.type === 'text' && AMOUNT_NOUNS.test(folded)) best = { type: 'amount', at: 0 }
  // "… có … không", "… phải không", and without "có": "còn áp dụng không", "dùng được không".
  const yesNo = YES_NO.test(folded) && (/\b(co|phai|con|duoc khong)\b/.test(folded) || /\bdung (khong|ko|k|kg|hong)( (anh|chi|em|a|nhi|nha|nhe|vay|ban|ad|admin|bot|oi|ha|ta))*\s*[?!.]*$/.test(folded))
  return { type: yesNo ? 'yes-no' : best.type, underlying: best.type }
}

/**
 * The kind of unit a who-question names ("sở nào", "phòng nào", "báo nào", "cơ quan báo chí nào"):
 * the unit answering must be of that kind, whatever else matches.
 */
const UNIT_KINDS: [RegExp, RegExp][] = [
  [/\b((to )?bao nao|bao chi nao|co quan bao chi|dai nao|dai phat thanh nao)\b/, /(?<!\p{L})(Báo|Đài)(?!\p{L})/u],
  [/\bphong nao\b/, /(?<!\p{L})Phòng(?!\p{L})/u],
  [/\bhoi nao\b/, /(?<!\p{L})Hội(?!\p{L})/u],
  [/\bdoan the nao\b/, /(?<!\p{L})(Hội|Liên đoàn|Đoàn|Công đoàn|Mặt trận|Ủy ban Mặt trận)(?!\p{L})/u],
]
/** "sở nào" is left out: plans name the department in many ways ("thường trực Ban VSTBPN (Sở LĐTBXH)"). */
export function unitKindAsked(folded: string): RegExp | null {
  for (const [asked, kind] of UNIT_KINDS) if (asked.test(folded)) return kind
  return null
}

const UNIT = /(?<!\p{L})(sở|phòng|văn phòng|ban|ubnd|ủy ban|hội|công đoàn|liên đoàn|chi cục|trung tâm|báo|đài|bộ|cục|chủ tịch|giám đốc|thủ trưởng|cơ quan|đơn vị|công an)(?!\p{L})/iu

/** Does a reply's text (without its source lines) contain something of the type asked for? */
export function replyHasType(text: string, type: AnswerType): boolean {
  const body = text
    .split('\n')
    .filter((l) => !/^(Nguồn|ℹ️)/u.test(l))
    .join('\n')
  switch (type) {
    case 'due-date':
      return /\d{1,2}\/\d{1,2}/u.test(body)
    case 'date':
      return /\d{1,2}\/\d{1,2}|\bnăm \d{4}|hằng năm|hàng năm|hằng tháng|hàng tháng|định kỳ|không ghi ngày/iu.test(body)
    case 'frequency':
      return /hằng|hàng|định kỳ|mỗi|\d+ tháng|lần/iu.test(body)
    case 'agency':
      return UNIT.test(body)
    case 'person':
      return namesPerson(body) || /không ghi người ký/u.test(body)
    case 'document':
      // A number, or a kind of document described ("các văn bản quy phạm pháp luật do HĐND tỉnh … ban hành").
      return /\d+\/[\p{L}\d-]+|không ghi số|số hiệu|(Kế hoạch|Công văn|Quyết định|Nghị quyết|Thông tư|Chỉ thị) [“\d]|(?<!\p{L})văn bản (quy phạm|pháp luật|chỉ đạo|hướng dẫn)|(?<!\p{L})(Bộ luật|Luật) \p{Lu}/u.test(body)
    case 'amount':
      // A quantity, not a number that names something: dates, years and periods, document numbers,
      // phone numbers and terms ("nhiệm kỳ 2021 - 2026", "Khóa XV") answer no "bao nhiêu".
      // "ít nhất một hoạt động" states an amount in words ("năm" is left out: it is mostly "year").
      return /\d|(?<!\p{L})(một|hai|ba|bốn|sáu|bảy|tám|chín|mười|toàn bộ|tất cả)(?!\p{L})/iu.test(withoutNamingNumbers(body))
    case 'place':
      // Where money is found ("lấy ở đâu", "bố trí vào đâu") is a source or a budget, not a place.
      return /(?<!\p{L})(tại|ở|về|xã|phường|huyện|thành phố|tỉnh|nguồn|dự toán|ngân sách)(?!\p{L})/iu.test(body)
    default:
      return body.trim().length > 0
  }
}

/** The text without numbers that name rather than count: dates, years, periods, document numbers, phone numbers. */
function withoutNamingNumbers(text: string): string {
  return text
    .replace(/\d+(?:[/-][\p{L}\d]+)+/gu, ' ') // 25/3/2021, 67/KH-UBND, 196-TB/TW
    .replace(/\d{3,4}(?:[ .]\d{3}){2}/g, ' ') // 0373.725.604
    .replace(/(?<!\d)(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)/g, ' ') // 2021, 2021 - 2026
    .replace(/(?<!\p{L})(?:ngày|tháng|năm|mục|khoản|điều|khóa|nhiệm kỳ|giai đoạn)\s+[\dIVXLC]+\b/gu, ' ')
}
