/**
 * Vietnamese text folding shared by the parser, the search analyzer, the directory and the assistant.
 *
 * Three levels of sameness:
 * - `canonicalize`: NFC, lower case, tone mark moved to one fixed vowel ("hoà" and "hòa" both
 *   become "hòa", "uỷ" and "ủy" both "ủy"). Keeps diacritics, so "bản" ≠ "ban".
 * - `foldDiacritics`: everything above plus all marks removed and đ → d ("Bình Đẳng" → "binh dang").
 * - `removeInvisible`: zero-width and control characters that users paste by accident.
 */

const TONE_MARKS = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])
const VOWEL_MODIFIERS = new Set(['\u0302', '\u0306', '\u031b'])
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y'])
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff]/g
const LETTER_RUN = /\p{L}[\p{L}\p{M}]*/gu

/** Removes zero-width, bidi and control characters (keeps \t and \n). */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '')
}

/** NFC, lower case, and one tone-mark position per syllable (old/new placement treated as one word). */
export function canonicalize(text: string): string {
  return removeInvisible(text).normalize('NFC').toLowerCase().replace(LETTER_RUN, cachedSyllable)
}

// The vocabulary is small (a few thousand syllables): remember each syllable's canonical form.
const syllableCache = new Map<string, string>()
function cachedSyllable(syllable: string): string {
  let out = syllableCache.get(syllable)
  if (out === undefined) {
    out = canonicalSyllable(syllable).normalize('NFC')
    if (syllableCache.size > 200_000) syllableCache.clear()
    syllableCache.set(syllable, out)
  }
  return out
}

/** Lower case without any diacritics; đ → d. "Sở Tư pháp" → "so tu phap". */
export function foldDiacritics(text: string): string {
  return removeInvisible(text).normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase()
}

/**
 * Syllables Vietnamese spells with either "i" or "y" after a consonant ("kí/ký", "lí/lý", "tỉ/tỷ",
 * "quí/quý", "mĩ/mỹ", "sĩ/sỹ"), folded to one spelling so both find each other.
 */
const I_OR_Y: Record<string, string> = { ki: 'ky', li: 'ly', ti: 'ty', qui: 'quy', mi: 'my', si: 'sy', hi: 'hy' }
export function unifyIY(folded: string): string {
  return I_OR_Y[folded] ?? folded
}
/** `unifyIY` over every word of a folded text. */
export function unifyIYText(folded: string): string {
  return folded.replace(/\b(ki|li|ti|qui|mi|si|hi)\b/g, (w) => I_OR_Y[w]!)
}

const Y_FOR_I: Record<string, string> = { í: 'ý', ì: 'ỳ', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ', Í: 'Ý', Ì: 'Ỳ', Ỉ: 'Ỷ', Ĩ: 'Ỹ', Ị: 'Ỵ' }
/** "kí", "kì" written as "ký", "kỳ" (the spelling the plans and the question phrases use); marks kept. */
export function unifyKyMarked(text: string): string {
  return text.normalize('NFC').replace(/(?<!\p{L})([kK])([íìỉĩịÍÌỈĨỊ])(?!\p{L})/gu, (_, k: string, i: string) => k + Y_FOR_I[i]!)
}

/** True when the text carries any Vietnamese diacritic (the user typed marks on purpose). */
export function hasDiacritics(text: string): boolean {
  return foldDiacritics(text) !== text.normalize('NFC').toLowerCase()
}

interface Letter {
  base: string
  modifiers: string[]
}

/** Moves the tone mark of one lower-case syllable to its conventional ("old style") vowel. */
function canonicalSyllable(syllable: string): string {
  const decomposed = syllable.normalize('NFD')
  let tone = ''
  const letters: Letter[] = []
  for (const ch of decomposed) {
    if (TONE_MARKS.has(ch)) tone = ch
    else if (/\p{M}/u.test(ch)) letters.at(-1)?.modifiers.push(ch)
    else letters.push({ base: ch, modifiers: [] })
  }
  if (!tone) return syllable
  const target = toneVowelIndex(letters)
  if (target < 0) return syllable
  return letters.map((l, i) => l.base + l.modifiers.join('') + (i === target ? tone : '')).join('')
}

function toneVowelIndex(letters: Letter[]): number {
  const isVowel = (i: number) => VOWELS.has(letters[i]?.base ?? '')
  let start = letters.findIndex((_, i) => isVowel(i))
  if (start < 0) return -1
  let end = start
  while (end + 1 < letters.length && isVowel(end + 1)) end++
  // "qu" and "gi" are consonants when another vowel follows.
  const prev = letters[start - 1]?.base
  if (end > start && ((prev === 'q' && letters[start]?.base === 'u') || (prev === 'g' && letters[start]?.base === 'i'))) start++
  const cluster: number[] = []
  for (let i = start; i <= end; i++) cluster.push(i)
  const modified = cluster.filter((i) => letters[i]!.modifiers.some((m) => VOWEL_MODIFIERS.has(m)))
  if (modified.length > 0) return modified.at(-1)!
  const hasFinalConsonant = end < letters.length - 1
  if (cluster.length === 1 || hasFinalConsonant) return cluster.at(-1)!
  if (cluster.length === 3) return cluster[1]!
  return cluster[0]!
}
