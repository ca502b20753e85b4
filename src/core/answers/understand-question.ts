import type { Agency, Glossary, Province } from '../knowledge-base/glossary.js'
import type { PlanDocument } from '../knowledge-base/plan-document.js'
import type { PhraseMatch, PhraseMatcher } from '../text/phrase-matcher.js'
import { foldDiacritics, unifyIYText } from '../text/normalize-vietnamese.js'
import { vietnamDay } from '../text/vietnam-time.js'
import { provinceAsOld } from './merger-remarks.js'
import { type AnswerType, answerTypeOf, unitKindAsked } from './answer-type.js'
import { type DocumentNumber, type DocumentNumberIndex, findBareDocumentNumbers, findDocumentNumbers, type NamedDocuments, resolveDocumentNumbers } from './find-document-numbers.js'
import { findSectionReference, type SectionReference } from './find-section-reference.js'
import type { AskContext } from './reply.js'

/** A fact a document states about itself. */
export type DetailField = 'number' | 'kind' | 'date' | 'issuer' | 'place' | 'title' | 'signer' | 'recipients' | 'addressees' | 'basis' | 'contact' | 'coverage'

/** What the question asks about, each read once from the text. */
export interface Asks {
  /** A date or deadline ("hạn", "ngày nào", "khi nào"). */
  date: boolean
  /** How often ("bao lâu một lần", "định kỳ thế nào"). */
  howOften: boolean
  /** Legal bases ("căn cứ", "trên cơ sở văn bản nào"). */
  basis: boolean
  /** What a plan contains ("có những nội dung gì", "tóm tắt"). */
  overview: boolean
  /** Money words ("kinh phí", "ngân sách", "bao nhiêu tiền"). */
  budget: boolean
  /** Duty words ("nhiệm vụ", "làm gì", "trách nhiệm"). */
  duty: boolean
  /** Reporting ("báo cáo"), which makes "6 tháng" a deadline question. */
  report: boolean
  /** Which provinces (or which plans) the bot has: asked without naming a province. */
  catalog: boolean
  /** The Action Month is named. */
  actionMonth: boolean
  /** Its theme, slogan or message is asked ("chủ đề", "khẩu hiệu", "thông điệp"). */
  theme: boolean
  /** A cited legal document is asked for ("căn cứ Quyết định nào", "Thông tư nào"). */
  reference: boolean
  /** The number of a kind of document asked for ("QĐ số mấy", "thông tư số nào"): a cited one unless a loaded document is of that kind. */
  numberOf: string | null
  /** Working together ("phối hợp với ai", "phối hợp thế nào"). */
  cooperation: boolean
  /** The body something is reported or sent through ("qua sở nào", "thông qua cơ quan nào"). */
  channel: boolean
  /** When an event happens is asked ("họp khi nào"): how the plans write its word, with marks ("họp", never "phù hợp"). */
  event: RegExp | null
  /** Facts about a document itself: signer, issue date, recipients … */
  details: DetailField[]
  /** Whether there is a plan at all ("An Giang năm 2023 có KH BĐG không?", "… trong dữ liệu không?"). */
  exists: boolean
  /** What must be delivered by the date asked ("báo cáo", "kế hoạch"): a deadline for something else does not answer. */
  deliverable: 'bao cao' | 'ke hoach' | null
}

/**
 * Everything the assistant needs to know about a question, computed once; handlers read it and
 * never look at the raw text again to decide what was asked.
 */
