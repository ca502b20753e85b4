import { canonicalize, foldDiacritics } from './normalize-vietnamese.js'

/**
 * A chat message's words as people type them, normalised for reading: lower case, punctuation
 * dropped, teen and chat spellings expanded ("ck e" → "chong em", "15t" → "15 tuoi"), letters held
 * down counted once ("cuuuu" → "cuu"), fast-typing slips mended ("chồg" → "chong"). Knows nothing
 * of what the words mean: triage marks their sense (`core/triage/read-chat-text.ts`).
 */
export interface ChatWord {
  /** The token as typed (canonical case and tone placement). */
  raw: string
  /** Folded, normalised; an expansion may be several words ("nguoi yeu"). */
  word: string
  /** The writer typed Vietnamese marks on this token. */
  hasMarks: boolean
  /** Expanded from a teen spelling, an age or a typo: the writer's marks, if any, say nothing of its sense. */
  expanded: boolean
  /** A sentence ends after this word ("… đánh chồng. Tôi cần …"): what one sentence says does not run into the next. */
  endsSentence: boolean
}

/**
 * What ends a sentence between two words: ".", "!", "?", ";" or a line break. An ellipsis ("chồng
 * em... đánh em") is a pause in one telling, and "TP.HCM" or "1.000" have no space after the dot.
 */
const SENTENCE_END = /^[^.!?;\n]*(?:(?<!\.)\.(?!\.)\s|[!?;]|\n)/

/** Teen and chat spellings, keyed by the unmarked token as typed. */
const TEEN: Record<string, string> = {
  k: 'khong',
  ko: 'khong',
  kh: 'khong',
  khg: 'khong',
  kg: 'khong',
  hk: 'khong',
  hok: 'khong',
  hong: 'khong',
  hem: 'khong',
  j: 'gi',
  gj: 'gi',
  dc: 'duoc',
  dk: 'duoc',
  đc: 'duoc',
  e: 'em',
  a: 'anh',
  ah: 'anh',
  ny: 'nguoi yeu',
  bn: 'ban',
  b: 'ban',
  bt: 'biet',
  bik: 'biet',
  bit: 'biet',
  vs: 'voi',
  ck: 'chong',
  ckong: 'chong',
  chog: 'chong',
  vk: 'vo',
  ox: 'ong xa',
  bx: 'ba xa',
  r: 'roi',
  rui: 'roi',
  oy: 'roi',
  h: 'gio',
  bjo: 'bay gio',
  bh: 'bay gio',
  ng: 'nguoi',
  ngta: 'nguoi ta',
  thg: 'thang',
  t: 'toi',
  tui: 'toi',
  mk: 'minh',
  mik: 'minh',
  mjk: 'minh',
  sdt: 'so dien thoai',
  dt: 'dien thoai',
  đt: 'dien thoai',
  ms: 'moi',
  trc: 'truoc',
  cx: 'cung',
  cug: 'cung',
  bme: 'bo me',
  bm: 'bo me',
  ntn: 'nhu the nao',
  wa: 'qua',
  qa: 'qua',
  ns: 'noi',
  tn: 'tin nhan',
  dag: 'dang',
  đg: 'dang',
  dg: 'dang',
  iu: 'yeu',
  nhìu: 'nhieu',
  nhiu: 'nhieu',
  hum: 'hom',
  hnay: 'hom nay',
  z: 'vay',
  zay: 'vay',
  dzay: 'vay',
  cj: 'chi',
  c: 'chi',
  ae: 'anh em',
  fb: 'facebook',
  lm: 'lam',
  mun: 'muon',
  mún: 'muon',
  bj: 'bi',
  hog: 'khong',
  // Southern speech for "đánh", typed with its marks ("quánh", "quýnh"); unmarked "quanh" is "around", "Quynh" a name.
  quánh: 'danh',
  quýnh: 'danh',
  ib: 'nhan tin',
  nma: 'nhung ma',
  ktra: 'kiem tra',
  pls: 'giup',
  plz: 'giup',
}

