import { isChatSpelling } from './read-chat-words.js'

/** What the plans' vocabulary says of a folded word: whether it is there, and how common it is (higher is commoner). */
export interface Vocabulary {
  knows(word: string): boolean
  frequency(word: string): number
}

const LETTERS = 'abcdefghiklmnopqrstuvxy'
const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '']
/** Every rhyme a Vietnamese syllable can have once its marks are folded away ("ương" → "uong"). */
const RHYMES = new Set(
  (
    'a ac ach ai am an ang anh ao ap at au ay e ec ech em en eng enh eo ep et eu i ia ich iec iem ien ieng iep iet ieu im in inh ip it iu ' +
    'o oa oac oach oai oam oan oang oanh oao oap oat oay oc oe oen oeo oet oi om on ong oo ooc oong op ot ' +
    'u ua uan uang uanh uat uay uc ue uech uenh ui um un ung uo uoc uoi uom uon uong uop uot uou up ut uu uy uya uych uyen uyet uynh uyt uyu ' +
    'y yem yen yet yeu'
  ).split(' '),
)

/** Whether a folded, lower-case word can be one Vietnamese syllable ("khong", "nghieng"; not "hoahc", "ngya", "help"). */
export function isVietnameseSyllable(word: string): boolean {
  return ONSETS.some((onset) => word.startsWith(onset) && RHYMES.has(word.slice(onset.length)))
}

/** Tone keys of the Telex input method left in when the keyboard did not convert them ("lamf", "cuar"); "s" and "x" end too many English words. */
const TELEX_TONE = /[frj]$/

/** Loanwords and shorthand people type in Vietnamese chats: not Vietnamese syllables, and not slips. */
const LOANWORDS = new Set('alo acc app atm clip email face file gay help hotline inbox kpi les link mail ngo online pdf sex sms sos test trans video web zalo'.split(' '))

/**
 * Mends phone slips in words typed without marks ("ke hoahc", "ngya", "tong hpo", "An Giag",
 * "long gehp") so a slip does not hide the one word that says what is asked. Only a word that
 * cannot be a Vietnamese syllable is touched — so "theo", "khong" or an English "help" are never
 * "mended" — and only into a syllable the plans or the glossary know: two neighbouring letters
 * swapped, one letter dropped while typing (inserted back), a letter doubled or a Telex tone key
 * left in (removed). Among several mends the plans' commonest word wins; capitals, chat spellings
 * ("ko", "ck") and words with marks or digits are left as typed.
 *
 * @example
 * mendTypos('ke hoahc 461 ky ngay nao', vocabulary) // 'ke hoach 461 ky ngay nao'
 */
export function mendTypos(text: string, vocabulary: Vocabulary): string {
  return text.replace(/(?<![\p{L}\p{N}])[A-Za-z][a-z]{2,7}(?![\p{L}\p{N}])/gu, (typed) => {
    const word = typed.toLowerCase()
    if (isVietnameseSyllable(word) || !/[aeiouy]/.test(word) || LOANWORDS.has(word) || vocabulary.knows(word) || isChatSpelling(word)) return typed
    const mended = bestMend(word, vocabulary)
    if (!mended) return typed
    return typed === word ? mended : mended[0]!.toUpperCase() + mended.slice(1)
  })
}

function bestMend(word: string, vocabulary: Vocabulary): string | null {
  // The likeliest slip first: a swap, then a dropped letter, then a doubled letter or a tone key left in.
  for (const edits of [swaps(word), inserts(word), extraLetters(word)]) {
    let best: string | null = null
    for (const candidate of edits) {
      if (!isVietnameseSyllable(candidate) || !vocabulary.knows(candidate)) continue
      if (!best || vocabulary.frequency(candidate) > vocabulary.frequency(best)) best = candidate
    }
    if (best) return best
  }
  return null
}

function swaps(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2))
  return out
}

function inserts(word: string): string[] {
  const out: string[] = []
  for (let i = 0; i <= word.length; i++) for (const letter of LETTERS) out.push(word.slice(0, i) + letter + word.slice(i))
  return out
}

function extraLetters(word: string): string[] {
  const out: string[] = []
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) out.push(word.slice(0, i) + word.slice(i + 1))
  if (TELEX_TONE.test(word)) out.push(word.slice(0, -1))
  return out
}
