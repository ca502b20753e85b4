/**
 * Harm cues, grouped after the acts the law names:
 * - Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), Điều 3 khoản 1: hành hạ, ngược đãi,
 *   đánh đập, đe dọa (a); lăng mạ, chì chiết, xúc phạm danh dự (b); bỏ mặc, không chăm sóc (d);
 *   ngăn cản gặp người thân, cô lập (e, p); tiết lộ, phát tán thông tin riêng tư (h); cưỡng ép
 *   quan hệ tình dục, khiêu dâm (i, k); cưỡng ép tảo hôn, kết hôn (l); chiếm đoạt, hủy hoại tài
 *   sản, kiểm soát thu nhập (n, o); giam cầm (p); buộc ra khỏi chỗ ở (q).
 * - Luật Trẻ em 2016, Điều 6: xâm hại tình dục, bạo lực, bóc lột, bỏ rơi, mua bán, bắt cóc,
 *   tảo hôn, xâm phạm đời sống riêng tư của trẻ em.
 * Plus what people at risk add in their own words: stalking, trafficking with confiscated
 * papers, secret filming, leaked photos, and self-harm.
 *
 * Every pattern reads `ChatText.sense` (folded, teen spellings expanded, harmless marked
 * homographs suffixed with "_"). Weights: 1 = a topic word plans use too ("bạo lực",
 * "xâm hại", "quấy rối"); 2 = an act; 3 = an act done to someone ("đánh tôi", "bị hiếp").
 */
export type HarmKind =
  | 'physical'
  | 'sexual'
  | 'psychological'
  | 'economic'
  | 'online'
  | 'threat'
  | 'stalking'
  | 'confinement'
  | 'eviction'
  | 'neglect'
  | 'forced-marriage'
  | 'trafficking'
  | 'self-harm'
  /** Something adverse done to the writer that no listed form names ('bị chồng …'). */
  | 'unspecified'

export interface HarmCue {
  harm: HarmKind
  weight: 1 | 2 | 3
  pattern: RegExp
}

/** Someone an act is done to (object of the verb). */
const WHO = '(toi|em|minh|tao|con|chau|vo|me|chi|ban|be|no|anh|co ay|nguoi ta|ba|ong|dua|thang|vo con|me con|(mot )?(phu nu|co gai|dua tre|em be|nguoi khac|ba cu|ong cu))'
/** Private images: "ảnh nóng", "clip", "ảnh của tôi" — not "anh" the brother. */
const PHOTO = '((anh|hinh) (nong|nude|nhay cam|rieng tu|khoa than|bay|sex|cua (toi|em|minh))|clip|video)'
const re = (source: string) => new RegExp(`\\b(?:${source})\\b`)
const cue = (harm: HarmKind, weight: HarmCue['weight'], source: string): HarmCue => ({ harm, weight, pattern: re(source) })

/** Someone feared or unwanted, as the subject of waiting or watching: "hắn", "thằng đó", an ex. */
const PURSUER = '(han|no|ong ta|anh ta|lao|thang (do|kia|ay|cha)|nguoi la|ke la|(chong|vo|nguoi yeu|ban trai|ban gai|bo) cu|nguoi do|ga do)'

// Hitting verbs ("đánh giá", "danh sách" are neutralised in ChatText.sense already).
const HIT = '(danh|dap|dam|tat|quat|phang|dap dau|bop co|xo nga|day nga|nem|ruot|tum toc|keo toc|giat toc|chem|tra tan|hanh hung|dam da|bat tai|tat tai|be tay|van tay|troi)'

