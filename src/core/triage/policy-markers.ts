/**
 * Markers that make a mention of violence a question about plans ("Kế hoạch phòng, chống bạo
 * lực gia đình của An Giang có hoạt động gì?"), read from `ChatText.folded`. Strong markers
 * (2) are terms of the plans themselves; weak ones (1) are words officials use that a person
 * in trouble may use too ("hỗ trợ", "báo cáo").
 */
const STRONG =
  /\b(phong chong|phong ngua|ngan ngua|ngan chan|phong tranh|xoa bo|ung pho|tuyen truyen|truyen thong|ke hoach|mo hinh|chi tieu|nhiem vu|tap huan|de an|tren co so gioi|thang hanh dong|binh dang gioi|so (y te|tu phap|giao duc|lao dong|noi vu|van hoa|tai chinh|thong tin|ldtbxh|ld tb xh|van hoa)|cong an tinh|co quan|lien nganh|chuong trinh hanh dong|giai doan|muc tieu|ty le|ti le|kinh phi|ngan sach|trien khai|chu tri|phoi hop|hoi thi|hoi thao|mit tinh|huong ung|nang cao nang luc|can bo|cong tac vien|nan nhan|dan toc thieu so|luat|nghi dinh|quyet dinh|thong tu|van ban|cap (xa|huyen|tinh)|dia phuong|hoi lien hiep phu nu|hoi lhpn|mat tran|doan thanh nien|lien doan lao dong|bo doi bien phong|dai phat thanh|nha truong|co so giao duc|hoc duong|kiem tra giam sat|giam sat|doi thoai chinh sach|thong ke|so lieu|cac so|so nganh|nhan rong|long ghep|noi dung|hoat dong)\b/g

const WEAK = /\b(ubnd|uy ban nhan dan|ho tro|bao cao|trach nhiem|vai tro|bien phap|giai phap|quy dinh|huong dan|to chuc|xay dung|thuc hien|can thiep|tiep nhan|tinh|huyen|co (\w+ ){1,6}khong|nhu the nao|ra sao|the nao|giao cho|don vi nao|ai chu tri|ai chiu trach nhiem|nhung gi|gom nhung|bao nhieu|nam 20\d\d|20\d\d)\b/g

export function policyScore(folded: string): number {
  const strong = new Set(folded.match(STRONG) ?? []).size
  const weak = new Set(folded.match(WEAK) ?? []).size
  return strong * 2 + weak
}