export interface Understanding {
  /** What kind of thing the reply must contain; `underlying` is what a yes/no question is about. */
  answerType: AnswerType
  underlying: AnswerType
  asks: Asks
  province: Province | null
  /** The province came from the chat's memory, not the question. */
  provinceRemembered: boolean
  /** "Gia Lai cũ": the province as it was before the 2025 mergers, without the provinces merged into it since. */
  provinceAsOld: boolean
  /** The kind of unit a who-question asks for ("báo nào" → a Báo or Đài), or null. */
  unitKind: RegExp | null
  /** The most specific agency named as the one acting (or remembered), and every agency named. */
  agency: Agency | null
  agencies: Agency[]
  /** Agencies named as those reported or sent to ("báo cáo UBND tỉnh"), and as those reported through ("qua Sở LĐTBXH"). */
  recipients: Agency[]
  channels: Agency[]
  /** A year the question scopes to (the plan's year, not a target year). */
  year: number | null
  recurrence: 'yearly' | 'semiannual' | 'monthly' | null
  /** Document numbers written in the question, and the documents they name. */
  documentNumbers: DocumentNumber[]
  named: NamedDocuments
  /** An agency named as a document's author ("KH của STC", "công văn Sở LĐTBXH"): it chooses documents. */
  issuer: Agency | null
  /** A document kind named ("công văn", "kế hoạch"), as documents' `type` reads. */
  documentKind: string | null
  /** A part of the document named by its place ("mục đích thứ hai", "phần II"). */
  section: SectionReference | null
  /** Documents signed by a person the question names ("ông Lê Minh Hành"). */
  signedBy: readonly PlanDocument[]
}

/** Events asked about by their verb ("Ban … họp khi nào"): a date or sentence answers only if it is about that event. */
// The question is read folded (it may be typed without marks); the plan's own text with its marks ("họp", not "phù hợp").
const EVENTS: [asked: RegExp, stated: RegExp][] = [
  [/\b(?<!(phu|phoi|tong|ket|thich|truong|lien|to|hon) )hop\b(?! (tac|phap|ly|nhat|dong|le))/, /(?<!\p{L})họp(?!\p{L})/iu],
  [/\bhoi nghi\b/, /(?<!\p{L})hội nghị(?!\p{L})/iu],
  [/\bgap mat\b/, /(?<!\p{L})gặp mặt(?!\p{L})/iu],
  [/\btoa dam\b/, /(?<!\p{L})tọa đàm(?!\p{L})/iu],
  [/\btap huan\b/, /(?<!\p{L})tập huấn(?!\p{L})/iu],
  [/\bmit tinh\b/, /(?<!\p{L})mít tinh(?!\p{L})/iu],
  [/\bkhao sat\b/, /(?<!\p{L})khảo sát(?!\p{L})/iu],
]

const DATE_PHRASE = /\b(khi nao|ngay nao|luc nao|bao gio|hom nao|thoi gian nao|bao lau|dinh ky)\b/g
function nearDatePhrase(folded: string, event: RegExp): boolean {
  const events = [...folded.matchAll(new RegExp(event.source, 'g'))].map((e) => e.index)
  return [...folded.matchAll(DATE_PHRASE)].some((m) => events.some((at) => at >= m.index - 40 && at <= m.index + m[0].length + 30))
}

/** What the Action Month is called or says ("chủ đề", "khẩu hiệu", "thông điệp"): asked, not a date. */
export const THEME = /\b(chu de|khau hieu|thong diep|slogan|ten goi)\b/

const DOCUMENT_WORD = /\b(ke hoach|cong van|van ban|quyet dinh|nghi quyet|thong tu|chi thi|kh|cv)\b/

