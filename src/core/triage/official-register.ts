import type { ChatText } from './read-chat-text.js'

/**
 * The loaded plans' own wording, as a measure of how much a message speaks like them: word pairs
 * ("bao_cao", "chi_tieu", "tao_hon") rather than syllables, since a syllable ("bao", "con") means
 * too many things and a pair of content words is a term. Built from the loaded plans
 * (`answers/plan-vocabulary.ts`); triage only reads it.
 */
export interface PlanVocabulary {
  /** Sum over the distinct word pairs of `text` that the plans use, each weighted by the share of plans using it. */
  weigh(text: string): number
}

/**
 * How an official writes, read as a class rather than from listed questions. Four signals:
 * - a role: a title bound to a unit or a place (chức danh + đơn vị/địa bàn: "cán bộ tư pháp xã",
 *   "công an xã", "trưởng ban công tác mặt trận ấp", "chi hội trưởng phụ nữ", "hiệu trưởng"), and
 *   above all the writer introducing themself in one ("tôi là …", "em làm …") or at an official's
 *   work ("em đang làm báo cáo sơ kết", "sếp giao em viết kế hoạch");
 * - the plans' own vocabulary (`PlanVocabulary`: word pairs the loaded plans share);
 * - cases counted rather than lived: "các vụ", "3 vụ", "số trường hợp", "tỷ lệ", "đối tượng",
 *   "giảm tảo hôn";
 * - questions about duties, reports, forms, staff and money: "báo cáo theo mẫu nào", "nhiệm vụ
 *   gì", "cần mấy người", "có kinh phí không".
 * None of these outweighs a harm done to the writer: triage decides that (`triageMessage`).
 */
export interface OfficialRegister {
  /** The writer speaks as an official: introduces themself in a role or at an official's work. */
  selfIntroduced: boolean
  /** A title bound to a unit is named (the writer's or someone else's). */
  role: boolean
  /** Cases counted: "các vụ", "số trường hợp", "tỷ lệ", a target to reduce. */
  aggregate: boolean
  /** A question about duties, reports, forms, staff or money. */
  dutyQuestion: boolean
  /**
   * A case told as handled or past, from outside it: "hồ sơ đã chuyển công an", "đã bàn giao công
   * an", "từng bị", "đã hòa giải". Triage still checks that the writer and their own people are not in it.
   */
  handledCase: boolean
  /**
   * A case told from outside as ended ("cháu nay ổn", "đã được đưa lên trạm", "trường đã mời phụ
   * huynh"): weaker than `handledCase`, so triage asks more of the rest of the message.
   */
  resolved: boolean
  /** The writer studies, reports on or makes material about the topic: a thesis, a series, a leaflet, a talk. */
  studying: boolean
  /** The plans' word pairs the message uses, weighted by how many plans share each. */
  planVocabulary: number
  score: number
}

/** The sector of a department or a commune official ("tư pháp", "văn hóa – xã hội"). */
const SECTOR = '(tu phap|van hoa|noi vu|ldtbxh|lao dong|y te|giao duc|tai chinh|dia chinh|bien phong|tu phap ho tich|van hoa xa hoi|\\w+ xa hoi)'
/**
 * Units and places (đơn vị, địa bàn) a title is bound to. Short words that also mean something
 * else ("sở"/"sợ", "phòng" a room, "ban" a friend, "quán" a shop) count only with what they are the unit of.
 */
const UNIT = `(xa|phuong|thi tran|thon|ap|buon|xom|khom|khu pho|to dan pho|huyen|tinh|thanh pho|(so|phong) ${SECTOR}|ban (chi dao|cong tac|dan van|van hoa|dai dien|nu cong|quan ly|giam hieu|tuyen giao)|ubnd|uy ban|hdnd|chi hoi|doan|chi doan|mat tran|mttq|truong|tram|trung tam|co quan|don vi|nganh|dia phuong|cong an|to hoa giai|cong doan|phu nu|lhpn|nong dan|cuu chien binh|thanh nien|clb|cau lac bo|dai truyen thanh|dai phat thanh|hop tac xa|htx|${SECTOR})`

