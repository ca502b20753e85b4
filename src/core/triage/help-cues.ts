/** A channel to report through ("app nào báo tin", "trang web để phản ánh"): where to report, for anyone asking. */
const REPORT_CHANNEL = String.raw`(app|ung dung|trang web|website|zalo|kenh|cach) (\w+ ){0,3}(de )?(bao tin|to giac|to cao|phan anh)`
/** Looking for who helps ("tìm hỗ trợ ở tổ chức nào", "xin tư vấn ở đâu"). */
const HELP_FROM_WHOM = String.raw`(tim|xin) (\w+ ){0,2}(ho tro|giup do|tu van) (o )?(dau|to chuc nao|noi nao|co quan nao)`

/**
 * Requests for a hotline, a safe place or where to report, with no harm named
 * ("cho tôi xin số đường dây nóng", "nhà tạm lánh ở Huế"). Read from `ChatText.folded`.
 */
export const HELP_CUES = new RegExp(
  String.raw`\b(duong day nong|hotline|tong dai|so dien thoai|sdt|goi so nao|goi ai|so (may|nao)|11[135]|1900|dia chi tin cay|nha tam lanh|tam lanh|tru an|cho (o|ngu) tam|cho tron|noi tron|nha an toan|(noi|cho|nha) (\w+ ){0,2}an toan|(o|ngu|tru) (tam|nho)|cho tru|(?<!\b(hoc sinh|hs|truong|dan toc|ky tuc xa|khu|ban|lop|tre|em|sinh vien) )noi tru(?! (dan toc|ban tru|cap|ky tuc))|ngoi nha binh yen|tu van|bao (o dau|ai|cho ai|cong an)|to cao|to giac|bao tin|kenh (\w+ ){0,2}(bao|to giac|phan anh)|(lenh|bien phap|quyet dinh) cam tiep xuc|${HELP_FROM_WHOM}|${REPORT_CHANNEL}|lien he (ai|o dau|voi ai)|ai (co the )?giup|can (nguoi )?giup|giup do|cho nao (giup|nhan|ho tro)|noi nao (giup|nhan|ho tro)|noi (giup|ho tro|tiep nhan|cham soc|bao tro|nuoi duong)|nho ai|cong an (xa|phuong)|dia chi (\w+ ){0,2}(tro giup|giup|ho tro)|tro giup|bao luc (thi )?bao)\b`,
)

/**
 * A hotline people at risk call, by number or name: a question about it ("gọi có mất tiền không",
 * "gọi ban đêm được không") is a help request whatever else it asks.
 */
export const KNOWN_HOTLINE = /\b(11[135]|1900 ?969 ?680|1800 ?1567|tong dai (quoc gia )?(bao ve tre em|111)|duong day nong|hotline (\w+ ){0,2}(bao ve|tre em|bao luc|phu nu))\b/

/**
 * A phone line of a business or utility ("tổng đài điện lực", "số ngân hàng", "hotline nhà mạng"):
 * the service noun decides, and these help nobody at risk.
 */
export const COMMERCIAL_LINE =
  /\b(tong dai|so dien thoai|sdt|so|hotline|duong day nong|so cham soc) (\w+ ){0,2}(dien luc|evn|dien nuoc|cap nuoc|nuoc sach|ngan hang|nha mang|viettel|vinaphone|mobifone|vnpt|fpt|internet|wifi|truyen hinh|cham soc khach hang|cskh|taxi|grab|be|giao hang|chuyen phat|buu dien|hang khong|vietjet|vietnam airlines|bao hanh|cua hang|shop|shopee|lazada|tiki|bao hiem|xe khach|nha xe|nha hang|khach san|dat ve|dat ban|sieu thi|dien may|the tin dung|tra gop|cong ty)\b/

