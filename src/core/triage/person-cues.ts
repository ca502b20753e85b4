/**
 * Who a message is about, read from `ChatText.sense` (teen spellings expanded; "tối", "chống",
 * "Bộ" typed with marks do not read as "tôi", "chồng", "bố"). "trẻ em", "chị em", "anh em" are
 * people in general, not the writer, and so are people counted ("2 em", "các em", "3 chị"): removed before matching.
 */
const GENERIC_PEOPLE = /\b((\d+|cac|vai) (em|chi)|tre em|chi em|anh em|em be gai|phu nu va tre em|phong chong|chong_? (bao|xam|mua|quay|tao|lai)|tao hon|dao tao|sang tao|tao (dieu kien|ra|lap|viec lam))\b/g

/** The writer speaks of themself: tôi, em, mình, tui, tao. */
// "một mình" (alone) is not "mình" (I).
const FIRST_PERSON = /\b(toi|tui|em|(?<!\bmot )minh|mik|mk|tao|tau|con (dang|bi|so|muon|khong))\b/

/** Family, partners, people with power over the writer (the abuser is usually one of them). */
const RELATIONSHIP =
  /\b(chong|vo (toi|em|minh|anh|cu|no|con)|vo chong|nguoi yeu|ban trai|ban gai|bo (toi|em|minh|duong|chong|cu|no|me|de)|me (toi|em|minh|ke|chong|de)|cha duong|nha chong|anh re|chi dau|em re|anh ho|anh trai|em trai|chu (toi|em|nha|ho|quan|tro|xuong)|thim|ong noi|ong ngoai|ong (ay|ta|chu|hang xom)|thay (giao|day|chu nhiem)|co giao|bao mau|sep|chu nha|dong nghiep|hang xom|nguoi la|ong xa|ba xa|no|han ta|hn|thang do|nguoi quen|ban hoc|ban cung lop|(nha|gia dinh|o nha) (toi|em|minh|tui|tao))\b/

/** A child is at risk: the writer's child, a named young age, a pupil. */
const CHILD = /\b(con (toi|em|minh|gai|trai|nha|be)|chau (toi|em|minh|gai|trai|be)|be (nha|gai|trai|hang xom|\d)|dua (be|nho|tre)|hai dua nho|hoc sinh|mam non|thang be|con be|dua be|lop \d|(em|con|chau|be) ((gai|trai|ho) )?((toi|em|minh) )?(nam nay |moi )?([0-9]|1[0-7]) tuoi|tre (nho|con)|con toi)\b/

/** Someone else is at risk and the writer speaks for them. */
const THIRD_PARTY =
  /\b(hang xom|nha ben|nha doi dien|ban (toi|em|minh|than|cung phong|cung lop|dong nghiep|ay)|ban e|chi (gai|dau|toi|em|ay|hang xom|dong nghiep)|me (toi|em|minh)|em (gai|ho) (toi|em|minh)|em ho|co ay|co gai|ba cu|ong cu|ban toi|nguoi quen|chi ay|dong nghiep|ban (gai|trai) (toi|em|minh)|(ba|ong) (noi|ngoai) (toi|em|minh)|bo (toi|em|minh)|mot (phu nu|co gai|nguoi dan ba)|nguoi ta danh)\b/

/** A child of the writer's own age speaking: "em 15 tuổi", "em mới 16". */
const YOUNG_WRITER = /(?<!(con|chau|gai|trai|be|ho) )\b(em|toi|minh) ((nam nay |moi )?(1[0-7]|[6-9]) (tuoi)?|(hoc|dang hoc) lop)\b/

export interface PersonSignals {
  firstPerson: boolean
  relationship: boolean
  child: boolean
  thirdParty: boolean
  youngWriter: boolean
}

export function readPersons(sense: string): PersonSignals {
  const text = sense.replace(GENERIC_PEOPLE, ' ')
  return {
    firstPerson: FIRST_PERSON.test(text),
    relationship: RELATIONSHIP.test(text),
    child: CHILD.test(text),
    thirdParty: THIRD_PARTY.test(text),
    youngWriter: YOUNG_WRITER.test(text),
  }
}

