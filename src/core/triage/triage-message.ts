import type { Glossary } from '../knowledge-base/glossary.js'
import { ALARM_CUES, DISTRESS_CUES, HARM_CUES, URGENCY_CUES, type HarmKind } from './harm-cues.js'
import { asksServiceAsProgramme, CIVIL_PAPERWORK, COMMAND, COMMERCIAL_LINE, GREETING, HELP_CUES, HELP_MODEL_WORK, HELP_SERVICE, KNOWN_HOTLINE, PLAN_DOCUMENT, VEHICLE_SERVICE, WHERE_TO_GET_HELP, WHERE_TO_REPORT } from './help-cues.js'
import { readOfficialRegister, type PlanVocabulary } from './official-register.js'
import { namesOwnClosePerson, readPersons, victimOf } from './person-cues.js'
import { planScore, policyScore } from './policy-markers.js'
import { asksWhichDepartment } from '../text/read-so-nao.js'
import { registerOdds } from './register-model.js'
import { readChatText, type ChatText } from './read-chat-text.js'

export type TriageKind = 'at-risk' | 'help-request' | 'plan-question' | 'greeting' | 'command' | 'other'

/**
 * What a message is, decided before anything tries to answer it.
 *
 * Contract for the rest of the assistant:
 * - `at-risk`: a person at risk (the writer, their child, someone they speak for). The reply opens
 *   with hotlines; nothing about plans. `selfHarm` picks a suitable line first; `about` and
 *   `harms` say whom and what.
 * - `help-request`: asks for a hotline, shelter, place or where to report, with no harm named.
 *   Also answered with hotlines first, then places.
 * - `plan-question`: a question about the plans — the ONLY kind the plan-question intent table
 *   (`understand-question.ts`) runs for. `doubt` is true when an act done to someone ("bị
 *   đánh") or self-harm was overruled by policy markers: the reply then carries a one-line
 *   hotline header.
 * - `greeting`, `command` ("trợ giúp", "/start"): greeted / shown what the bot does.
 * - `other`: none of these (off-topic): declined honestly, hotline line at the end for citizens;
 *   with `doubt` (it speaks of the writer or people close to them) the hotline line goes on top.
 *
 * When in doubt between a person at risk and a plan question, triage says at-risk: a hotline
 * shown to an official costs little, a missed survivor a great deal.
 *
 * @example
 * triageMessage('cãi nhau xong anh ấy đập đầu em vào tường').kind // 'at-risk'
 * triageMessage('Kế hoạch phòng, chống bạo lực gia đình của An Giang có hoạt động gì?').kind // 'plan-question'
 */
export interface Triage {
  kind: TriageKind
  about: 'self' | 'child' | 'other-person' | null
  selfHarm: boolean
  urgent: boolean
  /** Harm forms recognised, strongest first. */
  harms: HarmKind[]
  doubt: boolean
  scores: { harm: number; person: number; urgency: number; policy: number; help: number; register: number }
}

/** A population in a passive ("trẻ em gái bị …", "phụ nữ dân tộc thiểu số bị …"): how plans speak. */
const POPULATION_PASSIVE =
  /\b((?:dau hieu|tre em|tre|nguoi|nan nhan|phu nu|hoc sinh|doi tuong|nu sinh|sinh vien|cac em|truong hop|nhung nguoi|so nguoi|ty le|ti le|lao dong|nguoi lao dong|nguoi cao tuoi|nguoi khuyet tat)(?: (?:gai|trai|nu|nam|nho|khuyet tat|vi thanh nien|dan toc thieu so|di cu|cao tuoi|nhap cu|mo coi))?) bi\b/g

/**
 * A population and what it habitually suffers, a few words apart ("học sinh dân tộc nội trú về quê dịp
 * Tết hay bị ép cưới", "lao động nữ đi làm xa thường bị …"): how plans speak, when no word between
 * names the writer or someone close.
 */
const POPULATION_HABITUAL = /\b((?:tre em|hoc sinh|phu nu|nu sinh|lao dong|nguoi lao dong|cong nhan|nguoi cao tuoi|nguoi khuyet tat|thanh thieu nien|co dau|nguoi di cu)(?: (?!(?:toi|em|minh|tao|tui|con|chong|vo|bo|me|nha|ban)\b)[^\s.]+){0,8} (?:hay|thuong|thuong hay|de|rat de|thuong xuyen)) bi\b/g