export const HARM_CUES: readonly HarmCue[] = [
  // Physical: hành hạ, ngược đãi, đánh đập (Điều 3.1.a).
  cue('physical', 3, `bi (\\w+ ){0,2}${HIT}|da (vao|toi|em|minh|con)|(di|dui|nhan) dau (\\w+ ){0,2}(vao|vo_?|xuong)|day (\\w+ ){0,2}(nga|xuong|vao tuong|ra)`),
  cue('physical', 3, `${HIT} (\\w+ ){0,2}${WHO}`),
  cue('physical', 3, `${WHO} (\\w+ ){0,3}(danh|dap|tat|dam|da|xo|phang|quat) (\\w+ ){0,2}(vao|xuong|toi|em)`),
  cue('physical', 2, `(chong|vo|nguoi yeu|bo|me|bo duong|me ke|anh|thang|ong|ba|thay|chu|ban trai|no|ong xa|ba xa|thang do|han) (\\w+ ){0,4}(danh|dap|dam|tat|quat|phang|ruot|dan)`),
  cue(
    'physical',
    2,
    'nem (\\w+ ){0,3}vao (dau|nguoi|mat|lung|toi|em)|nheo|cau (toi|em|minh)|len con|va vao (mat|mom|mieng|ma)|hat (\\w+ ){0,2}(nuoc soi|axit|xang|dau soi)|keo le|de (toi|em|minh) ra|troi (\\w+ ){0,2}(vao|lai|tay|chan)|chay mau|bam tim|tim mat|vet bam|vet bong|sung (mat|tay|het)|gay (tay|chan|xuong|suon|mui)|bat tinh|gay chay mau|dau qua|ngat xiu|bong thuoc la|cam dao|cam ghe|cam gay|that lung|day dien|roi may|dap vo do|dap pha|dap do',
  ),
  cue('physical', 1, 'danh dap|hanh ha|nguoc dai|bao hanh|bao luc|danh nhau|ton thuong|bat nat'),
  // "bị chồng …", "bị thằng đó …": something done to the writer by a person, whatever the verb;
  // "tôi bị …" with anything but illness, loss or a mistake: "bị" marks what one suffers.
  cue('unspecified', 2, '(toi|em|minh|tao|tui) (\\w+ ){0,2}bi (?!\\w*_)(?!(om|sot|benh|cam|mat|hong|tre|muon|nham|loi|phat|dau|ho|di ung|viem|trung|truot|diem|chay|tac|ket|lac|roi|ngat|say|met|moi|sai|thieu|khoa|tru|dung|tu choi|anh huong|cam lanh|cam cum)\\b)\\w+'),
  cue('unspecified', 2, 'bi (chong|vo|nguoi yeu|bo|me|anh(?! huong)|han|no|thang|ga|lao|ong|ba|sep|thay|co giao|chu|nguoi la|ke la|bon|dua|bo duong|me ke|nha chong)'),
  // Sexual: cưỡng ép quan hệ, khiêu dâm (Điều 3.1.i, k); xâm hại tình dục trẻ em (Luật Trẻ em, Điều 6).
  cue('sexual', 3, 'hiep dam_?|cuong hiep|cuong dam_?|cuong boc|cuong buc(?! lao dong)|bi lam dung|bi dam_? o|bi hiep|bi xam hai|bi quay roi|bi sam so|bi lam bay|bi ep quan he'),
  cue('sexual', 3, 'sam so|so soang|so mo|so vao (nguoi|nguc|dui|mong|cho kin|em|toi)|om hon|ep (\\w+ ){0,2}quan he|bat (\\w+ ){0,2}quan he|ep (\\w+ ){0,2}lam chuyen|ngu voi (ong|anh|no|han)|giu tro|ga gam|ga tinh|nhin trom|dam_? o|lam bay|mo sang|coi (do|quan|ao)|khoa than|anh nong|clip nong|do lot|cho kin|vung kin'),
  cue('sexual', 1, 'quay roi|xam hai|xam pham'),
  cue(
    'sexual',
    2,
    'ru (\\w+ ){0,3}(nha nghi|khach san)|di nha nghi|bat (\\w+ ){0,3}(lam|quan he) (\\w+ ){0,3}(khong|ko) muon|coi (het )?quan ao|dam_? o|lam dung tinh duc|tuc tiu|doi truy|khieu dam_?|phim (den|sex|nguoi lon|bay)|doi bai|chuoc say|vao phong (\\w+ ){0,3}(ngu|dem|tam)|luc (em|toi|minh) ngu|ngu chung|ngoi len dui|dung cham|khoe (cua quy|bo phan|chim)|thu dam_?|chieu (ong|anh|han|no|sep|chu) (ay|ta)',
  ),
  // Psychological: lăng mạ, chì chiết, xúc phạm, cô lập (Điều 3.1.b, c, e).
  cue('psychological', 3, '(chui|mang|xi va|si nhuc|lang ma|mat sat|xuc pham|chi chiet|nhuc ma|mia mai|de doa) (\\w+ ){0,2}' + WHO),
  cue(
    'psychological',
    2,
    'khung bo tinh than|vo_? tich su|ghen tuong|kiem tra dien thoai|mang nhiec|si va|lang ma|si nhuc|mat sat|chi chiet|nhuc ma|chui (boi|rua|mang)|chui|mang chui|do (an hai|an bam|vo_? dung|ngu|thua|vo_? hoc|vo_? on|khon|bo di)|(khong thi|thi|la|con) cut( di| ra| khoi)?|ngu nhu (bo|lon|cho|heo)|di chet di|cut di|khong ai them|quy (\\w+ ){0,2}xin loi|doc (het )?tin nhan|kiem soat|co lap|cam (toi|em|minh) (gap|di|noi|lien lac)|khong cho (\\w+ ){0,2}(gap|ve nha|ve que|di choi|noi chuyen|co ban|lien lac|di hoc|di lam)|bat (\\w+ ){0,2}(xin phep|chup anh|bao cao|quy)|bat nat',
  ),
  // Economic: chiếm đoạt, hủy hoại tài sản, kiểm soát thu nhập, cưỡng ép lao động (Điều 3.1.n, o).
  cue(
    'economic',
    3,
    '(giu|cam|thu|lay) (het )?(\\w+ ){0,2}(tien|luong|the atm|the|so_? do|giay to|vang|tai san|so_? tiet kiem)|cam (het )?(the atm|the|tien|luong)|lay het (tien|vang|luong)|ban het (vang|do|dat|nha)|khong (dua|cho) (\\w+ ){0,2}(dong nao|tien|di lam)|khong co dong nao|dong nao cung phai xin|tien nao cung phai xin|bat (\\w+ ){0,2}nghi (lam|viec)|phai xin (tien|chong)|ep (\\w+ ){0,2}(vay|ky|dua tien|dua het)|bat (\\w+ ){0,2}(vay|ky giay|dua het|lam khong cong|lam quan quat)|dot (het )?(giay to|nha)|dap (vo|nat) (xe|dien thoai)|chiem (doat|het)|lam khong cong|quan quat|ban (\\w+ ){0,2}(xe|nha|dat|vang|do|dien thoai|ruong) (\\w+ ){0,2}cua (toi|em|minh)',
  ),
  // Online: tiết lộ, phát tán thông tin riêng tư (Điều 3.1.h); quay lén, ảnh ghép, tống tiền.
  cue(
    'online',
    3,
    `(tung|phat tan|dang|gui|lo|ro ri|chia se|doa) (\\w+ ){0,3}${PHOTO}|${PHOTO} (\\w+ ){0,3}(bi )?(phat tan|tung|lo|dang len)|quay len|chup len|ghep (anh|mat)|anh (nhay cam|rieng tu|khoa than|nude)|video (nhay cam|rieng tu)|tong tien|boi nho|noi xau (\\w+ ){0,2}(toi|em|minh)|gia mao|nick gia|tai khoan la|tai khoan gia|(lay|dung) (anh|hinh) (cua )?(toi|em|minh)|(doi|xin|bat|du|ep) (\\w+ ){0,2}(xem|gui|chup|quay) (anh|hinh|clip|video)|dung anh (cua )?(toi|em|minh)|lo anh`,
  ),
  // Private information or slander posted about the writer (Điều 3.1.h): "đăng … hình ảnh cá nhân của tôi lên mạng xã hội".
  cue(
    'online',
    2,
    '(thong tin|hinh anh|anh|so dien thoai|dia chi|ten tuoi) (ca nhan|rieng tu|rieng|nha) (cua (toi|em|minh|tui) )?(\\w+ ){0,3}(len|tren) (mang|facebook|fb|zalo|tiktok|nhom|group|mxh)|(vu khong|bia chuyen|bia dat|noi sai su that|thong tin sai su that) (\\w+ ){0,3}(ve )?(toi|em|minh|tui)\\b|(vu khong|bia dat|thong tin sai su that) (\\w+ ){0,6}(len|tren) (mang|facebook|fb|zalo|tiktok|nhom|group|mxh)',
  ),
  // Threats: đe dọa (Điều 3.1.a).
  cue(
    'threat',
    3,
    '(doa|de doa|noi|nhan|bao|hua) (\\w+ ){0,4}(giet|chem|tat axit|axit|dot nha|xu|danh|cuop con|bat con|bat coc|tung anh|thanh toan|khong de yen)|doi xu|den (\\w+ ){0,2}xu|xu (toi|em|minh|tao|may)|giet (\\w+ ){0,2}' +
      WHO +
      '|tat axit|tat xang|dot nha|dung (co )?trach|se biet tay|khong yen (dau|than)|liu hon|coi chung',
  ),
  cue('threat', 2, 'doa|de doa|giet|hang dam'),
  // Threats sent as a message: a weapon shown ("gửi ảnh con dao"), or an ominous formula ("chờ đó",
  // "liệu hồn", "biết tay tao", "mày chết với tao") quoted or said to the writer.
  cue(
    'threat',
    3,
    '((?<!\\b(toi|em|minh|tui|tao) )(gui|dang|khoe|chup|quay)|nhan) (\\w+ ){0,4}(anh|hinh|clip|video) (\\w+ ){0,1}(dao|sung|kiem|ma tau|rieu|bua|axit|xang|thong xang|luu dan)|(cau|tin nhan|nhan|ghi|noi|bao|doa) (\\w+ ){0,3}(cho do|cho day|cu cho do|roi biet|lieu hon|liu hon|biet tay)|lieu hon|(se )?biet tay (tao|tau|bo may|ba may|tui tao)|(may|mi|may se|mi se) chet (voi|vs) (tao|tau|bo|ba|ong)|cho do ma xem|cho day ma xem|(tao|tau) (khong|ko) tha (cho )?(may|mi)',
  ),
  // Stalking.
  cue(
    'stalking',
    3,
    'bam duoi|lang vang|nac danh|biet (ca )?(gio|noi|cho) (toi|em|minh) (di|o|lam)|theo doi (toi|em|minh)|(bam|di|chay) theo (toi|em|minh)|(di|bam) theo (\\w+ ){0,3}(ve|tu)|dinh vi|rinh (rap|mo)?|(dung|ngoi) (\\w+ ){0,2}(truoc|ngoai) (cong|cua|phong|nha)|dau ngo|goi dien (im lang|lien tuc)|chup anh (toi|em|minh)|bi (\\w+ ){0,4}theo (doi|sau|duoi|tu|ve)|theo doi suot|theo doi tren duong|theo (den|toi|ve) tan (nha|phong|cho|noi|truong|cong|que|phong tro|nha tro)',
  ),
  // Confinement: cô lập, giam cầm (Điều 3.1.p).
  cue(
    'confinement',
    3,
    'khong cho (\\w+ ){0,2}(dung|cam|xai) dien thoai|nhot|khong (duoc|cho) (\\w+ ){0,2}ra khoi|khoa (het )?cua|khong cho (\\w+ ){0,2}ve|bi giu lai|giu (\\w+ ){0,2}lai (o|tai|ben)|giam (long|cam|trong|giu)|bi giam|khoa cua|khong cho (\\w+ ){0,3}(ra ngoai|di dau|ra khoi|lien lac)|giu (\\w+ ){0,2}(dien thoai|giay to|ho chieu|can cuoc|cccd|chung minh)|thu (het )?(dien thoai|giay to|ho chieu)|muon may|muon dien thoai',
  ),
  // Eviction: buộc ra khỏi chỗ ở (Điều 3.1.q).
  cue('eviction', 3, 'duoi (\\w+ ){0,4}(ra|khoi|di)|xeo (\\w+ ){0,2}(khoi|di)|bi duoi|tong co|tong (\\w+ ){0,2}(ra|khoi)|cut (di|khoi)|nem (\\w+ ){0,2}(quan ao|do) ra|khong co cho (ngu|o)|ra duong|khong biet di dau|dung (\\w+ ){0,2}ngoai duong'),
  // Neglect: bỏ mặc, không nuôi dưỡng (Điều 3.1.d); bỏ rơi trẻ em (Luật Trẻ em).
  cue(
    'neglect',
    3,
    'bo doi|bo mac|khong (con )?gao|khong lo cho|mac ke|khong (dua|cho) (\\w+ ){0,2}di (vien|kham|benh vien)|bo roi|khong cho (\\w+ ){0,2}an|khong (\\w+ ){0,2}(cho|mang) com|khong ai (cham|nuoi|lo|cho an)|doi (may|ca) (ngay|hom)|khong co gi an|bo (\\w+ ){0,3}mot minh|khong cho (\\w+ ){0,2}di kham|nam mot cho|nhot ngoai troi',
  ),
  // Neglect as a neighbour sees it: a child starving, begging, left without care (Luật Trẻ em, Điều 6: bỏ mặc, không nuôi dưỡng).
  cue(
    'neglect',
    2,
    'gay (tro xuong|nhom|tro|xo xac)|suy dinh duong|xin (com|an|do an)|an xin|di chan dat|doi (lat|meo|rach)|khong ai (nuoi|trong|cham|ngo|don)|(bo|me|cha) (\\w+ ){0,2}(nghien|bo di|bo nha)|lang thang (\\w+ ){0,2}(xin|ngu|dem)|ngu (ngoai|o|giua) (cho|duong|via he|gam cau|ga|ben xe|cong vien)|bi bo (\\w+ ){0,2}(o nha|mot minh|dem)',
  ),
  // Force without a named act ("ép buộc", "cưỡng ép"), and being drugged or used ("lợi dụng").
  cue('unspecified', 2, 'cuong ep(?! (ket hon|lao dong|tao hon|hon nhan))|ep buoc|cuong buc(?! lao dong)|loi dung (luc|em|toi|minh|con|chau|be)|coi (toi|em|minh) nhu (do vat|osin|nguoi o|con o)|nhu (mot )?do vat|noi nhuc|bat (toi|em|minh) (phai )?chap nhan'),
  cue(
    'sexual',
    3,
    '(cho|bo|pha) (\\w+ ){0,4}(uong|an) (\\w+ ){0,4}(khong nho|bat tinh|mat tri nho|choang)|khong nho gi (\\w+ ){0,4}(nha nghi|khach san|phong)|(dem|toi) (\\w+ ){0,3}vao phong (toi|em|minh|con|chau)|camera (\\w+ ){0,3}(nha tam|phong tam|phong ngu|nha ve sinh|toilet)|(lap|giau|dat|gan) (\\w+ ){0,2}camera (\\w+ ){0,2}(trong|o) (nha tam|phong tam|phong ngu|nha ve sinh)',
  ),
  // A threat put as a condition: "nếu … thì (nó sẽ) đến chém".
  cue('threat', 3, 'neu (\\w+ ){0,10}thi (\\w+ ){0,3}(se )?(den |toi |qua )?(chem|giet|danh|dot|xu|tat|dam|bat con)|se (den |toi |qua )?(chem|giet|dot nha|tat axit|xu)'),
  // Isolation and control: forbidding visits, keeping the keys or papers, the family's silence.
  cue('confinement', 3, 'cam (\\w+ ){0,1}(toi|em|minh|con) (ve|gap|di|noi|lien lac)|giau (\\w+ ){0,3}(giay to|chia khoa|cccd|can cuoc|ho chieu)|khong ra khoi (nha|phong) duoc|giu (\\w+ ){0,2}(toi|em|minh|chung toi) (o |lai )?(trong|tai)|khong ai noi chuyen (voi|vs) (toi|em|minh)'),
  // Economic: selling what is the writer's, forced to leave school to earn, forced signatures; debts before one may leave.
  cue('economic', 3, 'ban (\\w+ ){0,3}(dat|nha|vang|xe|so_? (do|tiet kiem)|ruong|tien) (\\w+ ){0,5}(cua (toi|em|minh)|de_? lai cho (toi|em|minh))|bat (\\w+ ){0,3}nghi hoc (\\w+ ){0,5}(di lam|di ban|di o|lay chong|gui tien)|bat (toi|em|minh) ky'),
  cue('trafficking', 3, '(tra|nop|den|du) (\\w+ ){0,4}(tien|trieu|phi|no) (\\w+ ){0,4}moi (duoc|cho) (\\w+ ){0,2}(nghi|ve)'),
  // Self-harm prepared or said goodbye: pills collected, a farewell.
  cue('self-harm', 3, 'gom (duoc |du |het )?(\\w+ ){0,2}thuoc (ngu|chuot|tru sau|an than)|gom (duoc|du) (\\w+ ){0,2}thuoc|lo thuoc ngu|truoc khi (toi |em |minh )?di (xa mai|mai mai|luon)|truoc khi (toi |em |minh )?ra di|thu tuyet menh|loi tro tran|tam biet (moi nguoi|tat ca)'),
  // Stalking: turning up at the writer's work, messaging their family after being told no; a stranger photographing a child.
  cue('stalking', 3, '(den|toi) (tan )?(cho|noi) (toi|em|minh) (lam|hoc)|khong muon gap (\\w+ ){0,2}(ma|nhung) (\\w+ ){0,1}(van|cu)|nguoi la (\\w+ ){0,3}(chup anh|chup hinh|quay|theo|cho keo|du|rinh)'),
  // Found as the safety net's accidental catches when sentence ends began to stop the cues (issue 9):
  // a beating promised ("gặp em ở đâu là cho em 1 trận"); being watched, waited for and followed;
  // stalkerware; locked in; a child hurting themself; a pot thrown, a burn; a child turned against a parent.
  cue('threat', 3, 'cho (\\w+ ){0,2}(mot|1|vai) (tran|bai hoc|tran nen than)|(gap|bat duoc|tom duoc) (\\w+ ){0,3}(la|thi) (\\w+ ){0,2}(chet|biet tay|xu|danh)'),
  cue(
    'stalking',
    3,
    '(ngoi|dung|dau xe|rinh|canh) (\\w+ ){0,4}(nhin|ngo) (toi|em|minh|tui)|canh (o |truoc |ngay )?(dau hem|dau ngo|truoc nha|cong|duoi nha|cho lam)|dung duoi nha|(chay xe|di|chay) theo (sau|toi|em|minh|tui)|biet (ca |het )?(nha|cho o|noi o|dia chi) (cua )?(toi|em|minh|tui)( o dau)?|phan mem (theo doi|dinh vi|gian diep)|cai (\\w+ ){0,3}(theo doi|dinh vi|nghe len)|(toi|em|minh|tui) di dau (\\w+ ){0,6}(cung biet|deu biet)',
  ),
  cue('confinement', 3, 'khoa (\\w+ ){0,1}(toi|em|minh|tui|con|chau|me|ba|ong|bo|nguoi) (trong|o|lai|ngoai)|khong ai mo cua|xich (\\w+ ){0,2}(toi|em|minh|tui|con|chau|lai|chan)|xich (\\w+ ){0,2}(o|vao|trong) (\\w+ ){0,1}(goc|cot|chuong|giuong|gian|nha|phong)|bi xich'),
  // A child who keeps complaining of pain after being somewhere: a sign adults are told to heed (not a headache or toothache).
  cue('unspecified', 2, '(con|chau|be|thang cu|con be|thang be) (\\w+ ){0,8}(cu |hay |luon |toi nao cung )?keu dau(?! (dau|rang|hong|mat|hong))'),
  cue('self-harm', 3, 'tu (cao|cat|rach|dam|can|dot|dap) (\\w+ ){0,1}(tay|chan|nguoi|minh|dau|co tay)'),
  cue('physical', 3, '(quang|nem|hat) (\\w+ ){0,4}(vo_?|vao) (nguoi|mat|dau) (cua )?(toi|em|minh|tui|con|chau|ba|me|ong|bo|vo|chi)|phong (het )?(ca )?(tay|chan|nguoi|mat|canh tay|lung)'),
  cue('psychological', 2, 'noi xau (\\w+ ){0,3}(voi|cho) (con|chau|be|con be|thang be)|cam (\\w+ ){0,2}(goi|gap|lien lac|noi chuyen) (cho|voi) (toi|em|minh|tui|me|bo)'),
  // Harassment at work or school in plain words: remarks on the body, touching "by accident" (Luật Lao động 2019, Điều 3.9; Nghị định 145/2020).
  cue(
    'sexual',
    2,
    '(binh luan|che bai|nhan xet|noi) (\\w+ ){0,3}(ve )?(co the|than hinh|nguc|mong|vong (1|2|3|mot|hai|ba)|dang nguoi)( (cua )?(toi|em|minh|tui))?|(co tinh|hay|thuong|cu|lien tuc) (cham|so|dung cham|om|ghe sat|ap sat|co xat) (vao )?(nguoi|vai|lung|dui|tay|mong|nguc|eo|toi|em|minh|tui)|cham vao (nguoi|vai|lung|dui|mong|nguc|eo) (cua )?(toi|em|minh|tui)|nhan tin (goi duc|khiem nha|bay ba|tuc tiu)',
  ),
  // Pushed down, bruised; an old parent's pension kept, the kitchen barred; kept from the market or a phone; an old person left alone in bed.
  cue('physical', 3, 'xo (\\w+ ){0,2}nga|(bam|tim) (het|tim|den|ca)( (nguoi|mat|chan|tay|lung))?|bam dap'),
  cue('economic', 3, '(tien|luong|luong huu|tro cap) (\\w+ ){0,5}(giu|cam|lay|thu|giu ho) (het|ho|luon|roi)|khong cho (toi|em|minh|me|ba|tui) (dung|vao|nau|an) (bep|com|nha)'),
  cue('confinement', 3, 'khong (duoc|cho) (tu )?(ra cho|ra ngoai|di dau|ve nha (me|ngoai)|co dien thoai|dung dien thoai|giu tien|cam tien)'),
  cue('neglect', 2, 'nam (\\w+ ){0,3}khong (day|di|an|tu di) duoc|(song|o) (\\w+ ){0,2}mot minh (\\w+ ){0,8}(khong ai|khong (ve|lo|nuoi|cham))|het (gao|com|do an|thuc an) (\\w+ ){0,2}(hom|ngay|bua)'),
  // Rejected by one's own family for who one is (Luật PCBLGĐ 2022, Điều 3.1.b: hành vi … xúc phạm, kỳ thị).
  cue('psychological', 2, 'bi (\\w+ ){0,3}(ky thi|xua duoi|tu mat|tay chay)|(gia dinh|bo me|nha) (\\w+ ){0,3}(ky thi|xua duoi|tu mat|khong nhan)'),
  // A child left without food or care by whoever keeps them (Luật Trẻ em 2016, Điều 6.3: bỏ mặc).
  cue('neglect', 2, '(khong|hong|ko|chang|cha) co (gi|cai gi) (de )?an|(om|gay) (tong teo|tro xuong|nhom)|bo (doi|mac) (\\w+ ){0,2}(con|chau|be|nho|no)'),
  // Found by the safety probe (issue 9): the same acts in the words people use when they do not name them.
  // A beating as an idiom ("cho ăn đòn", "bị ăn đòn"), a blow landed on a part of someone's body ("vụt roi vào chân cháu"),
  // things smashed in a rage, bruises and welts; a blow played down as a slip of the hand ("anh ấy lỡ tay").
  cue('physical', 3, 'an don(?! (gian|le|vi|thuan|hang|dat|so))|(vut|quat|danh|dap|dam|phang|tat|nem) (\\w+ ){0,4}(vao|vo_?) (chan|tay|lung|mong|dit|dui|mat|dau|nguoi|bung|co|mieng) (cua )?(toi|em|minh|tui|con|chau|be|ba|me|no)'),
  cue('physical', 2, 'vet (tham|lan|roi|bam|tim|xuoc|cao|dao)(?! mun)|dap (het|nat|vo|pha) (\\w+ ){0,1}do|(anh ay|anh ta|chong|vo|no|han|ong ay|bo|me|ba|nguoi yeu|lao) (\\w+ ){0,2}lo_? tay|(chong|vo|nguoi yeu|anh ay|bo|me) (\\w+ ){0,8}(co|hay|bi) va cham(?! (xe|giao thong|o to|xe may))'),
  // Sex asked for or forced in euphemism ("làm chuyện người lớn", "đòi làm chuyện ấy", "đòi ngủ với em"), watching a child or a
  // woman bathe, stripping someone, a man who keeps coming into the writer's room; "hiếp" on its own or with its object; a
  // rape typed with the wrong tone ("hiệp dâm": no harmless word).
  cue(
    'sexual',
    3,
    '(bat|ep|doi|du|ru|ga|nai|doa) (\\w+ ){0,3}(lam chuyen (nguoi lon|ay|do|kia|bay|vo chong)|ngu (voi|chung))|nhin (len |trom )?(toi|em|minh|con|chau|be|chi) (tam|thay do|thay quan ao)|lot (het |sach )?(do|quan ao|quan|ao)|(hay|cu|thuong|nua dem|dem nao cung|toi nao cung) (sang|vao|mo cua|lan vao|mo cua vao) phong|^hiep$|hiep (toi|em|minh|con|chau|be|co ay|chi)|hiep_? dam_?',
  ),
  // "đâm" typed as "dâm" with a blow's words around it ("dâm em một nhát", "dâm bằng dao").
  cue('physical', 3, 'dam_? (\\w+ ){0,3}(nhat|bang (dao|keo|kim|vat nhon)|vao (bung|nguc|lung|co|tay|dui|mat))'),
  // Drugged: waking in a strange room remembering nothing.
  cue('sexual', 3, '(tinh day|thuc day|tinh lai|mo mat) (\\w+ ){0,4}(nha nghi|khach san|phong la|nha la|cho la|phong (cua )?(han|no|ong ta|anh ta))'),
  // Stalking in plain words, by someone feared or unwanted: waiting under the writer's home or at their gate, knowing where
  // they are and go, "stalk". A parent waiting at a school gate is no one's stalker: the one who waits must be named.
  cue(
    'stalking',
    3,
    `${PURSUER} (\\w+ ){0,3}((dung|dau xe|ngoi|cho|doi|rinh|canh) (\\w+ ){0,2}duoi_? (nha|phong|cho o)|(cho|doi|rinh|canh|dung) (toi|em|minh|tui|con|chau) (o )?(cong|truoc (cong|cua|nha)|duoi_? nha)|biet (het |ca |tat ca |duoc )?(cho |noi |nha )?(toi|em|minh|tui|con) (dang |hien )?(di dau|o dau|dang o|o cho nao|gap ai)|biet (\\w+ ){0,1}(cho|noi|nha) (toi|em|minh|tui) (dang |hien )?o)|stalk|stalker`,
  ),
  // Forced to end a pregnancy, or to bear a son (Luật PCBLGĐ 2022, Điều 3.1: cưỡng ép … ; Luật Bình đẳng giới on sex selection).
  cue('unspecified', 2, '(bat|ep|buoc|doi) (\\w+ ){0,2}(pha thai|bo thai|pha bo cai thai|de (bang duoc )?con trai)'),
  // Beaten all the time ("đánh suốt", "đánh hoài"); called into a closed room at work and held; belongings thrown out and
  // nowhere to sleep; carried off as a bride ("bị kéo vợ"); a stranger asking when a child is home or alone.
  cue('physical', 2, 'danh (suot|hoai|miet|hang ngay|moi ngay|lien tuc|suot ngay)'),
  cue('sexual', 2, '(goi|keo|dan|ru|lua) (\\w+ ){0,2}vao (kho|phong|cho|xo) (rieng|kin|vang|trong|toi) (\\w+ ){0,3}(om|so|hon|cham|sam so)'),
  cue('eviction', 3, '(vut|quang|nem|dap) (het )?(\\w+ ){0,2}(do|quan ao|do dac) (\\w+ ){0,3}ra (san|duong|ngoai|cong)|khong (biet|co cho) ngu (o )?dau'),
  cue('forced-marriage', 3, 'bi (\\w+ ){0,2}keo vo'),
  cue('stalking', 3, '(nguoi la|nick la|so_? la|tai khoan la) (\\w+ ){0,3}(nhan tin|hoi|goi) (\\w+ ){0,4}(con|chau|be) (\\w+ ){0,6}(may gio|luc nao|o dau|mot minh)'),
  // Forced and child marriage: cưỡng ép tảo hôn, kết hôn (Điều 3.1.l).
  cue(
    'forced-marriage',
    3,
    'nhan (\\w+ ){0,2}sinh le|lay (nguoi|chong|vo|con trai) (\\w+ ){0,4}(tra no|khong yeu|khong muon|tam than)|(?<!cuong )(ep|bat|gia|ga) (\\w+ ){0,5}(cuoi|lay chong|lay vo|ket hon|lam vo|lam dau|tao hon)|(ep|bat) cuoi|bat vo|cuoi ep|(gia|ga) (con|di|em|chau)|(lay chong|cuoi) (\\w+ ){0,2}(nam )?1[0-7] tuoi|ep tao hon|bi ep cuoi|(ga|gia) (\\w+ ){0,2}(toi|em|minh|con) cho|hua ga|bat (\\w+ ){0,2}lay (nguoi|chong|vo)|chua du tuoi|(bi|sap bi) (ga|gia) (cho|di)|dua (\\w+ ){0,2}ve lam (dau|vo)',
  ),
  cue('forced-marriage', 1, 'tao hon|cuong ep ket hon'),
  // Trafficking: mua bán, bắt cóc (Luật Trẻ em, Điều 6); papers confiscated, debt bondage.
  cue(
    'trafficking',
    3,
    'bi (\\w+ ){0,2}ban (sang|qua|cho|di|lam)|lua ban|bi lua (\\w+ ){0,2}(sang|qua|di|ban|ra)|lua (\\w+ ){0,2}(sang|qua|di lam|ra nuoc ngoai)|bat coc|giu (\\w+ ){0,2}(ho chieu|can cuoc|cccd|giay to)|tiep khach|tien chuoc|khong (cho|duoc) (\\w+ ){0,2}ve (nuoc|nha|que)|khong tra luong|lam khong luong|casino|cong ty lua dao|no tien di duong|qua bien gioi|sang bien gioi|ben kia bien gioi|mat lien lac|dua di biet tich|bi ban',
  ),
  cue('trafficking', 1, 'mua ban (nguoi|phu nu|tre em)'),
  // Forced labour ("cưỡng bức lao động"): the law's term, named as a topic; "bị …" or a place makes it an act.
  cue('trafficking', 1, '(cuong buc|cuong ep|ep buoc) lao dong'),
  // Self-harm.
  cue(
    'self-harm',
    3,
    'muon chet|song (\\w+ ){0,2}lam gi nua|(muon|dinh|se) tu van|ket thuc (tat ca|moi thu|cuoc song|doi)|chet (\\w+ ){0,2}cho xong|chet di|tu tu|tu sat|khong muon song|chan song|song khong bang chet|ket thuc cuoc doi|uong thuoc (ngu|chuot|tru sau)|da_? uong thuoc|uong thuoc (\\w+ ){0,2}(roi|het|ngu|chuot|tru sau)|(rach|cat) tay|nhay (cau|lau|song)|dung tren cau|khong muon ton tai|bien mat khoi|tu lam dau|khong con thiet song|khong thiet (song|gi)|ngu (mai|luon) (\\w+ ){0,2}(day|tinh)|khong muon (thuc|tinh) day|chet quach|dang (o|dung|ngoi) tren (san thuong|cau|mai|noc|lan can)',
  ),
  // Self-harm in indirect words: thinking dark thoughts ("nghĩ quẩn"), poison or pills bought or hidden, sleeping and never
  // waking, vanishing so others are relieved, a farewell letter, nothing left to care for ("không thiết tha gì nữa").
  cue(
    'self-harm',
    3,
    'nghi quan|(tich|cat|giau|de_? danh|gom) (\\w+ ){0,3}thuoc (ngu|chuot|tru sau|an than|diet co)|mua (nhieu|ca|may|het) (\\w+ ){0,2}thuoc (ngu|an than)|(ngu|nham mat) (\\w+ ){0,4}khong (bao gio )?(day|tinh|thuc) (day |lai )?(nua|luon)|(bien mat|chet|khong con (toi|em|minh|tui|con)) (\\w+ ){0,3}(thi|cho) (moi nguoi|ca nha|bo me|ai cung|nha|gia dinh) (\\w+ ){0,2}(nhe nhom|nhe no|de tho|bot kho|do kho|thanh than|vui|sung suong)|viet (\\w+ ){0,2}thu_? (\\w+ ){0,2}(de_? lai|tam biet|tuyet menh|cuoi cung)|(khong|chang|cha|hong) (con_? )?thiet tha (gi|chi)',
  ),
]