export function understandQuestion(question: string, glossary: Glossary, numbered: DocumentNumberIndex, context: AskContext = {}, signers?: PhraseMatcher<readonly PlanDocument[]>): Understanding {
  // "kí/ký", "kì/kỳ", "tỉ/tỷ": one spelling for the phrases below.
  const folded = unifyIYText(foldDiacritics(question).replace(/\s+/g, ' ').trim())
  const has = (pattern: RegExp) => pattern.test(folded)
  const mentioned = glossary.findProvinces(question, true)
  const remembered = !mentioned.length && context.province ? (glossary.province(context.province) ?? null) : null
  const agencyMatches = glossary.findAgencies(question)
  const agencies = mostSpecificFirst(agencyMatches.map((m) => ({ agency: m.value, text: question.slice(m.index, m.end) })))
  // "gửi UBND tỉnh qua Sở LĐTBXH": the body reported to and the one reported through are not who acts.
  const roleOf = (m: PhraseMatch<Agency>) => agencyRole(foldDiacritics(question.slice(Math.max(0, m.index - 30), m.index)))
  const recipients = agencyMatches.filter((m) => roleOf(m) === 'recipient').map((m) => m.value)
  const channels = agencyMatches.filter((m) => roleOf(m) === 'channel').map((m) => m.value)
  const actors = agencies.filter((a) => agencyMatches.some((m) => m.value.id === a.id && roleOf(m) === 'actor'))
  const signedBy = [...new Set((signers?.findAll(question) ?? []).flatMap((m) => m.value))]
  const written = findDocumentNumbers(question)
  // "461 có nhắc 196-TB/TW không": a bare number names a loaded document beside a written one.
  const bare = findBareDocumentNumbers(question, numbered).filter((b) => !written.some((w) => b.index < w.end && w.index < b.end))
  const documentNumbers = [...written, ...bare].sort((a, b) => a.index - b.index)
  const { type, underlying } = answerTypeOf(question)
  const asks: Asks = {
    date: type === 'date' || underlying === 'date',
    howOften: underlying === 'frequency' || has(/\bdinh ky (the nao|ra sao)\b/),
    basis: has(/\b(can cu|tren co so (nhung |cac )?van ban|thuc hien (nhung |cac )?(quyet dinh|van ban|chi dao|ke hoach) nao)\b/),
    overview: has(
      /\b(co (nhung )?(ke hoach|van ban|cong van)\b[^?]{0,40}\b(gi|nao)\b|co (nhung )?(noi dung|phan) (gi|nao)|nhung noi dung (gi|nao)|noi dung chinh|tom tat|gom nhung (gi|noi dung gi)|(gom|co) (nhung |may |bao nhieu )?(phan|muc|chuong)( lon| chinh)? (nao|gi)|co nhung phan nao|co ke hoach nao|noi ve nhung gi|nhung ke hoach (gi|nao)|van ban nao ve|tong quan|khai quat|(co|gom) (may|bao nhieu) phan)\b/,
    ),
    budget: has(/\b(kinh phi|kinh fi|kp|ngan sach|bao nhieu tien|so tien|trieu dong|(may|bao nhieu) trieu|muc chi|nguon von|chi phi|tien(?! bo)|chi (cho|toi thieu|it nhat|bao nhieu))\b/),
    duty: has(/\b(nhiem vu|lam gi|lam (nhung )?(viec|cong viec) gi|trach nhiem|phai lam|can lam|duoc de nghi|phu trach|vai tro|cong viec|giao .* lam)\b/),
    report: has(/\b(bao cao|bc)\b/),
    // People also call it "tháng/đợt cao điểm" (the plans never do).
    actionMonth: has(/\b(thang hanh dong|(thang|dot) cao diem)\b/),
    theme: has(THEME),
    catalog: false,
    // "… thực hiện chỉ đạo tại công văn nào của UBND tỉnh?": the document a plan carries out is a cited one.
    reference: has(/\b(thong tu nao|quyet dinh nao|nghi quyet nao|nghi dinh nao|chi thi nao|luat nao|(qd|tt|nq) nao)\b/),
    numberOf: null,
    event: null,
    channel: has(/\b(thong qua|qua) (co quan|so|don vi|ben|phong|ban|dau moi)( \w+)? nao\b|\b(thong qua|qua) ai\b/),
    details: [],
    deliverable: null,
    exists: false,
    cooperation: has(/\bphoi hop\b[^?]{0,40}\b(voi ai|voi (don vi|co quan|phong|so|ben|nganh|cac) ?\w* nao|the nao|ra sao|nhu the nao|voi nhung ai)\b|\bphoi hop (voi )?(ai|nhung ai|(don vi|co quan|phong|so) nao)\b/),
  }
  // "… thực hiện chỉ đạo tại công văn nào của UBND tỉnh?": the document a plan carries out is a cited one
  // (a list of them, "thực hiện các kế hoạch nào", is the plan's legal bases).
  if (!asks.basis && has(/\b(thuc hien|theo|chi dao tai|trien khai)\b[^?]{0,30}\b(cong van|van ban|ke hoach|quyet dinh)((?! (ngay|truoc|khi|han)\b) [a-z0-9]+){0,3} nao\b/)) asks.reference = true
  const kindNumber = /\b(qd|quyet dinh|thong tu|tt|nghi quyet|nq|nghi dinh|chi thi) (so may|so bao nhieu|so hieu|so nao)\b/.exec(folded)
  if (kindNumber) {
    asks.numberOf = CITED_KINDS[kindNumber[1]!]!
    asks.reference = true
  }
  // The event is the one the date phrase is about ("họp khi nào", "khi nào tập huấn"), not one told as context ("tuần tới họp giao ban, sếp hỏi hạn …").
  if (asks.date || asks.howOften) asks.event = EVENTS.find(([asked]) => nearDatePhrase(folded, asked))?.[1] ?? null
  if (asks.date) asks.deliverable = asks.report ? 'bao cao' : has(/\b(gui|nop|xay dung|ban hanh|trinh) (ban |cac )?ke hoach\b/) ? 'ke hoach' : null
  // Naming only a plan ("Kế hoạch bình đẳng giới năm 2024 của An Giang?") asks what it is.
  if (isBarePlanName(question, mentioned)) asks.overview = true
  // "Tỉnh nào có kế hoạch …", "Bạn có những kế hoạch nào?" without a province: which plans there are.
  asks.catalog = !mentioned.length && !documentNumbers.length && has(/\b(ke hoach|van ban|cong van|tai lieu)\b/) && (asks.overview || has(/\b(tinh|tinh thanh|dia phuong|thanh pho) nao\b|\bnhung (tinh|dia phuong)\b/))
  const named = resolveDocumentNumbers(documentNumbers, numbered)
  // A signer's name chooses the documents they signed, the way a number does ("Ông Lê Văn Phước ký kế hoạch nào?").
  if (signedBy.length && !documentNumbers.length) named.loaded.push(...signedBy.filter((d) => !named.loaded.includes(d)))
  asks.exists = type === 'yes-no' && has(/\bco (ke hoach|kh|van ban|vb|cong van)( (bdg|binh dang gioi|ve binh dang gioi))?( (nam|giai doan) [\d -]+)?( (cua|o) [a-z ]+)?( (trong|tren) (he thong|du lieu|may|bot))? (khong|ko|k|chua)\b/)
  asks.details = detailsAsked(folded, question, type, underlying, asks, documentNumbers.length > 0 || signedBy.length > 0 || has(DOCUMENT_WORD), documentNumbers.length > 0)
  // A question naming a document's signer and no other detail asks about the signer ("ông X là ai", "ký với chức danh gì").
  if (signedBy.length && !asks.details.length) asks.details = ['signer']
  // "Lê Văn Phước ký văn bản nào?": the documents they signed.
  if (signedBy.length && underlying === 'document') asks.details = ['number', 'title']
  return {
    answerType: type,
    underlying,
    asks,
    province: mentioned[0]?.value ?? remembered,
    provinceRemembered: Boolean(remembered),
    provinceAsOld: provinceAsOld(question, mentioned),
    unitKind: underlying === 'agency' ? unitKindAsked(folded) : null,
    agency: (agencies.length ? actors[0] : undefined) ?? (agencies.length ? null : context.agency ? (glossary.resolveAgency(context.agency) ?? null) : null),
    agencies,
    recipients,
    channels,
    year: planYear(question) ?? relativeYear(folded, context.now ?? new Date()),
    recurrence: recurrenceAsked(folded),
    documentNumbers,
    named,
    issuer: issuerNamed(question, agencyMatches),
    documentKind: kindNamed(question, [...mentioned, ...agencyMatches]),
    signedBy,
    section: findSectionReference(question),
  }
}