/**
 * An act named as a matter ("việc đánh vợ", "chuyện chồng đánh vợ", "tình trạng bắt vợ", "nhiều
 * vụ tảo hôn", a crime by its name "tội hiếp dâm", what a lesson or report "đề cập", "đưa tin về"): a topic, as a population in a passive is, when nobody in the phrase is the writer
 * or their child.
 */
const NOMINALISED =
  /\b(viec|chuyen|tinh trang|van de|nan|hanh vi|hien tuong|toi_|de cap(?: den| toi)?|dua tin ve(?: vu)?|(?:hoa giai|xu_? ly|giai quyet|thong ke|ghi nhan) vu|tuc|hu tuc|tap tuc|phong tuc|phan anh|tin bao|to giac|khieu nai|(?:cac|nhung|nhieu|vai) vu)((?: (?!(?:toi|em|minh|tao|tui|con|chung toi|nha|cua)\b)[^\s.]+){1,5})/g

const DOCUMENT_WORDS = /\b(ke hoach|kh|cong van|quyet dinh|van ban|thong tu|nghi quyet|chi thi)\b/
const PHONE_WORDS = /\b(dien thoai|sdt|hotline|duong day|tong dai|goi|lien lac|lien he)\b/

/** A crime named as such, with its marks ("tội hiếp dâm", "tội dâm ô", "tội mua bán người"): `sense` reads "tội" as "toi_". */
const CRIME_NAME = /\btoi_ (hiep dam_?|cuong dam_?|dam_? o|cuong buc|mua ban nguoi|giet nguoi|co y gay thuong tich|hanh ha nguoi khac|bao luc gia dinh|xam hai tinh duc)\b/g

/** "khẩn cấp" naming a kind of service ("dịch vụ bảo vệ khẩn cấp"): not an alarm when nobody in particular is in it. */
const SERVICE_URGENCY = /\b(dich vu|bien phap|co che|quy trinh|bao ve|lenh|truong hop|ung pho|can thiep|cap cuu|tiep nhan|so|duong day) (\w+ ){0,3}khan cap\b/g

/** The writer says they are the one harmed ("toi la nan nhan"). */
const SELF_VICTIM = /\b(toi|em|minh|tao) (la|dang la|cung la) nan nhan\b/

/** Whether an act counts as violence in law: "có bị coi là bạo lực không", "có tính là xâm hại không". */
const DEFINITION = /\b(co )?(bi |duoc |phai )?(tinh|coi|xem|goi|xac dinh|tinh la|coi la) ?(la|nhu) (bao luc|hanh vi bao luc|xam hai|vi pham|quay roi|toi pham|bao hanh)\b/

/** Self-harm counted among a population: "tự tử trong học sinh", "tự sát ở thanh thiếu niên". */
const SELF_HARM_AMONG = /\b(tu tu|tu sat|tu hai|tu gay thuong tich) (trong|o|cua|giua) (cac )?(hoc sinh|sinh vien|thanh nien|thanh thieu nien|gioi tre|tre vi thanh nien|vi thanh nien|tre em|nguoi cao tuoi|phu nu|nam gioi|lao dong|cong nhan)\b/

/**
 * Self-harm measured or screened for in a population ("thống kê tự tử phụ nữ …", "chỉ số phát hiện
 * sớm tự tử ở học sinh", "sàng lọc nguy cơ tự tử"): a topic, as self-harm counted among a population is.
 */
const SELF_HARM_MEASURE = /\b(thong ke|so lieu|so ca|ty le|ti le|chi so|dau hieu( nhan biet| canh bao)?|phat hien som|sang loc|nguy co|yeu to nguy co|phong ngua|phong) (\w+ ){0,2}(tu tu|tu sat|tu hai)\b/

/** The writer as the one who harms themself ("em định tự tử", "mình uống thuốc"): never a case told from outside. */
const SELF_HARM_BY_WRITER = /\b(toi|em|(?<!\bmot )minh|tao|tui|con) (\w+ ){0,3}(tu tu|tu sat|tu hai|muon chet|chet|uong|cat tay|rach tay|nhay)\b/

/** Self-harm again or still in mind ("lại nói muốn chết", "dạo này hay nhắc", "định tự tử"): a live case, whoever tells it. */
const SELF_HARM_AGAIN = /\b(lai (muon|noi|doi|dinh|co y|hay|nhac)|dao nay|gan day|muon chet|dinh (tu tu|chet)|doi (chet|tu tu))\b/