/** Titles that exist only in an administration: named alone they are an office. */
const OFFICE =
  '(pho )?(can bo|cong chuc|vien chuc|chuyen vien|can su|cong tac vien|tuyen truyen vien|hoa giai vien|tu van vien|uy vien|chu tich|bi thu|giam doc|chanh van phong|(pho )?chu nhiem (clb|cau lac bo|hop tac xa|htx|doi|nhom|uy ban)|ban chu nhiem|phat thanh vien|mc (\\w+ ){0,2}(dai|chuong trinh|chuyen muc)|truong (ban|phong|thon|ap|khu|xom|khom|tram|khoa|nhom|to|cong an|chi hoi|hoi|dai)|(chi hoi|hoi|thon|ap|xom|khom|khu|to|doi|hieu|tram|phan hieu) truong|hieu pho|dai bieu hdnd|dai bieu hoi dong)'

/** Professions that also name people in a personal story: an office only with a unit, or said of the writer. */
const PROFESSION = '(nhan vien|giao vien|co giao|thay giao|y te|y si|bac si|nu ho sinh|cong an|canh sat|ke toan|thanh vien|can bo)'

const ROLE = `(${OFFICE}\\b|${PROFESSION} (\\w+ ){0,3}${UNIT}\\b)`
/** Professions that say who the writer is on their own ("tôi là giáo viên"); "nhân viên", "thành viên" need their unit. */
const OWN_PROFESSION =
  '(giao vien|co giao|thay giao|y te|y si|bac si|nu ho sinh|dieu duong|phong vien|nha bao|bien tap vien|cong an|canh sat|can bo|luat su|tro giup vien phap ly|tham phan|kiem sat vien|dieu tra vien|nha su|su thay|su co|tru tri|linh muc|muc su|giang vien|hieu truong|tong phu trach|nhan vien cong tac xa hoi|nhan vien xa hoi|tham van vien|gia lang|truong ho|nguoi co uy tin|quan ly (\\w+ ){0,2}(ky tuc xa|nha tro|khu tro|xuong|phan xuong|trung tam|nha tam lanh))'
const WRITER = '(toi|em|minh|tui|chung toi|chung em|ben (toi|em|minh))'
/**
 * The writer by a kinship term, as older officials write ("chị là chủ nhiệm CLB", "anh là trưởng
 * thôn"): only with an office right after, since "anh", "chị" also name the person a story is about.
 */
const ELDER = '(chi|anh|co|chu|bac|thay)'

/** "tôi là cán bộ tư pháp xã", "em làm công an phường", "mình công tác ở phòng văn hóa". */
const SELF_IN_ROLE = new RegExp(
  `\\b${WRITER} (hien |dang |moi |cung )?(la|lam|dam nhiem|kiem|phu trach|duoc (phan cong|giao|bau) (lam )?) (mot )?(${ROLE}|${OWN_PROFESSION}\\b)|\\b${ELDER} (hien |dang |moi )?(la|lam|phu trach) ${OFFICE}\\b|\\b${WRITER} (dang |hien )?(cong tac|lam viec|lam) (o|tai) ${UNIT}\\b|\\b${WRITER} (moi|vua) (nhan viec|nhan nhiem vu|duoc phan cong|ve (cong tac|nhan cong tac))\\b|\\b${WRITER} (moi|vua) (chuyen (sang|ve) )?(lam|vao|ve|nhan) (\\w+ ){0,2}(${UNIT}|van thu|cong tac|ke toan|chuyen vien|can bo|${OFFICE})\\b|\\b${WRITER} (dang |hien )?(day|quan ly|phu trach|dieu hanh|van hanh|giang day) (\\w+ ){0,2}(mam non|tieu hoc|thcs|thpt|lop|truong|mon|ky tuc xa|nha tro|trung tam|nha tam lanh|duong day|doi|clb|cau lac bo|khoa|phong)\\b`,
)