const CITED_KINDS: Record<string, string> = { qd: 'quyết định', 'quyet dinh': 'quyết định', 'thong tu': 'thông tư', tt: 'thông tư', 'nghi quyet': 'nghị quyết', nq: 'nghị quyết', 'nghi dinh': 'nghị định', 'chi thi': 'chỉ thị' }

/** A document word right before an agency ("KH của STC", "văn bản Sở Nội vụ", "công văn do Sở LĐTBXH"): the agency wrote it. */
const AUTHORED_BY = /\b(ke hoach|kh|cong van|cv|van ban|quyet dinh|qd)( (bdg|binh dang gioi|nam \d{4}|\d{4}))*( (cua|do|ma))? ?$/
function issuerNamed(question: string, matches: PhraseMatch<Agency>[]): Agency | null {
  for (const m of matches) {
    const before = foldDiacritics(question.slice(Math.max(0, m.index - 40), m.index))
      .toLowerCase()
      .replace(/\s+/g, ' ')
    if (AUTHORED_BY.test(before)) return m.value
  }
  return null
}

/**
 * The kind of document a question refers to: a kind word opening the question or naming whose
 * document it is ("công văn của Thanh Hóa", "KH Sở Nội vụ", "kế hoạch BĐG năm 2020"), not one
 * inside what is asked ("yêu cầu xây dựng kế hoạch").
 */