/** The writer asks what they themself may or should do ("tụi em có được đổi lớp không", "tôi có nên báo …"); "chúng tôi" is a unit. */
const WRITER_ASKS_FOR_SELF = /\b((?<!\bchung )toi|em|(?<!\bmot )minh|tui|tao) (co (duoc|nen|the|phai|can)|nen|phai|can|muon)\b/

/**
 * A question of law or of terms about an act ("tội danh … khung hình phạt", "bỏ rơi người cao tuổi có
 * bị xử phạt không", "khái niệm kéo vợ", "bị xử lý theo điều nào", "hình sự hay hành chính", "có quy định nào buộc … phải báo"): a topic, when nobody is
 * the writer's or named as harmed.
 */
const LAW_LOOKUP =
  /\b(khung hinh phat|toi danh|muc phat|phat (tu )?bao nhieu|(co )?bi (xu phat|phat|xu ly|truy cuu|di tu|ngoi tu|xu)( (\w+ ){0,3})?(khong|the nao|ra sao|gi|(theo|o|tai) (dieu|khoan|toi|luat) nao|hinh su hay hanh chinh|hanh chinh hay hinh su)|xu (phat|ly) (nhu )?the nao|khai niem|dinh nghia|(co )?quy dinh nao|luat (nao|quy dinh)|quy dinh (the nao|ra sao|gi|ve)|bat buoc (\w+ ){0,4}(khong|phai)|(nghia|hieu) (la )?(the nao|gi))\b/

/** The case as news: what an official's handled case is not. */
const NEWS_MEDIA = /\b(tren bao|doc bao|bao dang|ban tin|thoi su|len bao|dua tin|tren (tv|tivi|ti vi))\b/

/**
 * A case as news or in court ("vụ án … trên báo", "phiên tòa", "đã xét xử chưa"): the writer
 * follows a case, they are not in it — unless they speak of themself or someone close.
 */
const NEWS_CASE = /\b(vu an|phien toa|toa an|toa (da_? )?xu|(da_?|duoc|chua) (xet )?xu (chua|xong|an)|xet xu|bi cao|tren bao|doc bao|bao dang|ban tin|thoi su|len bao|dua tin|tren (tv|tivi|ti vi))\b/

/** People counted ("2 em", "các em"): others, never the writer. */
const GENERIC_COUNT = /\b(\d+|cac|vai|co|mot|nhung) (chi em|em|chi)\b/g

/** The writer as the one something is done to ("em bị …", "tôi từng bị …"); people counted ("2 em") are removed first. */
const WRITER_SUFFERED = /\b(toi|em|(?<!\bmot )minh|tao|tui) (\w+ ){0,2}bi\b/

/** Still going on: "vẫn đánh", "lại đến", "tiếp tục": a case handed over is not over. */
const ONGOING = /\b(van|van con|lai (den|danh|doa|tim)|tiep tuc|tiep dien|chua (thoi|dung|het))\b/

/** What an official asks of a case: reports, forms, rules, models, data, names to record, files and minutes ("mẫu" as a form, never "máu"; a file asked about, "lưu hồ sơ", "hồ sơ … giữ ở đâu", also as `sense` marks it, "ho so_" — never one said to be sent on). */
const PAPERWORK_ASK =
  /\b(bao_cao|bao cao|(theo|xin|co|dung|khung) mau|mau (bao_cao|bao cao|bieu|nao|chung)|bieu mau|quy che|quy dinh|quy trinh|mo hinh|so lieu|thong ke|ho ten|ghi (ten|ho ten)|tai lieu|ke hoach|hoc theo|khung|ho so|(luu|lap|lam|giu) ho so_?|ho so_? (\w+ ){0,3}(the nao|ra sao|o dau|gom|nhung gi)|bien ban|an danh|kinh phi|bao len (xa|huyen|tinh|cap tren)|xu_? phat)\b/

/** What someone at work asks of a case told from outside: what the rules allow, what to do, what support exists. */
const ADVICE_ASK = /\b(co nen|nen (lam gi|the nao|xu_? ly)|nen (\w+ ){1,4}(gi|nao)|co duoc (khong|phep)|co phai|theo quy dinh|huong dan|can (lam gi|luu y gi|chu y gi)|lam the nao de|the nao de|chinh sach|ho tro (them|gi))\b/

/**
 * What a professional asks after telling a case from outside: what their unit may, must or can
 * do, what programme, training or support exists, which body to involve, what procedure applies
 * ("có được giữ bí mật … không", "có tập huấn nào … không", "mời cơ quan nào", "thủ tục … làm thế nào").
 */