/** Who is addressed, and the particles small talk ends with ("nha", "nhé", "ạ", "vậy"). */
// Kinship terms as people address anyone, the bot too ("chú bot", Central "o" for an aunt).
const ADDRESSEE = '((ban|bot|em|anh|chi|co|chu|bac|o|di|cau|thay|moi nguoi|ca nha|ad|admin|shop)( bot)?( oi)?)'
const PARTICLES = '( (nha|nhe|nhen|nghe|nghen|hen|a|ah|ha|nhi|vay|the|day|oi|nhieu|lam|nhe ban|ne|luon|nhieu nhieu|nhieu lam))*'
/** A word of praise for the answer ("hữu ích lắm", "hay quá"). */
const PRAISE = '((thong tin|cau tra loi|tra loi) )?(rat |that |qua |kha |cung )?(huu ich|hay|tot|tuyet|tuyet voi|de thuong|nhiet tinh|chu dao|nhanh|de hieu|ro rang)( qua| lam| that| ghe)?( (cho|voi) (\\w+ ){0,2}(toi|em|minh|tui|cong viec|chung toi))?'
/** What the writer thanks for: "đã giúp mình", "vì đã trả lời". */
const THANKED_FOR = '(vi )?(da )?(giup|tra loi|ho tro|chi|huong dan|giai dap|giai thich)( do)?( (toi|em|minh|tui|chi|anh|co|chu))?'
/** "chào", "hi" and a mention of the time of day or a first visit. */
const HELLO = `((da|vang) )?((con|em|chau|toi|minh|tui) )?(xin chao|chao|hello|hi|alo|lo|hey|helo|halo|chao buoi (sang|trua|chieu|toi))( ${ADDRESSEE}| buoi (sang|trua|chieu|toi)| minh moi dung lan dau| .{0,30}lan dau)*`
/**
 * Small talk, as a whole message: hello, thanks, good wishes, goodbye, "anyone there?", "are
 * you a person or a machine?". Nothing about people or harm can hide in it: it must be all of it.
 */
const SMALL_TALK = [
  HELLO,
  // Thanks, however spelled ("thank u", "thx"), and for what ("cảm ơn bạn đã giúp mình").
  `(cam on|cam on nhieu|thank you|thank u|thanks u|thanks|thank|tks|thx|ty|thanks you|ok|oke|oki|okie|okela|okay|da|vang|da vang|da vang a|u|uh|uk|um|duoc roi|vay duoc roi)( ${ADDRESSEE})?${PARTICLES}( ${THANKED_FOR})?${PARTICLES}( ${PRAISE})?`,
  // Laughter ("hihi", "hehe", "haha"): a reaction, nothing asked.
  '(?:hi){2,}|(?:hj){2,}|(?:he){2,}|(?:ha){2,}|(?:ke){2,}|(?:ka){2,}',
  PRAISE,
  `(chuc|chuc ${ADDRESSEE}) (\\w+ ){0,3}(tot lanh|vui ve|ngu ngon|may man|suc khoe|thanh cong|binh an|an lanh|vui)`,
  `(tam biet|bye|bai bai|hen gap lai|ngu ngon)( ${ADDRESSEE})?`,
  `((alo|hello|hi) )?(co ai (o )?(do|day)( khong)?|co ai (khong|tra loi khong|online khong)|con ai (do|day) khong|${ADDRESSEE} (con )?(do|day|online) khong)`,
  `(${ADDRESSEE} )?(la (ai|gi|nguoi hay may|nguoi that|nguoi that hay may|robot|ai vay|bot a|nguoi hay bot|may hay nguoi)|ten (gi|la gi)|(do )?ai (tao|lam) ra)`,
  // "are you a real person?", however it is spelled: "bot có phải ng thật k z", "bạn là người thật hả".
  `(${ADDRESSEE} )?(co )?(phai|that|dung) (la )?(nguoi|robot|bot|may|ai|chatbot)( that)?( hay (nguoi|may|bot|robot)( that)?)?( (khong|ha|a|chu))?`,
  `(${ADDRESSEE} )?la (nguoi|robot|bot|may|chatbot)( that)?( hay (nguoi|may|bot|robot)( that)?)?( (khong|ha|a|chu))`,
  // Calling the bot by name ("bot ơi"), "how are you", "I see now".
  ADDRESSEE,
  `((hom nay|dao nay) )?(${ADDRESSEE} )?(co |van )?(khoe|on|vui) (khong|chu|ha)`,
  `((toi|em|minh|tui|co|chu) )?(da )?(hieu|ro|biet|nam duoc|hieu duoc)( roi| duoc roi)`,
  // "You're welcome" and its Southern forms ("hổng có gì").
  `(khong|hong|ko) (co )?gi( dau| het)?`,
  // Asking leave to ask ("tôi có thể hỏi vài câu không?"): nothing asked yet.
  `((cho|xin) )?((toi|em|minh|tui|con|chau) )?(co the |duoc )?hoi (vai|may|mot|1) (cau|chut|cai|dieu|van de)( duoc)?( khong)?`,
]
const SMALL_TALK_ITEM = `(${SMALL_TALK.join('|')})${PARTICLES}`
/** Small talk only if it is the whole message: "ok thanks", "cảm ơn bạn, mình hiểu rồi" chain several items. */
export const GREETING = new RegExp(`^(${HELLO} )?${SMALL_TALK_ITEM}( ${SMALL_TALK_ITEM}){0,3}$`)