const KIND_WORDS: [RegExp, string][] = [
  [/\b(cong van|cv)$/, 'công văn'],
  [/\b(ke hoach|kh)$/, 'kế hoạch'],
  [/\b(quyet dinh|qd)$/, 'quyết định'],
]
function kindNamed(question: string, names: { index: number }[]): string | null {
  const folded = foldDiacritics(question).toLowerCase()
  for (const m of folded.matchAll(/\b(cong van|cv|ke hoach|kh|quyet dinh|qd)\b/g)) {
    const after = m.index + m[0].length
    const next = folded.slice(after).replace(/^( (bdg|binh dang gioi|nam \d{4}|\d{4}))*/, '')
    const opens = !/\p{L}/u.test(folded.slice(0, m.index).replace(/\b(cho (minh|toi|em) hoi|chao bot|theo|trong)\b/g, ''))
    const whose = /^ (cua|do|o|tai)\b/.test(next) || names.some((n) => n.index === after + 1 + (folded.slice(after).length - next.length))
    if (opens || whose) return KIND_WORDS.find(([p]) => p.test(folded.slice(0, after)))![1]
  }
  return null
}

/**
 * Facts about a document itself. They need a document in the question (a number, or "kế hoạch",
 * "công văn" …): "báo cáo gửi ai" is a deadline's recipient, "kế hoạch gửi những ai" the recipients.
 */