/**
 * The writer labelled in the third person, as officials open a message ("Cán bộ tư pháp xã hỏi:",
 * "Nhà sư trụ trì hỏi", "Tổng phụ trách đội muốn tổ chức …"); a kinship word may come first ("O cán bộ xã hỏi chút").
 */
const THIRD_PERSON_LABEL = new RegExp(`^((${ELDER}|o|di) )?(${OFFICE}|${OWN_PROFESSION})( [^ .]+){0,6} (hoi|xin hoi|muon hoi|muon biet|can biet|de nghi|xin y kien|can (so lieu|thong tin|tai lieu|du lieu|noi dung)|muon (to chuc|van dong|xay dung|dang ky|lam|mo|lap|trien khai|long ghep|tuyen truyen))\\b`)

/** A unit writing as "we" ("Trường chúng tôi", "Công ty luật chúng tôi", "chúng tôi là nhóm sinh viên tình nguyện", "chúng tôi đang vận hành …"). */
const COLLECTIVE_WRITER =
  /\b((truong|cong ty|to chuc|hoi|don vi|co quan|trung tam|benh vien|chua|nha tho|doanh nghiep|clb|cau lac bo|nhom|doan|ban|phong|khoa|van phong)( \w+){0,2} chung (toi|em)|chung (toi|em) (la|dang la) (nhom|to chuc|doan|don vi|cong ty|hoi|trung tam|clb|cau lac bo|ban|phong|truong)|chung (toi|em) (dang |se )?(van hanh|quan ly|phu trach|tai tro|to chuc|trien khai))\b/

/** "Là trưởng thôn, tôi muốn …", "với tư cách cán bộ tư pháp, tôi …". */
const AS_ROLE = new RegExp(`\\b(la|voi tu cach( la)?|lam) (${OFFICE}|${OWN_PROFESSION})( \\w+){0,3} ${WRITER}\\b`)

/** What a leading label names when it is the writer: a title, a profession or a unit ("Điều dưỡng khoa chấn thương:", "Khoa cấp cứu chúng tôi:"). */
const LABEL_ROLE = new RegExp(`\\b(${OFFICE}|${OWN_PROFESSION}|${PROFESSION}|khoa|phong|to|nhom|ban|truong|cong ty|to chuc|van phong|trung tam|benh vien|tram y te|hoa giai vien|tu van vien|tinh nguyen vien)\\b`)

/** Paperwork, the object of an official's work. */
const PAPERWORK = '(bao_cao|ke hoach|van ban|so lieu|to trinh|tai lieu|slide|kpi|de an|chuong trinh|bieu mau|de cuong|thong ke|tong ket|so ket|huong dan|cong van|ban tin|noi dung tuyen truyen)'

/** Communication products and talks an official or a student makes about a topic. */
const PRODUCT =
  '(slogan|poster|bai bao|sapo|tieu de|noi dung canh bao|thong tin canh bao|kich ban|bai giang|cau hoi trac nghiem|trac nghiem|bo cau hoi|the le|buoi truyen thong|buoi sinh hoat|tai lieu (tap huan|sinh hoat|huong dan)|chinh sach (\\w+ ){0,3}(cho|cua|trong) (cong ty|co quan|truong|don vi|doanh nghiep)|to roi|to gap|ban tin|bai tuyen truyen|tieu pham|chuyen muc|bai phat thanh|thong diep|khau hieu|pano|ap phich|bang ron|bai thuyet trinh|thuyet trinh|tham luan|slide|video tuyen truyen|clip tuyen truyen|kich ban|cau hoi thi|cuoc thi|bai giang|giao an|tai lieu tuyen truyen|noi dung tuyen truyen|bai noi chuyen|buoi noi chuyen|sinh hoat chuyen de|chuyen de|bai du thi|bai viet|status|bai dang (fanpage|facebook|tiktok)|infographic|webtoon|truyen tranh|podcast|bai pr|y tuong video|kich ban video|doan thoai|loi keu goi|thong bao noi bo|mau thu|thu gui phu huynh|checklist|bang kiem|giao trinh)'