const INSTITUTION_ASK = /\b(co (duoc|phai|can|nen|bat buoc|thuoc dien|thuoc|nam trong) (\w+ ){0,12}(khong|nao)|co (\w+ ){1,3}nao (\w+ ){0,12}khong|(co quan|don vi|to chuc|ai|noi|cap) nao|(tham khao|dang ky|hoc hoi) (\w+ ){0,2}o dau|thu tuc|xin phep|tap huan|chuong trinh|tro cap|huong che do|kinh nghiem)\b/

/**
 * The topic of a thesis, a series or a study ("khóa luận về quấy rối …", "loạt bài về mua bán
 * người …"): harm words inside it are its subject.
 */
const STUDY_TOPIC =
  /\b(khoa luan|luan van|luan an|tieu luan|de tai|loat bai|phong su|bai bao|bai viet|nghien cuu|chuyen de|kich ban|tieu pham|vo kich|bai giang|giao an|bai tuyen truyen|bai noi chuyen|bai phat thanh|to roi|ap phich|pano|video|clip|phim ngan|thong diep|tin nhan|chuyen muc|cuoc thi|buoi truyen thong|buoi noi chuyen|tap huan|du an|tai lieu|poster|canh bao) (\w+ ){0,10}(ve|co tinh huong|tinh huong|voi canh)( \w+){0,10}/g

/** A play, a skit or a role-play: the harm words in it are its plot ("tiểu phẩm …: chồng uống rượu đánh vợ, … Nhờ viết kịch bản 4 nhân vật"). */
const FICTION = /\b(tieu pham|kich ban|vo kich|san khau hoa|dong vai|nhan vat)\b/

/** Where a harm noun asked as a topic happens, or to whom in general: "quấy rối nơi làm việc", "xâm hại trẻ em trên mạng". */
const TOPIC_SETTING =
  /\b(noi lam viec|cong so|hoc duong|truong hoc|tren mang|khong gian mang|mang xa hoi|noi cong cong|phuong tien cong cong|xe buyt|tre em|phu nu|vung (cao|sau|xa|dan toc|bien|nui)|mien nui|dan toc thieu so|lao dong nu|nu cong nhan|khu cong nghiep|nguoi cao tuoi|nguoi khuyet tat|tren co so gioi|ve gioi)\b/

const INJURY = /\b(chay mau|gay (tay|chan|xuong|suon|mui)|bat tinh|ngat xiu|bi thuong|dau qua|bong|uong thuoc|rach tay|cat tay)\b/

/**
 * Learned register odds (`register-model.ts`) above which a message the cues leave undecided reads as
 * an official's question. Chosen on a spent set: no message from a person at risk that names nobody
 * harmed scored above it.
 */
const REGISTER_ODDS = 6

/** An official register this strong reads as an official's question when nothing is done to the writer. */
const OFFICIAL_REGISTER = 4