function detailsAsked(folded: string, question: string, type: AnswerType, underlying: AnswerType, asks: Asks, aboutDocument: boolean, numbered: boolean): DetailField[] {
  // "triển khai Kế hoạch số mấy" asks for a document the plan refers to, not for the plan's own details.
  const referred = /\b(trien khai|thuc hien|theo|ap dung|tiep tuc) (cac |mot )?(ke hoach|quyet dinh|van ban|thong tu|chi thi|nghi quyet|cong van) (so|nao)\b/.test(folded)
  if (!aboutDocument || referred) return []
  const out: DetailField[] = []
  const marked = /[^\x00-\x7f]/.test(question)
  const signed = marked ? /(?<!\p{L})ký(?!\p{L})/u.test(question.toLowerCase()) : /\b(ai ky|nguoi ky|do ai ky|ky boi|ghi nguoi ky|do (ong|ba) [a-z ]{3,40} ky)\b|\bky (khong|chua|van ban|ke hoach|cong van)\b/.test(folded)
  // "ký ngày nào" asks a date; "người ký", "ai ký", "chức vụ gì" ask the signer even beside it.
  if ((signed && !/\bky ngay\b/.test(folded)) || /\b(nguoi ky|ai ky|ky boi|chuc vu|chuc danh)\b/.test(folded)) out.push('signer')
  if (/\b(ban hanh|ky|ngay ban hanh|ngay ky) (ngay|vao ngay|khi nao|nam nao|thang may|thang nao|ngay bao nhieu)|ngay ban hanh|ngay ky|ghi ngay|(xin|cho) (em |minh |toi |chi |anh )?so va ngay\b/.test(folded)) out.push('date')
  // "… ký ngày nào" asks the issue date; "báo cáo định kỳ … ngày nào" a report's deadline.
  else if (underlying === 'date' && !asks.report && /\b(ban hanh|(?<!\b(dinh|nhiem|hoc|thoi|chu) )ky(?! niem))\b/.test(folded)) out.push('date')
  if (/\b((duoc )?gui (cho |den |toi |ve |lai )?(nhung |cac )?(ai|dau|noi nao|co quan nao|don vi nao)|noi nhan)\b/.test(folded) && !asks.report) out.push('recipients')
  // "Kế hoạch … có gửi Bộ Lao động không?", "… gửi phó chủ tịch nào?": the document is what is sent.
  else if (SENT_TO.test(folded) || /\bgui (de bao cao )?(len|cho|den|toi|ve) (bo|co quan|don vi|lanh dao|cap) (\w+ )?nao\b/.test(folded)) out.push('recipients')
  if (/\bkinh gui\b/.test(folded)) out.push('addressees')
  if (asks.basis) out.push('basis')
  if (/\b(so hieu|so may|so bao nhieu|ky hieu|so van ban|(xin|cho) (em |minh |toi |chi |anh )?so( va ngay| ngay| hieu)?)\b/.test(folded) || (marked && /(?<!\p{L})số (nào|gì|mấy)(?!\p{L})/u.test(question.toLowerCase()))) out.push('number')
  if (/\b((co quan|don vi|ai|so) nao ban hanh|do (ai|co quan nao|don vi nao) ban hanh|ban hanh boi|co phai do)\b/.test(folded) && !out.includes('signer')) out.push('issuer')
  // "… là gì" asks what a named document is; without a number it asks about the content.
  // "Mục đích của kế hoạch 461 là gì?" asks about its content, not what the document is.
  const aboutContent = /\b(muc dich|muc tieu|noi dung|nhiem vu|yeu cau|giai phap)\b[^?]{0,20}\b(cua )?(ke hoach|van ban|cong van|kh)\b/.test(folded)
  if ((/\b(ten (la )?gi|tieu de|trich yeu|ve viec gi|ve cai gi|ten van ban)\b/.test(folded) || (numbered && !aboutContent && /\b(la (ke hoach |kh |van ban |cong van |cv |quyet dinh |qd )?gi|ban hanh gi|ve gi)\b/.test(folded))) && type !== 'list') out.push('title')
  if (/\b(loai van ban|la van ban gi|hinh thuc van ban)\b/.test(folded)) out.push('kind')
  if (/\b(so dien thoai|dien thoai|sdt|lien he|phan anh ve dau)\b/.test(folded)) out.push('contact')
  if (/\b(ban hanh o dau|noi ban hanh|dia danh)\b/.test(folded)) out.push('place')
  // "còn áp dụng", "dùng cho năm 2022 được không", "năm 2022 còn liên quan không": the years a document is about.
  if (/\b((ap )?dung (duoc )?(cho |trong |vao )?(nam|giai doan)|dung (\w+ ){0,5}duoc (khong|ko|k)|cho nam khac|con (hieu luc|ap dung|dung|lien quan|gia tri)|het hieu luc|ap dung den)\b/.test(folded)) out.push('coverage')
  // "An Giang năm 2023 có KH BĐG không?": whether there is a plan for that year.
  else if (asks.exists) out.push('coverage')
  // "Ông X ký kế hoạch nào?": the document's number and title, not only its signer.
  if (out.includes('signer') && /\b(ky|ban hanh) (ke hoach|van ban|cong van|quyet dinh) nao\b/.test(folded)) out.push('number', 'title')
  return out
}