/** Alarm on its own, even without a named harm: cứu, SOS, help, sợ, nguy hiểm, trốn. */
export const ALARM_CUES = re(
  'cuu|sos|help|giup (toi|em|minh|con) voi|lam on giup|giup (toi|em|minh|con)$|dang cam (dao|keo|thuoc|day|bua)|(anh ay|anh ta|han|no|chong|ong ay|bo) sap ve|di dau bay gio|khan cap|nguy hiem|gap nguy|so (qua|lam|hai|chet|ve nha|anh|no|han)|dang so|rat so|em so|toi so|minh so|so$|dang tron|tron (trong|o|khoi|dau)|tron (qua|sang|vao|ve) (nha|phong|buong)|tron di dau|nup|(om|bong|dat) con (\\w+ ){0,3}(tron|chay tron|ra sau vuon|ra sau nha|sang nha|qua nha)|khong dam_? (ve|noi|di|ngu|ke|bao)|dang tim (toi|em|minh)|lai bat dau|run qua|van con run|dap cua',
)

/** A person in distress, in their own words: a personal story with these is not small talk. */
// "đau" as pain, not "dấu", "đầu", "đâu" (all fold to "dau"): with what hurts or how much, or ending the message
// (not as "ở đâu", "đi đâu", "bắt đầu": where, start).
export const DISTRESS_CUES = re(
  'so|khoc|(bi |rat |thay |keu |cu keu )dau|dau (qua|lam|long|kho|don|that|het|nguoi|bung|nhuc|am i|ca nguoi|muon)|(?<!\\b(o|di|den|tu|ve|tai|nop|xin|lay|mua|tim|bat) )dau$|buon|met moi|chan|kho so|tui|nhuc|hoang|run|lo lang|khong dam|khong chiu (noi|duoc)|het chiu|lam sao bay gio|bat luc|tuyet vong|bo di|tron|ghe|am anh|bi (\\w+ ){0,3}(hoai|suot|mai|lien tuc)',
)

/** Time words that make a harm urgent: đang, vừa, gấp, tối nay. */
// "tối" typed with marks reads "toi_" in `sense` (it is not "tôi"): "tối nay", "tối qua" still count.
export const URGENCY_CUES = re('dang|vua|gap|toi_? nay|dem nay|dem qua|sang nay|ngay bay gio|bay gio|luc nay|hom qua|toi_? qua|(o )?(nha )?mot minh')