/** A first-time user saying so before asking to be guided: "chú mới cài", "cô mới dùng lần đầu". */
const FIRST_USE = '((toi|em|minh|co|chu|bac|anh|chi|con|tui) )?(moi|vua) (cai|dung|tai|vao|biet|su dung|xai)( (bot|app|ung dung|zalo|telegram))?( lan dau)?'

/** A first-time user asking what to ask: "chị nên hỏi gì đây", "hỏi gì được". */
const ASKER_WHAT = '((toi|em|minh|co|chu|bac|anh|chi|con|tui) )?(nen|can|co the|duoc|phai) hoi (gi|cai gi|nhung gi|ve gi|the nao)( (truoc|dau tien|day|bay gio|duoc))*|hoi (gi|cai gi) (cung )?duoc'

/** Asking what the bot does (slash commands are recognised on the raw text), greeted or not. */
export const COMMAND = new RegExp(
  `^(${HELLO} )?(${FIRST_USE} )?(tro giup|huong dan|menu|start|ban lam duoc gi|ban giup duoc gi|(ban|bot|em) (co the )?(giup|lam|ho tro) (duoc )?(\\w+ ){0,2}(gi|nhung gi|viec gi|nhung viec gi|cai gi)|(ban|bot) (dung|biet) (de )?lam gi|huong dan (su dung|cach dung)|cach (dung|su dung) (ban|bot|tro ly)|((${ADDRESSEE}|ban|bot|em) )?huong dan( cho| giup)?( (toi|em|minh|co|chu|bac|anh|chi|con|tui))?( cach (su )?dung| su dung)?( voi| di| nhe| dum| giup)?|((cai |con )?(bot|ban|tro ly|ung dung|app)( nay)? )?(dung|su dung|xai) (the nao|nhu the nao|ra sao|sao|kieu gi)|${ASKER_WHAT})${PARTICLES}$`,
)

/**
 * A request for a place, a phone or counselling by its structure: where / which number / who
 * receives, with a service that helps people at risk ("ở đâu nhận tư vấn cho nạn nhân", "số điện
 * thoại hội phụ nữ tỉnh", "nơi nào tiếp nhận nạn nhân"). Read from `ChatText.folded`.
 */