/** A yes/no or "which" question whose subject is a document and whose verb is "gửi". */
const SENT_TO = /\b(ke hoach|cong van|van ban|quyet dinh|kh|cv)\b[^?]*\bco (duoc )?gui\b[^?]*\b(khong|chua)\b|\b(ke hoach|cong van|van ban|kh)\b[^?]*\bgui (cho |den |toi )?(\w+ ){1,4}nao\b/

/** Documents whose signer the question names, looked up by 2–4 word runs (names are short; no document is scanned). */

function isBarePlanName(question: string, provinces: { index: number; end: number }[]): boolean {
  let text = question
  for (const m of [...provinces].sort((a, b) => b.index - a.index)) text = `${text.slice(0, m.index)} ${text.slice(m.end)}`
  const rest = foldDiacritics(text)
    .replace(/\b(nam )?(19|20)\d\d\b|\b(cua|o|tai|tinh|thanh pho)\b|[?.!,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  return /^(ke hoach|van ban|cong van)( (ve )?(cong tac )?(binh dang gioi|bdg))?$/.test(rest)
}

/** "Phòng Công chức, viên chức" before "Sở Nội vụ": a unit is more specific than its department. */
function mostSpecificFirst(found: { agency: Agency; text: string }[]): Agency[] {
  const rank = (text: string) => (/^(phòng|văn phòng|ban|công đoàn|chi cục|trung tâm)\b/iu.test(text) ? 0 : 1)
  return [...found]
    .sort((a, b) => rank(a.text) - rank(b.text))
    .map((f) => f.agency)
    .filter((a, i, all) => all.findIndex((x) => x.id === a.id) === i)
}

/**
 * A year that scopes the plans ("kế hoạch năm 2020", "2021"), not a target ("đến năm 2030",
 * "phấn đấu … năm 2025 đạt 60%") or a period ("2021-2030").
 */
function planYear(question: string): number | null {
  const folded = foldDiacritics(question)
  const aboutTargets = /\b(muc tieu|phan dau|dat|ty le|ti le|chi tieu)\b|%/.test(folded)
  for (const m of question.matchAll(/(?<![\d/\-–])(20\d\d)(?![\d/\-–])/g)) {
    const before = foldDiacritics(question.slice(Math.max(0, m.index - 14), m.index))
    if (/(den|toi|giai doan|tam nhin)( nam)?\s*$/.test(before)) continue
    if (aboutTargets && !/ke hoach[^.?]{0,40}$/.test(foldDiacritics(question.slice(0, m.index)))) continue
    return Number(m[1])
  }
  return null
}

/** The role of an agency by the words before it: reported through, reported or sent to, or acting. */
function agencyRole(before: string): 'channel' | 'recipient' | 'actor' {
  if (/\b(thong qua|qua)\s*$/.test(before)) return 'channel'
  // "kinh phí cho UBND cấp huyện": what is given to it.
  if (/\b((gui|nop|trinh|bao cao)( (ve|cho|len|den|toi|voi))?|(?<!\bgiao\b.{0,24})(danh )?cho)\s*$/.test(before)) return 'recipient'
  return 'actor'
}

/** "năm nay", "năm ngoái", "năm sau": a year counted from today (Vietnam's calendar year). */
function relativeYear(folded: string, now: Date): number | null {
  const year = Number(vietnamDay(now).slice(0, 4))
  if (/\bnam nay\b/.test(folded)) return year
  if (/\bnam (ngoai|truoc|roi|vua roi)\b/.test(folded)) return year - 1
  if (/\bnam (sau|toi)\b/.test(folded)) return year + 1
  return null
}

function recurrenceAsked(folded: string): Understanding['recurrence'] {
  if (/\b(6|06|sau) thang\b|nua nam|giua nam/.test(folded)) return 'semiannual'
  if (/\b(hang|hang) thang\b|moi thang|thang mot lan/.test(folded)) return 'monthly'
  if (/\b(1|01|mot|ca|hang|hang) nam\b|bao cao nam|tong ket nam|cuoi nam/.test(folded)) return 'yearly'
  return null
}
