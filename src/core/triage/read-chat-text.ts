import { expandShorthand, readChatWords } from '../text/read-chat-words.js'

/**
 * A chat message read two ways for triage, from its normalised words (`core/text/read-chat-words.ts`:
 * lower case, punctuation dropped, teen spellings expanded, "ck e" → "chong em"), one space between words:
 * - `folded`: no diacritics at all — what policy and help cues read;
 * - `sense`: folded too, with " . " where a sentence ends, and a word typed WITH marks that give it a harmless meaning gets a
 *   trailing "_" so harm cues cannot match it: "đánh giá" still reads "danh", "danh sách" reads
 *   "danh_"; "sợ" reads "so", "Sở" reads "so_"; "chồng" reads "chong", "chống" reads "chong_".
 *   A word typed without marks stays as typed: it may mean either, and a survivor is not
 *   expected to type marks.
 */
export interface ChatText {
  folded: string
  sense: string
  /** The writer typed Vietnamese marks somewhere. */
  marked: boolean
  /** A label the message opens with, folded ("Điều dưỡng khoa chấn thương: …" → "dieu duong khoa chan thuong"), or null. */
  label: string | null
}

/** A short label before a colon at the very start: how professionals head a message. */
const LEADING_LABEL = /^\s*([^:\n]{3,70}):/

/**
 * Words whose folded form has a harmful and a harmless meaning. When the writer typed marks,
 * only these spellings keep the harmful one (lenient about a missing đ or tone: "dánh").
 */
const HARMFUL_SPELLING: Record<string, RegExp> = {
  danh: /^[dđ][aá]nh$/,
  da: /^[dđ][aá]$/,
  dam: /^(đ[aấâ]m|dam)$/,
  tat: /^t[aá]t$/,
  dap: /^[dđ][aậạ]p$/,
  so: /^s[oợờỡ]$/,
  cuu: /^c[uứ]u$/,
  hiep: /^hi[eế]p$/,
  giet: /^gi[eế]t$/,
  chet: /^ch[eế]t$/,
  chong: /^ch[oồô]ng$/,
  xu: /^x[uử]$/,
  giam: /^gi[aă]m$/,
  doa: /^[dđ][oọ]a$/,
  tron: /^tr[oố]n$/,
  nhot: /^nh[oố]t$/,
  tu: /^t[uựửữư]$/,
  duoi: /^[dđ]u[oôổ]i$/,
  chui: /^ch[uử]i$/,
  toi: /^t[oô]i$/,
  vo: /^v[oợ]$/,
  thay: /^th[aầ]y$/,
  me: /^m[eẹ]$/,
  no: /^n[oó]$/,
  con: /^con$/,
  van: /^v[aẫ]n$/,
  de: /^[dđ][eè]$/,
  giu: /^gi[uữ]$/,
  bo: /^b[oỏồố]$/,
  doi: /^[dđ][oóòõồ]i$/,
  day: /^[dđ][aẩâậ]y$/,
  lo: /^l[oộ]$/,
  dot: /^[dđ][oố]t$/,
  // "tảo hôn", "tạo điều kiện" typed with marks are not "tao" (I).
  tao: /^tao$/,
  // "đáng" (worth: "đáng sợ", "đáng lo"), "dạng", "Đảng": not "đang" (now) or "đăng" (to post).
  dang: /^(đ[aă]ng|d[aăá]ng)$/,
  // "thẻ" (a card taken) and "thu" (to collect, confiscate) or "thù": not "thế", "thể", "thứ", "thư".
  the: /^th[eẻ]$/,
  thu: /^th[uù]$/,
}

/**
 * Compounds whose first word is a harm word in another sense ("đánh giá" = assess, "xử lý" =
 * handle, "nghiên cứu" = research, "phòng, chống" = prevent and combat): neutral in `sense`.
 */