export const WHERE_TO_GET_HELP = new RegExp(
  String.raw`\b(o dau|noi nao|(thi|phai|nen) (den|toi|ra) dau|so (tong dai|duong day nong|hotline|dien thoai|dt)( \w+){0,8} (la )?(bao nhieu|gi|may|nao)|${HELP_FROM_WHOM}|(?<!(quyet dinh|ke hoach|van ban|cong van|thong tu|nghi dinh|nghi quyet|chi thi|de an|kh|qd) )so may|(duong day|tong dai|trung tam|dich vu|phong kham|benh vien|co so y te|tram y te|van phong luat|luat su|nha tam lanh) (\w+ ){0,3}nao|(cho|noi|diem|co so|trung tam|van phong|dia chi) (\w+ ){0,3}gan (day|nhat|nha|toi|em|minh|khu nay|o day)|(share|gui|chia se|bat) (location|vi tri|dinh vi)|trung tam (ho tro|tu van|cong tac xa hoi) (\w+ ){0,6}o|cho nao|dau co|co noi|co cho|dia chi|so dien( \w+)?|so dt|so lien lac|so lien he|so nao|goi (so|ai)|lien he (ai|voi ai|o dau|dau|the nao|ra sao|bang cach nao)|(xin|cho xin|cho) so( dien thoai| dt| lien lac| lien he)?|ai (nhan|tiep nhan|giup|ho tro)|(don vi|co quan|to chuc|trung tam) nao (\w+ ){0,2}(nhan|tiep nhan|tu van|giup|ho tro))\b`,
)
export const HELP_SERVICE =
  /\b((?<!\b(xac|ghi|thua|cong|chung|ky) )nhan|tiep nhan|tu van|giup do|giup|ho tro|tro giup|bao ve|tam lanh|tru an|nha an toan|nan nhan|hoi (lien hiep )?phu nu|cong an|doan thanh nien|trung tam cong tac xa hoi|cong tac xa hoi|tong dai|duong day nong|hotline|bao tro|cuu tro|phap ly|tro giup phap ly|luat su|bi bao luc|bi xam hai|bi danh)\b/

/**
 * What only a question about the plan documents says ("theo kế hoạch", "kinh phí", "chỉ tiêu";
 * data, forms and rules: "số liệu", "biểu mẫu", "quy chế"):
 * with it a where-question is about the plans ("kế hoạch giao đơn vị nào tiếp nhận …").
 */
export const PLAN_DOCUMENT =
  /\b(so lieu|thong ke|bieu mau|mau bao cao|khung mau|quy che|ke hoach|kh \d+|de an|chuong trinh|chi tieu|nhiem vu|kinh phi|ngan sach|trien khai|bao cao|van ban|quy dinh|theo (luat|nghi dinh|quyet dinh|thong tu)|phai (cung cap|thuc hien|lam|bo tri|dam bao)|duoc giao|giao cho|chu tri|phoi hop|muc tieu|giai doan|20\d\d)\b/

/**
 * A vehicle in trouble or a roadside service ("xe chết máy … gọi cứu hộ", "thủng lốp"): the help
 * asked for is a tow truck, a business line like the ones above.
 */
export const VEHICLE_SERVICE = /\b(cuu ho (giao thong|xe|o to|oto|xe may)|keo xe|sua xe|(xe|o to|oto|xe may|xe hoi) (\w+ ){0,4}(chet may|hong|hong may|hu|thung lop|xit lop|het xang|het binh|het dien|sap lop|bi pan|khong no may|khong no))\b/

/**
 * Civil-status and administrative paperwork ("giấy xác nhận tình trạng hôn nhân", "trích lục khai
 * sinh", "làm căn cước") and social-insurance benefits ("trợ cấp thất nghiệp nhận ở đâu"): asked where to
 * get it, it is an errand, not a request for help.
 */
export const CIVIL_PAPERWORK =
  /\b(giay (xac nhan|khai sinh|chung tu|chung nhan|phep|to tuy than)|xac nhan (tinh trang hon nhan|cu tru|dan su)|tinh trang hon nhan|trich luc|ban sao (khai sinh|giay)|ho tich|ho khau|(lam|cap|cap doi|cap lai|xin) (lai )?(can cuoc|cccd|cmnd|ho chieu|giay to|so do|bang lai)|dang ky (ket hon|khai sinh|khai tu|tam tru|thuong tru|tam vang|ho kinh doanh)|cong chung|chung thuc|(tro cap|bao hiem) (that nghiep|huu tri|thai san)|luong huu|che do (thai san|huu tri))\b/