export function triageMessage(text: string, glossary?: Glossary, vocabulary?: PlanVocabulary): Triage {
  const chat = readChatText(text)
  // Words marked harmless ("thủ tục" → "thu_ tuc") read as plain words where no harm cue looks.
  const plain = chat.sense.replace(/_(?= |$)/g, '')
  const persons = readPersons(chat.sense)
  // "trẻ em bị xâm hại", "người bị bạo lực": a population in a passive is how plans speak, not a person.
  // A crime by its name ("tội hiếp dâm", "tội mua bán người") is a legal term when nobody close to the writer is named and nobody "bị" it.
  const crimeTerm = !persons.relationship && !persons.child && !persons.thirdParty && !/\bbi\b/.test(chat.sense)
  const harmText = (crimeTerm ? chat.sense.replace(CRIME_NAME, 'toi_ .') : chat.sense).replace(POPULATION_PASSIVE, '$1 bi_').replace(POPULATION_HABITUAL, '$1 bi_')
  const matched = HARM_CUES.filter((c) => c.pattern.test(harmText)).sort((a, b) => b.weight - a.weight)
  const population = harmText !== chat.sense && !persons.firstPerson
  let harm = population ? Math.min(matched[0]?.weight ?? 0, 2) : (matched[0]?.weight ?? 0)
  const harms = [...new Set(matched.map((c) => c.harm))]
  const selfHarm = harms.includes('self-harm')
  const register = readOfficialRegister(chat, vocabulary)
  // "bảo vệ khẩn cấp" as a kind of service: not an alarm unless the writer speaks of themself (and not at work).
  const alarm = ALARM_CUES.test(persons.firstPerson && !register.selfIntroduced ? chat.sense : chat.sense.replace(SERVICE_URGENCY, ' '))
  const urgency = (alarm ? 2 : 0) + (URGENCY_CUES.test(chat.sense) ? 1 : 0)
  const person = [persons.firstPerson, persons.relationship, persons.child, persons.thirdParty].filter(Boolean).length
  // An agency named the way the glossary knows it ("Sở Tư pháp") is an official's word.
  const agencies = glossary && chat.marked ? glossary.findAgencies(text).length : 0
  // "… là việc của sở nào": which department does it is the plans' question (a person in need asks where to go or whom to call).
  const asksDepartment = asksWhichDepartment(text, chat.folded)
  const policy = policyScore(chat.folded) + Math.min(agencies, 2) + (asksDepartment && !persons.firstPerson ? 2 : 0)
  // "nhân rộng địa chỉ tin cậy", "địa chỉ tin cậy … hoạt động ra sao": the model, not an address asked for.
  // "… là việc của sở nào": a department asked for, not a number to call.
  // "Kế hoạch … mang số mấy": a document's number, not a number to call.
  const documentNumberAsked = DOCUMENT_WORDS.test(chat.folded) && !PHONE_WORDS.test(chat.folded)
  const helpText = (asksDepartment ? chat.folded.replace(/\bso nao\b/g, 'co quan nao') : chat.folded).replace(documentNumberAsked ? /\bso (may|nao|bao nhieu)\b/g : /$^/g, 'so_hieu')
  const whereText = HELP_MODEL_WORK.test(helpText) ? helpText.replace(/\bdia chi tin cay\b/g, 'mo hinh') : helpText
  const whereToGetHelp = WHERE_TO_GET_HELP.test(whereText) && HELP_SERVICE.test(whereText) && !PLAN_DOCUMENT.test(chat.folded)
  // "tổng đài điện lực", "số ngân hàng": a business line is no help request unless a helping service is named too.
  // A tow truck or a civil-status paper asked for in the words of help ("gọi cứu hộ số nào", "giấy xác nhận … xin ở đâu") is an errand, like a business line.
  const errand = VEHICLE_SERVICE.test(chat.folded) || CIVIL_PAPERWORK.test(chat.folded)
  const commercial = errand || (COMMERCIAL_LINE.test(chat.folded) && !HELP_SERVICE.test(chat.folded.replace(/\b(tong dai|duong day nong|hotline)\b/g, ' ')))
  const hotline = KNOWN_HOTLINE.test(chat.folded) && !PLAN_DOCUMENT.test(chat.folded)
  const help = !commercial && (HELP_CUES.test(helpText) || whereToGetHelp || hotline) ? 1 : 0
  const serviceProgramme = asksServiceAsProgramme(chat.folded)
  // An official (or anyone not telling of themself) naming acts as matters speaks of a topic: the
  // strongest act outside those phrases decides, and a topic word is left at least.
  if (harm > 1 && (!persons.firstPerson || register.selfIntroduced)) {
    const outside = harmText.replace(NOMINALISED, '$1 .')
    if (outside !== harmText)
      harm = Math.max(
        1,
        Math.min(
          harm,
          HARM_CUES.filter((c) => c.pattern.test(outside)).reduce((w, c) => Math.max(w, c.weight), 0),
        ),
      )
  }
  // The writer speaks as an official: a role and the plans' register, or that register throughout. A role alone is not enough.
  const asOfficial = register.score >= OFFICIAL_REGISTER
  // A particular child, neighbour or relative named: someone may need help, whoever writes.
  const namesSomeone = persons.child || persons.thirdParty || persons.relationship
  // Someone named and something just happened or is going on ("vừa", "đang", "hôm qua", "ngay bây giờ"): a live case, whoever writes.
  const liveCase = urgency > 0 && namesSomeone && !register.handledCase && !register.resolved
  // A case told as ended counts as told from outside only when the question (the last sentence) asks no
  // help for someone named ("chị hàng xóm … đã được đưa vào viện, chị ấy có được ở nhà tạm lánh không")
  // and the writer does not ask for themself ("tụi em có được đổi lớp không") unless they introduced themself at work.
  const question =
    plain
      .split(' . ')
      .filter((s) => s.trim() && s.trim() !== '.')
      .at(-1) ?? plain
  const endedCase = register.handledCase || (register.resolved && !(namesSomeone && HELP_CUES.test(question)) && (register.selfIntroduced || !WRITER_ASKS_FOR_SELF.test(chat.sense)))
  const scores = { harm, person, urgency, policy, help, register: register.score }
  const result = (kind: TriageKind, doubt = false): Triage => ({
    kind,
    about: kind === 'at-risk' ? aboutWhom(persons, chat.sense, selfHarm) : null,
    selfHarm: kind === 'at-risk' && selfHarm,
    urgent: kind === 'at-risk' && (alarm || urgency > 0 || harm >= 3 || INJURY.test(chat.sense)),
    harms,
    doubt,
    scores,
  })

  if (!chat.folded) return result('other')
  if (/^\/[a-z_]+(@\w+)?(\s|$)/i.test(text.trim()) || COMMAND.test(chat.folded)) return result('command')
  // Small talk is short and names no harm: "anh da em" must never read as "anh + dạ + em".
  if (harm === 0 && !alarm && chat.folded.length <= 80 && GREETING.test(chat.folded)) return result('greeting')
  // Self-harm among a population ("tự tử trong học sinh THPT tăng"): a topic, with the hotlines on top.
  const selfHarmAmong = SELF_HARM_AMONG.test(chat.folded) && !persons.firstPerson && !persons.relationship && victimOf(chat.sense) === null
  const selfHarmMeasured = SELF_HARM_MEASURE.test(chat.folded) && !help && !persons.firstPerson && !persons.relationship && victimOf(chat.sense) === null
  // Self-harm told as a handled case from outside ("học sinh trường tôi năm ngoái tự tử, trường đã mời
  // chuyên gia …", "một chị uống lá ngón được cấp cứu kịp, đã khỏe"), then a question about the unit's
  // work: the plans answer, hotlines on top — never when the writer, their own people, or something going on now is in it.
  const selfHarmHandled = endedCase && !alarm && urgency === 0 && !SELF_HARM_BY_WRITER.test(chat.sense) && !namesOwnClosePerson(chat.sense) && victimOf(chat.sense) !== 'self' && !ONGOING.test(chat.sense) && !SELF_HARM_AGAIN.test(chat.sense) && asksAtWork(chat, plain, register.dutyQuestion)
  if (selfHarm) return !alarm && (selfHarmHandled || selfHarmMeasured || (!persons.firstPerson && policy >= (selfHarmAmong ? 2 : 4))) ? result('plan-question', true) : result('at-risk')
  if (harm > 0) {
    // An official naming violence as a topic (not an act done to someone) speaks of their work.
    const officialRole = harm <= 1 && (register.selfIntroduced || register.studying)
    // Violence as a topic of the plans: policy words, no alarm, and nobody in particular — a
    // population ("học sinh", "phụ nữ") is not a person; the writer and a partner or child are.
    // An official's partners and children are the families of their work unless they call them their own.
    const closeToWriter = officialRole ? namesOwnClosePerson(chat.sense) : persons.relationship || persons.child || persons.thirdParty
    const personal = (persons.firstPerson && closeToWriter) || victimOf(harmText) !== null || SELF_VICTIM.test(chat.sense)
    // The writer suffered it or calls the victim their own: never read as anyone's work.
    const writerInCase = victimOf(harmText) === 'self' || namesOwnClosePerson(chat.sense) || WRITER_SUFFERED.test(harmText.replace(GENERIC_COUNT, ' '))
    // A case told from outside as handled or counted ("xã có 2 em bị xâm hại, hồ sơ đã chuyển công an …
    // báo cáo có ghi họ tên không"), with a question about reports, rules, models or data: an
    // official's work. The plans answer, hotlines on top since an act is named.
    const fromOutside = endedCase || (register.aggregate && asOfficial)
    if (fromOutside && !alarm && !liveCase && !writerInCase && !ONGOING.test(chat.sense) && !NEWS_MEDIA.test(chat.sense) && asksAtWork(chat, plain, register.dutyQuestion)) return result('plan-question', harm >= 2)
    // A student's thesis or a journalist's series about the harm: its subject, when nothing outside
    // the topic names an act (a topic word like "mua bán người" may recur) and nobody "bị" anything.
    // A "bị" inside the material's topic ("kịch bản về một cô gái bị lừa …") is the story told, when nothing is going on now.
    const sufferingOutsideTopic = /\bbi\b/.test(urgency === 0 && !liveCase ? harmText.replace(STUDY_TOPIC, ' ') : harmText)
    if (register.studying && !alarm && !writerInCase && !sufferingOutsideTopic) {
      // Only a topic noun ("bạo lực gia đình gồm những hành vi nào, để tôi làm pano"): the material's subject.
      if (harm <= 1 && !personal) return result('plan-question')
      // A play's plot, nobody close to the writer in it and nothing going on: the plans answer, hotlines on top.
      if (FICTION.test(chat.folded) && urgency === 0 && !liveCase && !namesOwnClosePerson(chat.sense)) return result('plan-question', true)
      // Whether an act counts as violence in law ("đánh con để dạy có bị coi là bạo lực không"), asked for that material.
      if (DEFINITION.test(chat.folded) && !namesOwnClosePerson(chat.sense)) return result('plan-question', true)
      const outsideTopic = harmText.replace(STUDY_TOPIC, ' ')
      if (outsideTopic !== harmText && !HARM_CUES.some((c) => c.weight >= 2 && c.pattern.test(outsideTopic))) return result('plan-question', harm >= 2)
    }
    // "Where can a victim get counselling?": a help request for anyone asking, whatever the topic words —
    // unless the service is asked about as a programme to run or fund ("chùa đăng ký làm địa chỉ tin cậy
    // cho phụ nữ bị bạo lực"): then the plans answer, hotlines on top.
    if (harm <= 2 && !personal && (whereToGetHelp || hotline)) return serviceProgramme && !alarm && victimOf(harmText) === null ? result('plan-question', true) : result('help-request')
    const byMarkers = harm <= 2 ? policy >= (persons.firstPerson && !officialRole ? 4 : 2) : person === 0 && policy >= 4
    // The official register makes a topic of an act word only when nothing says it is happening to the writer now.
    const happeningToWriter = persons.firstPerson && !register.selfIntroduced && harm >= 2 && urgency > 0
    // Harm 3 too ("phát hiện cô dâu chưa đủ tuổi") when the writer introduced themself at work and names nobody in particular, nothing going on now.
    const byRegister = !liveCase && (harm <= 2 || (register.selfIntroduced && !namesSomeone && urgency === 0 && victimOf(harmText) === null)) && asOfficial && !happeningToWriter
    if (!alarm && !personal && (byMarkers || byRegister)) return result('plan-question', harm >= 3 || (!byMarkers && harm >= 2))
    // A question of law or of terms, nobody the writer's or harmed named (no "bị" outside the question: "bị chồng ép …"
    // is the writer), nothing going on: the plans answer, hotlines on top.
    if (LAW_LOOKUP.test(plain) && !persons.firstPerson && urgency === 0 && !help && !/\bbi\b/.test(harmText.replace(/_(?= |$)/g, '').replace(new RegExp(LAW_LOOKUP.source, 'g'), ' ')) && victimOf(harmText) === null && !namesOwnClosePerson(chat.sense)) return result('plan-question', true)
    // A harm noun asked as a topic ("quấy rối nơi làm việc?", "tiêu chí … liên quan bạo lực gia
    // đình thế nào", "bạo lực gia đình An Giang"): no person, no event, no time, no request for help, and a
    // setting, a province or a question form. The plans answer with the hotlines on top; the noun alone
    // ("bạo lực") stays an emergency.
    const topicPlace = TOPIC_SETTING.test(chat.folded) || (glossary ? glossary.findProvinces(text).length > 0 : false)
    if (harm <= 1 && person === 0 && urgency === 0 && !help && victimOf(harmText) === null && (policy >= 1 || topicPlace)) return result('plan-question', true)
    // Cases counted in an official's words ("xã có 3 vụ chồng đánh vợ, báo cáo theo mẫu nào"): the
    // plans answer, with the hotlines on top since an act is named. Never when the writer or their own people are in it.
    const writerInIt = persons.firstPerson && !(register.selfIntroduced && !namesOwnClosePerson(chat.sense))
    if (harm >= 3 && !alarm && !liveCase && !writerInIt && register.aggregate && asOfficial && victimOf(harmText) === null) return result('plan-question', true)
    // A case followed in the news or in court, by someone who speaks of nobody close: off-topic
    // (hotline line at the end). "chồng", "bảo mẫu" there name the parties of the case.
    const closePerson = persons.firstPerson || persons.child || persons.thirdParty
    if (!alarm && !personal && !closePerson && NEWS_CASE.test(chat.sense)) return result('other')
    // Left undecided by the cues — a whole sentence that names nobody (or only the writer at work), no
    // one "bị" anything, nothing going on now — and worded the way officials write about violence as a
    // topic: the plans answer, with the hotlines on top. A bare harm noun stays an emergency.
    const namesNobody = person === 0 || (register.selfIntroduced && !namesOwnClosePerson(chat.sense) && !namesSomeone)
    const sentence = chat.folded.split(' ').length >= 6
    const undecided = !alarm && !help && !WHERE_TO_REPORT.test(chat.folded) && !WHERE_TO_GET_HELP.test(chat.folded) && !personal && !writerInCase && namesNobody && sentence && urgency === 0 && !/\bbi\b/.test(harmText) && !ONGOING.test(chat.sense)
    return undecided && registerOdds(chat.folded) > REGISTER_ODDS ? result('plan-question', true) : result('at-risk')
  }
  if (alarm) return policy >= 4 ? result('plan-question', true) : result('at-risk')
  if (help) {
    // An official asking about duties or counted cases in a help service's words ("mô hình địa chỉ tin cậy cần mấy người").
    const officialAsks = asOfficial && (register.dutyQuestion || register.aggregate) && !namesSomeone
    const kind = (policy >= 2 && (!persons.firstPerson || register.selfIntroduced)) || officialAsks ? (whereToGetHelp || hotline ? 'help-request' : 'plan-question') : 'help-request'
    // A help service asked about as a programme to run, fund or staff: the plans answer, hotlines on top.
    return kind === 'help-request' && serviceProgramme && (!namesSomeone || register.selfIntroduced) ? result('plan-question', true) : result(kind)
  }
  // A word of the plans' domain, a province or an agency makes a plan question; "bao nhiêu" alone does not.
  // A business line ("số tổng đài điện lực") is off-topic even though "số" reads like "Sở".
  // A province alone ("em ở Nghệ An") is where a person lives, not a plan question, when the writer speaks of themself.
  // Short forms count where a question would use them ("AG bc 6 tháng hạn?").
  const province = !persons.firstPerson && (glossary ? glossary.findProvinces(text, true).length > 0 : false)
  const plan = !commercial && (planScore(chat.folded) + agencies > 0 || province)
  // A plan question told through the writer's own family gets the hotline line on top as well.
  if (plan) return result('plan-question', persons.firstPerson && (persons.relationship || persons.child || persons.thirdParty))
  // Safety net: nothing about plans, and the writer tells of themself, someone close, and
  // distress — a personal situation gets the hotlines, never a decline.
  if (persons.firstPerson && (persons.relationship || persons.thirdParty || persons.child) && DISTRESS_CUES.test(chat.sense)) return result('at-risk')
  // An official's question in words no plan marker knows; hotlines on top when it speaks of people.
  const aboutPeople = persons.firstPerson || persons.relationship || persons.thirdParty || persons.child
  if (asOfficial && (register.dutyQuestion || register.aggregate) && !commercial) return result('plan-question', namesSomeone)
  // Any other message about people that names no harm we know: declined, hotlines on top, since
  // our cues will never know every way a survivor puts it.
  return result('other', aboutPeople)
}