/** Speaking to an audience ("giải thích cho người dân", "cảnh báo cho thanh niên", "tuyên truyền cho bà con"): an official's or a teacher's work. */
const TO_AUDIENCE = /\b(tuyen truyen|canh bao|giai thich|pho bien|huong dan|noi chuyen|truyen thong|van dong) (\w+ ){0,3}(cho|voi|toi) (ba con|nguoi dan|dan|chi em|phu nu|hoi vien|doan vien|thanh nien|hoc sinh|phu huynh|cong nhan|nguoi lao dong|cong dong|nhan dan|doi vien|sinh vien)\b/

/** Products that head a request on their own ("Bài phát thanh cho đồn biên phòng về …", "Kịch bản tiểu phẩm …"): never a post or a video about the writer. */
const HEAD_PRODUCT = '(bai (noi chuyen|phat thanh|tuyen truyen|giang|thuyet trinh|du thi)|kich ban|tieu pham|to roi|to gap|ap phich|pano|khau hieu|slogan|giao an|tai lieu (tap huan|tuyen truyen|sinh hoat)|cau hoi trac nghiem|bo cau hoi|noi dung tuyen truyen)'

/**
 * Making one ("để tôi in tờ rơi", "đang làm bài thuyết trình", "dẫn chứng cho báo cáo tham luận",
 * "đưa vào bài tuyên truyền", "đọc trên loa"): the harm words around it are its subject.
 */
const MAKING_PRODUCT = new RegExp(
  `\\b(lam|viet|soan|chuan bi|in|phat|dua vao|ghi vao|ghi|dan chung cho|dung cho|trinh bay|thiet ke|dung|to chuc|xay dung|goi y|giup|nghi|cho (toi|em|minh|tui)|can|xin|nho) (\\w+ ){0,4}(cho )?${PRODUCT}\\b|\\b(doc|phat) (tren|qua) (loa|dai|song)\\b|^(can |xin |nho |viet |soan )?(mot |1 )?${HEAD_PRODUCT}\\b`,
)

/** The writer at an official's work: "em đang làm báo cáo", "sếp giao em viết kế hoạch", "ban chỉ đạo giao tôi soạn …". */
const AT_OFFICIAL_WORK = new RegExp(
  `\\b${WRITER} (dang |can |phai |duoc giao |moi )?(lam|viet|soan|tong hop|xay dung|chuan bi|nop|trinh|bao_cao) (\\w+ ){0,1}${PAPERWORK}\\b|\\b(giao|phan cong|nho|bao|bat|yeu cau|dan) (cho )?(toi|em|minh|tui) (\\w+ ){0,1}(lam|viet|soan|tong hop|xay dung|chuan bi|lo|phu trach) (\\w+ ){0,2}(${PAPERWORK}|mang|linh vuc|cong tac|mo hinh|phong chong|tuyen truyen)\\b`,
)

/** A role bound to a unit, named as the subject of a duty ("chi hội trưởng phụ nữ thì có nhiệm vụ gì"). */
const NAMED_ROLE = new RegExp(`\\b${ROLE}`)