/**
 * Work on a help model ("nhân rộng", "duy trì", "hoạt động ra sao"): with it "địa chỉ tin cậy"
 * names the model, not an address someone asks for.
 */
export const HELP_MODEL_WORK = /\b(nhan rong|hoat dong|van hanh|xay dung|thanh lap|duy tri|kien toan|mo hinh)\b/

const SERVICE_NOUN = /\b(nha tam lanh|dia chi tin cay|duong day nong|tong dai|trung tam cong tac xa hoi|phong tham van|diem tu van|buoi tu van|dich vu tu van|tu van phap luat|tro giup phap ly|co so tro giup)\b/
const PROGRAMME_FACET =
  /\b(tieu chuan|co so vat chat|nhan luc|nhan su|can bo phu trach|thu tuc (mo|thanh lap|dang ky)|dang ky (lam|tro thanh|tham gia|tu van|ho tro|tinh nguyen)|tai tro|nha tai tro|thuc tap|hop tac|ky ket|van hanh|duy tri|nhan rong|thanh lap|mo (them|moi)|xay dung|kinh phi|ngan sach|nguon (kinh phi|nao|von)|tinh (tu|vao) nguon|dinh muc|che do (an|chi|boi duong|phu cap)|dau moi|quy trinh|chuyen gui|so do|quy che|tuyen (dung|nhan vien|tinh nguyen vien)|dao tao|tap huan|bao mat thong tin|hieu qua|muon mo|so sanh|khac nhau|khac gi|co phai la|dinh nghia|khai niem|so theo doi|theo quy dinh|ghi (nhung )?thong tin gi|bien hieu|kich thuoc|tieu chi|cong nhan|ho so|(dia chi tin cay|nha tam lanh|phong tham van) (la gi|nghia la gi|duoc hieu (la|nhu) (gi|the nao))|can cu|bao nhieu cuoc goi|thong ke|so lieu|(doc|phat) (\w+ ){0,3}(tren|qua) loa|to roi|phong su|quay phim|chat van)\b/

/**
 * A help service asked about as a programme to run, fund, staff, join or count — its standards,
 * staff, procedures, sponsors, interns, sources of money, lists and numbers ("Nhà tạm lánh cần
 * những tiêu chuẩn gì", "mở đường dây nóng cấp huyện cần nhân lực gì", "chùa đăng ký làm địa chỉ
 * tin cậy được không"): officials' work. Nothing here is what a person in need asks (how long one
 * may stay, whether a child may come, whether it costs, where the list of places is): those stay help requests.
 */
export function asksServiceAsProgramme(folded: string): boolean {
  return SERVICE_NOUN.test(folded) && PROGRAMME_FACET.test(folded)
}

/**
 * Where to report harm or whom to turn to ("phát hiện trẻ bị xâm hại thì báo cho cơ quan nào",
 * "danh sách cơ sở tiếp nhận nạn nhân"): asked by a bystander or a survivor as often as by an
 * official, so a plan answer to it carries the hotlines on top. Read from folded text.
 */
export const WHERE_TO_REPORT = new RegExp(
  String.raw`\b((bao|trinh bao|to giac|to cao|khai bao|thong bao|phan anh|keu cuu)( \w+){0,4} (cho |voi |den |toi |len |o )?(ai|co quan nao|don vi nao|noi nao|dau|cho nao)|${REPORT_CHANNEL}|(danh sach|nhung|cac) (\w+ ){0,2}(co so|noi|dia chi|trung tam|nha tam lanh|diem) (\w+ ){0,4}(tiep nhan|tro giup|ho tro|bao ve) (\w+ ){0,2}nan nhan)\b`,
)