const HARMLESS_COMPOUNDS: [RegExp, string][] = [
  // Typing ("đánh máy văn bản") typed without marks: "may" with what is typed is the machine, not "mày".
  [/\bdanh may (van ban|vi tinh|chu|nhanh|10 ngon|tieng|bang)\b/g, 'danh_ may_ $1'],
  // "đánh số" (to number), but not "bị đánh sợ quá": "sợ" with a word of degree after it is fear.
  [/\bdanh (gia|sach|hieu|muc|thue|bac|bai|so(?! (qua|lam|that|ghe|khiep|chet|run|hai|roi)\b)|thuc|thoi gian|cho|rieng)\b/g, 'danh_ $1_'],
  [/\b(xu) (ly|phat|tri)\b/g, 'xu_ $2'],
  // "nhắc tới", "sắp tới", "năm tới" typed without marks: not "tôi".
  [/\b(nhac|de cap|sap|tuan|thang|nam|ky) toi\b/g, '$1 toi_'],
  // "Sở mở lớp" typed without marks is not "sờ mó".
  [/\bso mo (lop|hoi nghi|dot|cuoc|chuong trinh|khoa|ke hoach|tap huan)\b/g, 'so_ mo_ $1'],
  // "chuyên đề", "vấn đề", "đề xuất", "đề nghị": not "đè" (to pin down).
  [/\b(chuyen|van|tieu|chu|mon|ky) de\b/g, '$1 de_'],
  [/\bde (xuat|nghi|an|tai|cuong|muc|thi|bai)\b/g, 'de_ $1'],
  // "chồng chất", "chồng chéo" (piled up, overlapping): not a husband.
  [/\bchong (chat|cheo|len nhau)\b/g, 'chong_ $1'],
  [/\b(xet|phan biet doi) xu\b/g, '$1 xu_'],
  // "tra cứu" (look up), "truy cứu" (prosecute), "khảo cứu": research and records, not a cry for help.
  [/\b(nghien|cap|cuu|tra|truy|khao) cuu\b|\bcuu (ho|tro|nan|thuong|hoa)\b/g, 'cuu_'],
  // A rescue reported ("đã giải cứu", "được giải cứu"): done by others, not a plea.
  [/\b(da_?|duoc|da_? duoc|vua duoc|vua|tham gia|phoi hop|ho tro) giai cuu\b/g, '$1 giai cuu_'],
  // A rescue done by a unit or of people counted ("được biên phòng giải cứu", "giải cứu 4 phụ nữ"): not a plea.
  [/\b((?:da_?|duoc|da_? duoc) (?:bo_? doi_? |luc luong |doi )?(?:bien phong|cong an|co quan chuc nang|luc luong chuc nang|chinh quyen|xa|phuong|doan|hoi|nha truong|to chuc) )giai cuu\b/g, '$1giai cuu_'],
  [/\bgiai cuu (\d+|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|cac|nhieu|vai|nhung|thanh cong)\b/g, 'giai cuu_ $1'],
  // A past period ("hè vừa rồi", "tháng vừa qua"): last, not just now.
  [/\b(he|dot|dip|thang|nam|tuan|quy|ky|nam hoc|hoc ky|mua|tet|thoi gian|giai doan) vua (roi|qua)\b/g, '$1 vua_ $2'],
  // Life going on as usual ("em vẫn đi học bình thường", "cháu vẫn ổn"): not a harm still going on.
  [/\bvan ((?:di hoc|di lam|hoc|lam viec|sinh hoat|an uong)(?: \w+){0,2} binh thuong|on|khoe)\b/g, 'van_ $1'],
  // "tội danh" (a charge) typed without marks before a crime or a sentence: not "tôi đánh".
  [/\btoi danh (hiep dam|cuong dam|cuong hiep|giet nguoi|co y|mua ban|xam hai|dam o|giao cau|hanh ha|nguoc dai|lam nhuc|cuong ep|cuong buc|bat coc|lua dao|khung|nao|gi|la)\b/g, 'toi_ danh_ $1'],
  // A rule or a message against an act ("không ép cưới", "không gả con dưới 18 tuổi"): a norm, not an act done.
  [/\bkhong (ep|bat|cuong ep) (cuoi|ket hon|lay chong|lay vo|tao hon)\b/g, 'khong $1_ $2'],
  [/\bkhong ga (con|chau|con gai|con trai|chau gai) (duoi_?|chua du|khi chua|truoc)(?= )/g, 'khong ga_ $1 $2'],
  // "cựu" (former): "Hội Cựu chiến binh", "cựu cán bộ" — an organisation or a past office, not a cry for help.
  [/\bcuu (chien binh|thanh nien xung phong|can bo|giao vien|chu tich|bi thu|truong thon|lanh dao)\b/g, 'cuu_ $1'],
  // "giết thời gian", "giết ruồi": killing time or insects, not a person.
  [/\bgiet (thoi gian|thi gio|ruoi|muoi|gian|kien|sau|chuot|vi khuan|virus|con trung)\b/g, 'giet_ $1'],
  // Dismissal ("đuổi việc", "đuổi học", "cho thôi việc"): losing a job or a school place, not being thrown out of one's home.
  [/\bduoi (viec|hoc|khoi (cong ty|truong|lop|xuong))\b/g, 'duoi_ $1'],
  // "cơ sở" (grassroots, a facility) typed without marks reads "có sợ": by the word before or after it, it is the institution.
  [/\b(can bo|cap|tai|tuyen|cac|nhieu|muc|o|ve|den|cua) co so\b/g, '$1 co so_'],
  [/\bco so (giao duc|y te|tro giup|bao tro|xa hoi|vat chat|du lieu|ha tang|kinh doanh|san xuat|phap ly|khoa hoc|gioi|tam lanh|cai nghien|nuoi duong|cham soc)\b/g, 'co so_ $1'],
  // Prevention: "bảo vệ trẻ em khỏi bị xâm hại", "tránh bị lừa", "để không bị đánh" — what a plan
  // guards against, not what was done to someone. A later "bị" keeps its reading.
  [/\b(khoi|tranh|khong|de khong|nham khong|ngan) bi\b/g, '$1 bi_'],
  // "có giao chỉ tiêu cho xã", "kế hoạch có giao ai": assigning work, not "cô giáo".
  [/\bco giao (cho|chi tieu|nhiem vu|trach nhiem|kinh phi|viec|ai|don vi|co quan|xa|phuong|huyen|tinh|so_?|phong|ban|hoi|truong)\b/g, 'co_ giao $1'],
  [/\bphong chong\b/g, 'phong chong_'],
  [/\bbao cao\b/g, 'bao_cao'],
  // Work done for a superior ("làm báo cáo cho sếp", "nộp kế hoạch lên sếp"): the boss as an official's reader, not an abuser.
  [/\b(bao_cao|ke hoach|van ban|so lieu|to trinh|tai lieu|slide|kpi) (cho|gui|len|nop|trinh) sep\b/g, '$1 $2 sep_'],
  // The writer told to do paperwork ("sếp bắt em viết báo cáo", "ép mình soạn kế hoạch"): work, not an act done to them.
  [/\b(bat|ep|bao|giao|yeu cau) (toi|em|minh|tui) (lam|viet|soan|tong hop|xay dung|chuan bi|nop|trinh) ((?:\w+ ){0,2}(?:bao_cao|ke hoach|van ban|so lieu|to trinh|tai lieu|slide|kpi|de an|bieu mau|de cuong|cong van))\b/g, '$1_ $2 $3 $4'],
  // "bao giờ", "bao nhiêu" ask when and how much: not "báo"/"bảo" (tell, threaten).
  [/\bbao (gio|nhieu|lau)\b/g, 'bao_ $1'],
  // "bị" inside a word ("chuẩn bị", "thiết bị", "trang bị") is not the passive of suffering.
  [/\b(chuan|thiet|trang|phong) bi\b/g, '$1 bi_'],
  // Hyperbole: "chết" as an intensifier after a word of feeling, tiredness or weather ("mệt chết
  // đi được", "nóng muốn chết", "cười chết mất") is not self-harm. Not after words of despair
  // ("chán", "buồn", "đau", "sợ"): those stay in the harm reading.
  [/\b(nong|lanh|ret|oi|khat|cuoi|buon cuoi|ngon|dep|thich|vui|suong|xau ho|buon ngu|ngua|thom|ngot|man|on ao|chat choi)( qua| that| ghe| lam)? (muon |gan |suyt )?chet( di duoc| duoc| mat| luon| di| nguoi)?\b/g, '$1$2 $3chet_$4'],
  // Tiredness and annoyance ("mệt", "tức", "bực") only with the idiom's tail: "mệt muốn chết" alone stays.
  [/\b(met|tuc|buc|cay|ngai|ban|hoi hop|nhuc dau|nhieu viec|ghen ti)( qua| that| ghe| lam)? (muon |gan |suyt )?chet( di duoc| duoc| mat| luon)\b/g, '$1$2 $3chet_$4'],
  // "bạo lực" describing a film, game or book is a genre, not an act.
  [/\b((?:phim|game|tro choi|truyen|canh|anime|manga|tieu thuyet|sach|nhac|the loai|video game)(?: \w+){0,2}) bao luc\b/g, '$1 bao_luc'],
  // "xã tôi", "huyện em", "trường mình": the writer's unit (an official speaking for it), not the writer.
  [/\b(xa|phuong|huyen|tinh|thon|ap|ban_|to dan pho|co quan|don vi|dia phuong|so_|nganh|chi doan|doan truong) (toi|em|minh|chung toi|chung em|tui)\b/g, '$1 $2_'],
  // "trường tôi", "trạm chúng tôi": a teacher's or a health worker's unit. Only "tôi": "trường em" may be a pupil's.
  [/\b(truong|tram|tram y te|benh vien|cong ty|to hoa giai|chi hoi|cong doan|cong doan co so) (toi|chung toi)\b/g, '$1 $2_'],
  // Addressing the bot ("chào bạn", "cảm ơn bạn", "bạn ơi"): the reader, not a friend of the writer.
  [/\b(chao|xin chao|hi|hello|alo|cam on|thank|thanks) (ban|bot|ad|admin)\b/g, '$1 $2_'],
  [/\bban oi\b/g, 'ban_ oi'],
  // The asker's courtesy ("cho em hỏi", "mình muốn hỏi", "trả lời giúp em"): the writer asks, nothing is done to them.
  [/\b(cho|xin phep cho) (toi|em|minh|tui|con) (hoi|biet|xin hoi)\b/g, '$1 $2_ $3'],
  [/\b(toi|em|minh|tui|con) (muon hoi|xin hoi|hoi chut|can hoi|muon biet|can biet|dang tim hieu|tim hieu)\b/g, '$1_ $2'],
  [/\b(tra loi|giai thich|tom tat|liet ke|tra cuu|dich|soan|ngan gon) (giup|dum|ho|cho) (toi|em|minh|tui)\b/g, '$1 $2_ $3_'],
  // A task given to the bot, the helper named at its end ("nhờ bot liệt kê … theo từng mục tiêu giúp em"): still the asker's courtesy.
  [/\b(tra loi|giai thich|tom tat_?|liet ke|tra cuu|dich|soan|tong hop|goi y|thong ke)((?: \w+){1,16}) (giup|dum|ho) (toi|em|minh|tui)\b/g, '$1$2 $3_ $4_'],
]