/** What someone at work asks of a case told from outside: duties, reports, rules, advice, programmes, procedures, or whether an act counts in law. */
function asksAtWork(chat: ChatText, plain: string, dutyQuestion: boolean): boolean {
  return dutyQuestion || PAPERWORK_ASK.test(chat.sense) || ADVICE_ASK.test(chat.sense) || INSTITUTION_ASK.test(plain) || DEFINITION.test(chat.folded)
}

function aboutWhom(p: ReturnType<typeof readPersons>, sense: string, selfHarm: boolean): Triage['about'] {
  if (selfHarm) return p.thirdParty && !/\b(tu (lam dau|hai)|ban than)\b/.test(sense) ? 'other-person' : 'self'
  const victim = victimOf(sense)
  if (victim) return victim
  if (p.child && !p.youngWriter) return 'child'
  if (p.thirdParty && !p.child) return 'other-person'
  return 'self'
}

/** Hotline numbers in the order this situation needs them (the reply's first lines). */
export function hotlineOrder(triage: Triage): string[] {
  if (triage.selfHarm) return ['115', '113', '111', '1900 969 680']
  if (triage.about === 'child' || triage.harms.includes('forced-marriage')) return ['111', '113', '115', '1900 969 680']
  return ['113', '111', '115', '1900 969 680']
}