/** Cases counted, not lived, and targets set on them; "số vụ" needs its marks (`COUNTED_CASES`). */
const AGGREGATE =
  /\b((cac|nhung|bao nhieu|may|mot so|tong so|nhieu|rat nhieu|kha nhieu|vai|it|hang chuc|hang tram|\d+) (vu|vu viec|truong hop|doi tuong|nan nhan)|so (truong hop|doi tuong|nan nhan|lieu|phu nu|tre em|hoc sinh|nguoi|ho|gia dinh|lao dong|co dau)|ty le|ti le|phan tram|\d+ ?%|thong ke|con so|theo (dieu tra|khao sat|thong ke|bao cao)|so (\w+ ){1,10}(can dat|phai dat|phan dau)|(giam|tang|day lui|han che|kiem che|phan dau|xoa bo) (\w+ ){0,2}(ty le|ti le|so vu|tinh trang|tao hon|bao luc|xam hai|mua ban|hon nhan can huyet))\b/

/**
 * People counted in a unit ("xã có 2 em …", "chi hội có 3 hội viên …", "thôn có 4 chị …"): how an
 * official tells cases. A number before "em"/"chị" names others, never the writer.
 */
const COUNTED_PEOPLE =
  /\b(quy|thang|nam|tuan|dot|nam hoc|xa|phuong|thi tran|thon|ap|ban|xom|khom|khu pho|to dan pho|to|huyen|tinh|chi hoi|hoi|truong|lop|don vi|dia ban|dia phuong|co quan|doanh nghiep|cong ty) (\w+ ){0,4}co (\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|vai|nhieu) (em|chau|hoc sinh|hoi vien|chi|phu nu|nguoi|ho|gia dinh|tre|nu sinh|cong nhan|lao dong)\b/

/** People counted who suffer something ("4 công nhân nữ báo bị chồng đánh", "mười mấy chị em xã viên hay bị …"): cases told from outside. */
const COUNTED_SUFFERING = /\b(\d+|hai|ba|bon|nam|sau|bay|tam|chin|muoi|muoi may|vai|vai chuc|hang chuc|nhieu|mot so) (chi em|chi|hoi vien|xa vien|cong nhan|hoc sinh|phu nu|nguoi|ho|gia dinh|em|chau|ca|truong hop)( \w+){0,3} (hay |thuong |deu |tung |bao |noi )?bi\b/

/** The case handed over, dealt with, or in the past: told from outside it. */
const HANDLED_CASE =
  /\b((da|duoc) (\w+ ){0,2}(chuyen|ban giao|chuyen giao|chuyen ho so|bao cao|trinh bao) (\w+ ){0,3}(cong an|co quan chuc nang|co quan dieu tra|vien kiem sat|toa an|cap tren)|ho so (\w+ ){0,2}(da )?(chuyen|gui|ban giao)|da (duoc )?(xu ly|giai quyet|hoa giai|khoi to|xet xu|dua ra xet xu|can thiep xong|giai cuu|lap bien ban|xu phat)|duoc giai cuu|(da|duoc) phoi hop (voi )?(\w+ ){0,2}(cong an|co quan chuc nang|chinh quyen|bien phong|xa|phuong|truong|gia dinh)|(giai quyet|xu ly|hoa giai|can thiep) xong|da (\w+ ){0,4}bao (cho )?(cong an|chinh quyen|ubnd|xa|phuong)|da dua (\w+ ){0,3}(toi|den|vao) (nha tam lanh|dia chi tin cay|trung tam|co so)|da (ho tro|gioi thieu|chuyen gui|van dong) |vu an (dang|da) (dieu tra|xet xu|khoi to|thu ly)|(truong|nha truong|xa|phuong|thon|ap|ban|don vi|co quan|chung toi|hoi|chi hoi|ubnd|gia dinh|gia dinh chau|gia dinh em ay) (\w+ ){0,2}da (bao|trinh bao|bao tin cho|bao_cao) (\w+ ){0,2}(cong an|co quan chuc nang|chinh quyen|ubnd|phong giao duc|cap tren)|tung bi|(nam nay|nam qua|nam ngoai|thang qua|quy nay|quy truoc|tu dau nam|dau nam|nam \d{4}) (\w+ ){0,4}co (\d+|hai|ba|bon|nam|vai|nhieu))\b/

