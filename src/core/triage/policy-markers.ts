/**
 * Markers that make a mention of violence a question about plans ("Kế hoạch phòng, chống bạo
 * lực gia đình của An Giang có hoạt động gì?"), read from `ChatText.folded`. Strong markers
 * (2) are terms of the plans themselves; domain words (1) are words officials use that a person
 * in trouble may use too ("hỗ trợ", "báo cáo"); question forms (1) only add to them. Wider domain
 * words ("phụ nữ", "cấp ủy") only tell a plan question from an off-topic one.
 */
const STRONG =
  /\b(han (bao cao|chot|cuoi|nop|gui)|bao cao (\d+ thang|6 thang|nam|dinh ky|ket qua|tong ket|so ket)|thoi han|truoc ngay|phong chong|thang cao diem|gia dinh van hoa|chong bao luc (doi )?voi (phu nu|tre em|tre gai|nguoi cao tuoi|nguoi khuyet tat)|phong ngua|ngan ngua|ngan chan|phong tranh|xoa bo|ung pho|tuyen truyen|truyen thong|ke hoach|mo hinh|chi tieu|nhiem vu|tap huan|de an|tren co so gioi|thang hanh dong|binh dang gioi|so (y te|tu phap|giao duc|lao dong|noi vu|van hoa|tai chinh|thong tin|ldtbxh|ld tb xh|van hoa)|cong an tinh|co quan|lien nganh|chuong trinh hanh dong|giai doan|muc tieu|ty le|ti le|kinh phi|ngan sach|trien khai|chu tri|phoi hop|hoi thi|hoi thao|mit tinh|huong ung|nang cao nang luc|can bo|cong tac vien|nan nhan|dan toc thieu so|luat|nghi dinh|quyet dinh|thong tu|van ban|cong van|nghi quyet|chi thi|\d+\/(kh|qd|ubnd|cv|nq|tt|nd|ct|snv|stc)|(kh|qd|cv|nq|tt|nd|ct) (so )?\d+|cap (xa|huyen|tinh)|dia phuong|hoi lien hiep phu nu|hoi lhpn|mat tran|doan thanh nien|lien doan lao dong|bo doi bien phong|dai phat thanh|nha truong|co so giao duc|hoc duong|kiem tra giam sat|giam sat|doi thoai chinh sach|thong ke|so lieu|cac so|so nganh|nhan rong|long ghep|noi dung|hoat dong|so vu|cac xa|moi quy|hang quy|dinh ky|kpi|(khoi|tranh|de khong|nham khong) bi|giup (\w+ ){0,3}khong bi)\b/g

/** Words officials use that a person in trouble may use too: they weigh against a harm cue. */
const OFFICIAL = /\b(ubnd|uy ban nhan dan|ho tro|bao cao|bc|trach nhiem|vai tro|bien phap|giai phap|quy dinh|huong dan|to chuc|xay dung|thuc hien|can thiep|tiep nhan|tinh|huyen)\b/g

/**
 * Procedure and law words ("quy trình xử lý tin báo", "khung hình phạt"): they weigh against a harm
 * cue, but do not make a plan question on their own ("thủ tục kết hôn" is off-topic).
 */
const PROCEDURE = /\b(quy trinh|thu tuc|co che|quy che|chinh sach|bo luat|hinh su|khung hinh phat|toi danh|tin bao|chuyen gui)\b/g

/** More words of the plans' domain: enough to try the plans, too common to outweigh a harm cue. */
const DOMAIN =
  /\b(hoi dong nhan dan|nop|phu trach|duoc giao|giao cho|cac so|phu nu|nu|nam gioi|nu gioi|binh dang|vi su tien bo|vstbpn|bdg|cap uy|dai bieu|lanh dao|quan ly|doan the|hoi (\w+ ){0,2}(phu nu|nong dan|cuu chien binh)|hoi nong dan|doan thanh nien|dang uy|chinh quyen|nganh|cong tac|phong trao|thi dua|khen thuong|so ket|tong ket)\b/g

/** How an official asks: they support a plan reading, they do not make one on their own. */
const QUESTION_FORMS = /\b(co (\w+ ){1,6}khong|(noi|de cap|nhac|quy dinh|viet) (ve|den|toi)|giao ai|ai (phu trach|thuc hien|lam)|nhu the nao|ra sao|the nao|don vi nao|ai chu tri|ai chiu trach nhiem|nhung gi|gom nhung|bao nhieu|nam 20\d\d|20\d\d)\b/g

const count = (folded: string, pattern: RegExp) => new Set(folded.match(pattern) ?? []).size

/** Evidence that a message is about the plans at all (question forms alone are not). */
export function planScore(folded: string): number {
  return count(folded, STRONG) * 2 + count(folded, OFFICIAL) + count(folded, DOMAIN)
}

/** How strongly a mention of violence reads as a question about plans. */
export function policyScore(folded: string): number {
  return count(folded, STRONG) * 2 + count(folded, OFFICIAL) + count(folded, PROCEDURE) + count(folded, QUESTION_FORMS)
}