// The plans' topic words used as verbs ("quấy rối em", "bạo hành con") name a victim too.
const HARM_VERB = '(danh|dap|tat|chui|mang|doa|de doa|duoi|nhot|ep|bat|ga|giu|xo|dam|quat|so|om|hiep|xam hai|quay roi|bao hanh|hanh ha|nguoc dai|lam nhuc|lam dung|bo|de|ban|giet|chem)'
/** What follows "để tôi" (let me, so that I) typed without marks: a verb the writer does, not "đè tôi" (pinned me down). */
const LET_ME_DO = 'can|lam|hoi|biet|xem|noi|tim|in|viet|soan|trinh bay|gui|dua|tham khao|tra|chuan bi|tuyen truyen|giai thich|ghi|nop|hoc|doc|dung|bao_cao|bao cao|hieu|nam|lien he|phat|trinh'

/** "đánh con", "sờ bé", "ép em gái tôi": the object right after the verb is a child. */
const CHILD_OBJECT = new RegExp(`\\b${HARM_VERB} (con|be|chau|em (gai|trai)|thang be|con be)\\b`)
/** "đánh tôi", "ép em", "đuổi mẹ con tôi": the writer is the object. */
const SELF_OBJECT = new RegExp(`\\b${HARM_VERB} (vao |ca |ca nha |lien |suot )?(toi|em|minh|tao|me con (toi|em|minh))\\b(?! (gai|trai|ho))(?<!\\bde (toi|em|minh|tao)(?= (${LET_ME_DO})\\b))`)
const CHILD_WORD = /\b(con|chau|be|tre|hoc sinh|dua nho|thang be|con be|em (gai|trai) (toi|em|minh))\b/
const THIRD_WORD = new RegExp(THIRD_PARTY.source)

/**
 * The one the harm is done to, from the Vietnamese passive ("X bị …") or the object of a harm
 * verb ("đánh tôi", "ép em"); null when the message does not say.
 */
export function victimOf(sense: string): 'self' | 'child' | 'other-person' | null {
  const passive = /((?:[^\s.]+ ){0,4})bi\b/.exec(sense)
  if (passive) {
    const subject = passive[1]!.trim()
    if (CHILD_WORD.test(subject)) return 'child'
    // "lớp có em bị …", "một chị bị …": someone counted, not the writer.
    if (/\b(co|mot|1|cac|vai|nhung|\d+) (em|chi|chau|ban)$/.test(subject)) return 'other-person'
    if (THIRD_WORD.test(subject)) return 'other-person'
    // "cô giáo mới về trường tôi bị …", "đồng nghiệp em bị …": a particular colleague.
    if (/\b(co giao|thay giao|dong nghiep)\b/.test(subject)) return 'other-person'
    if (/\b(toi|em|(?<!\bmot )minh|tao)$/.test(subject)) return 'self'
  }
  if (CHILD_OBJECT.test(sense)) return 'child'
  if (SELF_OBJECT.test(sense)) return 'self'
  return null
}

/** A partner, relative, boss or child the writer calls their own: "chồng tôi", "vợ em", "con mình", "sếp em". */
const OWN_CLOSE_PERSON = /\b(chong|vo|nguoi yeu|ban trai|ban gai|bo|me|cha|ba|bo duong|me ke|cha duong|anh trai|em trai|chi gai|em gai|anh re|chi dau|con|con gai|con trai|chau|sep|nha|gia dinh|nha chong|ong xa|ba xa) (cua )?(toi|em|minh|tui|tao)\b(?! (la|lam|cong tac|phu trach))/

/**
 * Whether the writer names someone close as their own. An official who introduced themself may name
 * partners and children as the subject of their work ("vợ chồng", "bà xã" in "ba xã cũ"); their own
 * partner or child is a personal matter all the same.
 */
export function namesOwnClosePerson(sense: string): boolean {
  return OWN_CLOSE_PERSON.test(sense.replace(GENERIC_PEOPLE, ' '))
}