/**
 * How the case ended, told from outside it: the person is well again, back at school, divorced
 * and settled, treated and discharged; the one who did it apologised, signed a pledge or gave up
 * drink ("cháu nay ổn", "đã khỏe", "đã ly hôn và nay ổn định", "được cấp cứu kịp", "bỏ rượu
 * hẳn"); someone counted in a past period ("năm ngoái có một chị …", "hồi tháng 3 có một em …").
 * Never told of the writer ("em đã ly hôn", "em được đưa vào viện"): that is their own story. Triage
 * still checks that the writer and their own people are not in it and that nothing goes on.
 */
const RESOLVED =
  /\b((?<!\b(toi|dem|hom|sang|chieu|trua|bua) )(?<!\b(toi|em|minh|tui|tao|con)( da| cung| deu| moi| vua)? )(nay|gio|bay gio|hien|hien nay|hien gio|hien tai) (\w+ ){0,3}(da )?(on|on dinh|khoe|khoe manh|binh thuong|di hoc lai|di hoc binh thuong|di lam lai|hoa nhap)|(?<!\b(toi|em|minh|tui|tao|con)( da| cung| deu| moi| vua)? )(da|deu da) (\w+ ){0,2}(khoe|on|on dinh|binh phuc|hoi phuc|xuat vien|ly hon|ly di|di hoc lai|ve di hoc|tro lai truong|dieu tri xong|xin loi|ky cam ket)|(me con )?deu khoe|duoc (cap )?cuu (kip|kip thoi|song)|bo (ruou|co bac|danh bac) (han|roi)|(da|vua|moi) (ho tro|giup) (\w+ ){0,2}(dua|don|tiep nhan)|(?<!\b(toi|em|minh|tui|tao|con)( da| cung| deu| moi| vua)? )(da )?duoc (dua|chuyen|don) (\w+ ){0,3}(tram|vien|benh vien)|(truong|nha truong|tram|tram y te|benh vien|xa|phuong|thon|hoi (phu nu|lhpn|nong dan)|chi hoi|doan|cong doan|to (hoa giai|dan pho|cong tac)|co quan|don vi|ubnd) (\w+ ){0,2}da (\w+ ){0,1}(cho|moi|dua|bo tri|sap xep|tiep nhan|dieu tri|tu van|can thiep|xu ly|ho tro|lam viec)|(tung|da tung) co (\w+ ){0,2}(chi em|hoi vien|thanh vien|nhan vien|cong nhan|hoc sinh|nguoi|truong hop|ca|vu) |(nam ngoai|nam truoc|nam \d{4}|thang truoc|hoi thang \d+|quy (i|ii|iii|iv|\d|truoc)|ngay truoc|truoc day|(he|dot|dip|thang|nam|tuan) vua (roi|qua)) (\w+ ){0,4}co (mot|1) (chi|co|em|chau|cu ba|cu ong|hoc sinh|nu|phu nu|truong hop|ca|vu))\b/

/** Studying or reporting on the topic: "em là sv … làm khóa luận", "tôi là phóng viên … loạt bài". */
const STUDYING = new RegExp(
  `\\b${WRITER} (la|dang la|hien la) (sinh vien|sv|hoc vien|hoc vien cao hoc|nghien cuu sinh|nghien cuu vien|giang vien|phong vien|nha bao|bien tap vien|ctv bao)\\b|\\bsinh vien (nam (nhat|hai|ba|tu|cuoi) )?(nganh|khoa) \\w+|\\b(khao sat|dieu tra xa hoi hoc|phong van sau) (\\w+ ){0,3}(thai do|nhan thuc|hieu biet|thuc trang|y kien|nguoi dan|nam gioi|phu nu|hoc sinh)\\b|\\b(lam|viet|thuc hien|bao ve) (\\w+ ){0,1}(khoa luan|luan van|luan an|tieu luan|de tai|loat bai|phong su|bai bao|bai viet|chuyen de nghien cuu|nghien cuu)\\b|\\b(khoa luan|luan van|luan an|tieu luan|de tai|loat bai|phong su) (\\w+ ){0,2}ve\\b`,
)