/** Letters dropped while typing fast, whatever the marks: "chồg" → "chong", "đáh" → "danh". */
const TYPOS: Record<string, string> = { chog: 'chong', chonf: 'chong', dah: 'danh', dnah: 'danh', dnh: 'danh', nguoj: 'nguoi', ngươi: 'nguoi', hiêp: 'hiep', xamhai: 'xam hai', baoluc: 'bao luc' }

/** A teen or chat spelling, or a known fast-typing slip ("ko", "ck", "dnah"): read by `readChatWords`, never mended as a typo. */
export const isChatSpelling = (token: string): boolean => Object.hasOwn(TEEN, token) || Object.hasOwn(TYPOS, token)

const DOCUMENT_ABBREVIATIONS = new Set(['kh', 'qđ', 'qd', 'cv', 'nq', 'tt', 'nđ', 'nd', 'ct', 'tb'])

const AGE = /^(\d{1,2})(t|tuoi|tuổi)$/

/**
 * Officials' shorthand, expanded only next to the word it abbreviates with ("pc bạo lực", "bạo
 * lực gđ", "bl gia đình"): "pc", "gd", "bl" alone mean too many other things ("PC", "giáo dục").
 */
const SHORTHAND: [RegExp, string][] = [
  [/\b(bl|bao luc) (gd|gđ)\b/g, 'bao luc gia dinh'],
  [/\bbldg\b/g, 'bao luc gia dinh'],
  // "Trung tâm CTXH", "phòng CTXH bệnh viện": a social-work service.
  [/\bctxh\b/g, 'cong tac xa hoi'],
  [/\bbl (gia dinh|gioi|hoc duong|tre em|tinh duc)\b/g, 'bao luc $1'],
  [/\bpc (bao luc|xam hai|mua ban|tao hon|bl|ma tuy|toi pham)\b/g, 'phong chong $1'],
  [/\bphong chong bl\b/g, 'phong chong bao luc'],
]
/** Expands officials' shorthand in a folded text ("bl gd" → "bao luc gia dinh"). */
export const expandShorthand = (text: string): string => SHORTHAND.reduce((t, [pattern, long]) => t.replace(pattern, long), text)

/**
 * The words of a chat message, one per typed token, in order.
 *
 * @example
 * readChatWords('ck e 15t').map((w) => w.word) // ['chong', 'em', '15 tuoi']
 */
export function readChatWords(text: string): ChatWord[] {
  // Split keeping the separators: a separator that ends a sentence marks the word before it.
  const parts = canonicalize(text).split(/([^\p{L}\p{N}]+)/u)
  const tokens: string[] = []
  const ends: boolean[] = []
  for (let i = 0; i < parts.length; i += 2) {
    if (!parts[i]) continue
    tokens.push(parts[i]!)
    ends.push(i + 2 < parts.length && SENTENCE_END.test(parts[i + 1]!))
  }
  return tokens.map((raw, i): ChatWord => {
    const endsSentence = ends[i]!
    const plain = foldDiacritics(raw)
    const hasMarks = plain !== raw
    const age = AGE.exec(raw)
    // "KH 67", "QĐ 12": a document's short name before its number, not "không".
    const documentName = DOCUMENT_ABBREVIATIONS.has(raw) && /^\d/.test(tokens[i + 1] ?? '')
    // Keys are spellings as typed: a marked key ("mún", "nhìu", "đc", "quánh") matches only itself, an unmarked one only unmarked tokens.
    const teen = age ? `${age[1]} tuoi` : documentName ? undefined : Object.hasOwn(TEEN, raw) ? TEEN[raw] : undefined
    if (teen) return { raw, word: teen, hasMarks, expanded: true, endsSentence }
    // Letters held down in distress ("cuuuu", "sooo") count once: at the end of a word only, so "CCCD" stays.
    const squeezed = plain.replace(/(\p{L})\1{2,}$/u, '$1$1').replace(/^(so)o+$/, '$1')
    const typo = TYPOS[squeezed]
    return typo ? { raw, word: typo, hasMarks, expanded: true, endsSentence } : { raw, word: squeezed, hasMarks, expanded: false, endsSentence }
  })
}