/**
 * A verb of hitting with an object that gives it a harmless sense: "đánh cờ", "đánh răng", "đá
 * bóng". Objects that fold to a harmful reading too ("cờ"/"cổ", "cá"/"cả", "bài"/"bại") count
 * only when typed with their marks; the rest whatever the marks.
 */
const HARMLESS_OBJECTS: Record<string, Record<string, RegExp | true>> = {
  danh: {
    co: /^cờ$/,
    ca: /^cá$/,
    bai: /^bài$/,
    de: /^đề$/,
    lo: /^lô$/,
    dan: /^đàn$/,
    trong: /^trống$/,
    may: /^máy$/,
    chu: /^chữ$/,
    van: /^vần$/,
    son: /^son$/,
    phan: /^phấn$/,
    rang: true,
    giay: true,
    bong: true,
    cau: /^cầu$/,
    tennis: true,
    golf: true,
    bac: /^bạc$/,
    thuc: /^thức$/,
    roi: /^rơi$/,
    mat: /^mất$/,
    lieu: /^liều$/,
    doi: /^đổi$/,
    bida: true,
    bi: /^bi$/,
    dau: /^dấu$/,
    thue: true,
    vong: true,
  },
  da: { bong: true, banh: true, cau: /^cầu$/, phui: true, ban: /^bàn$/, ga: /^gà$/, penalty: true },
}