/** "số vụ" typed with marks ("so_ vu" in `sense`); unmarked "so vu" may be "sờ vú" and does not count. */
const COUNTED_CASES = /\bso_ (vu|vu viec)\b/

/** Questions about duties, reports, forms, staff and money. */
const DUTY_QUESTION =
  /\b((theo|dung|xin|nop|dien) (\w+ ){0,2}(mau|bieu mau|mau bieu|de cuong)|bieu mau|mau bieu|mau (bao_cao|so|bieu|nao|chung)|de cuong|nhiem vu (gi|nao)|trach nhiem (gi|nao)|(phai|can) lam (gi|nhung gi)|giao (cho )?(ai|don vi nao|co quan nao)|ai (phu trach|chu tri|thuc hien|chiu trach nhiem|ky)|phu trach (mang|linh vuc|viec)|bao_cao (\w+ ){0,3}(cho ai|len|ve|gui|theo|dinh ky|hang quy)|(gui|thong ke|cap nhat) (\w+ ){0,2}(vao|ve|len) (dau|nao|\w+ nao)|can (may|bao nhieu) (nguoi|thanh vien|tuyen truyen vien|tu van vien|can bo)|kinh phi|ngan sach|chi tieu|(lap|thanh lap|kien toan|nhan rong) (to|ban|doi|nhom|so|mo hinh)|mo hinh|(co|trong|theo) ke hoach|ke hoach (co|giao|yeu cau|quy dinh))\b/

/** Points per signal: the writer's own role weighs most; the vocabulary adds at most 4. */
const WEIGHT = { selfIntroduced: 3, role: 2, aggregate: 2, dutyQuestion: 2, vocabularyCap: 4 }

export function readOfficialRegister(chat: ChatText, vocabulary?: PlanVocabulary): OfficialRegister {
  // Words marked harmless for the harm cues ("bộ" → "bo_") are plain words here; only "số vụ"
  // needs the mark that tells it from "sờ vú".
  const plain = chat.sense.replace(/_(?= |$)/g, '')
  const making = MAKING_PRODUCT.test(plain) || TO_AUDIENCE.test(plain)
  const labelled = chat.label !== null && LABEL_ROLE.test(chat.label)
  const selfIntroduced = labelled || SELF_IN_ROLE.test(plain) || AT_OFFICIAL_WORK.test(plain) || making || THIRD_PERSON_LABEL.test(plain) || COLLECTIVE_WRITER.test(plain) || AS_ROLE.test(plain)
  const role = selfIntroduced || NAMED_ROLE.test(plain)
  const aggregate = AGGREGATE.test(plain) || COUNTED_CASES.test(chat.sense) || COUNTED_PEOPLE.test(plain) || COUNTED_SUFFERING.test(plain)
  const dutyQuestion = DUTY_QUESTION.test(plain)
  const handledCase = HANDLED_CASE.test(plain)
  const resolved = RESOLVED.test(plain)
  const studying = STUDYING.test(plain) || making
  const planVocabulary = vocabulary ? vocabulary.weigh(chat.folded) : 0
  // A student or journalist at work on the topic speaks as an official does.
  const score = (selfIntroduced || studying ? WEIGHT.selfIntroduced : role ? WEIGHT.role : 0) + (aggregate ? WEIGHT.aggregate : 0) + (dutyQuestion ? WEIGHT.dutyQuestion : 0) + Math.min(WEIGHT.vocabularyCap, Math.floor(planVocabulary))
  return { selfIntroduced, role, aggregate, dutyQuestion, handledCase, resolved, studying, planVocabulary, score }
}