/**
 * Units typed with marks that fold to a harm word or a person ("bản" → "ban": "bán", "bắn", "bạn"):
 * before the writer's pronoun ("bản tôi", "bản em") they are the writer's village, marked "_" so
 * the unit rule below reads the pronoun as the unit's, not the writer's.
 */
const MARKED_UNITS: Record<string, RegExp> = { ban: /^bản$/i }
const WRITER_PRONOUN = /^(toi|em|minh|tui|chung)$/

export function readChatText(text: string): ChatText {
  const words = readChatWords(text)
  const folded = words.map((w) => w.word)
  // A word typed with marks that give it a harmless meaning is suffixed "_"; expansions are read as expanded.
  const sense = words.map(({ raw, word, hasMarks, expanded }) => {
    const allowed = HARMFUL_SPELLING[word]
    return !expanded && hasMarks && allowed && !allowed.test(raw) ? `${word}_` : word
  })
  for (let i = 0; i + 1 < folded.length; i++) {
    const objects = HARMLESS_OBJECTS[folded[i]!]
    const object = objects?.[folded[i + 1]!]
    if (object && (object === true || object.test(words[i + 1]!.raw))) sense[i] = `${folded[i]}_`
  }
  for (let i = 0; i + 1 < folded.length; i++) {
    const unit = MARKED_UNITS[folded[i]!]
    if (unit?.test(words[i]!.raw) && WRITER_PRONOUN.test(folded[i + 1]!) && !words[i]!.endsSentence) sense[i] = `${folded[i]}_`
  }
  // A sentence end stays in `sense` as " . ": no cue reads across it ("… vợ đánh chồng. Tôi cần …" is not "chồng tôi").
  let joinedSense = expandShorthand(sense.map((word, i) => (words[i]!.endsSentence ? `${word} .` : word)).join(' '))
  for (const [pattern, harmless] of HARMLESS_COMPOUNDS) joinedSense = joinedSense.replace(pattern, harmless)
  const label = LEADING_LABEL.exec(text)
  return {
    folded: expandShorthand(folded.join(' ')),
    sense: joinedSense,
    marked: words.some((w) => w.hasMarks),
    label: label
      ? readChatWords(label[1]!)
          .map((w) => w.word)
          .join(' ')
      : null,
  }
}
