/**
 * Vietnamese text typed in the pre-Unicode font encodings still found in provincial files:
 * TCVN3 (ABC, ".VnTime" fonts; one byte per letter) and VNI (VNI-Times; a Latin letter followed
 * by a mark byte). Both arrive as Latin-1 characters, either from a non-UTF-8 file or from a
 * Word document whose runs use those fonts. `decodeLegacyVietnamese` picks the reading that
 * yields the most common Vietnamese words, so Unicode text is returned untouched.
 */
export type TextEncoding = 'unicode' | 'tcvn3' | 'vni'

/** TCVN3 code → letter ("Céng hßa" = "Cộng hòa"); codes 0xA1–0xFE, gaps are unused. */
const TCVN3_TABLE: [number, string][] = [
  [0xa1, 'ĂÂÊÔƠƯĐăâêôơưđ'],
  [0xb5, 'àảãáạ'],
  [0xbb, 'ằẳẵắ'],
  [0xc6, 'ặầẩẫấậè'],
  [0xce, 'ẻẽéẹềểễếệìỉ'],
  [0xdc, 'ĩíịò'],
  [0xe1, 'ỏõóọồổỗốộờởỡớợù'],
  [0xf1, 'ủũúụừửữứựỳỷỹýỵ'],
]
const TCVN3 = new Map<string, string>()
for (const [start, letters] of TCVN3_TABLE) [...letters].forEach((letter, i) => TCVN3.set(String.fromCharCode(start + i), letter))

const ACUTE = '\u0301'
const GRAVE = '\u0300'
const HOOK = '\u0309'
const TILDE = '\u0303'
const DOT = '\u0323'
const CIRCUMFLEX = '\u0302'
const BREVE = '\u0306'
/** VNI mark bytes after a vowel (upper- and lower-case forms). */
const VNI_TONES: Record<string, string> = { ù: ACUTE, ø: GRAVE, û: HOOK, õ: TILDE, ï: DOT }
const VNI_CIRCUMFLEX: Record<string, string> = { â: '', á: ACUTE, à: GRAVE, å: HOOK, ã: TILDE, ä: DOT }
const VNI_BREVE: Record<string, string> = { ê: '', é: ACUTE, è: GRAVE, ú: HOOK, ü: TILDE, ë: DOT }
/** VNI letters that are one byte: đ, ư, ơ and the toned i's and ỵ. */
const VNI_SINGLE: Record<string, string> = { ñ: 'đ', ö: 'ư', ô: 'ơ', æ: 'ỉ', ó: 'ĩ', ò: 'ị', î: 'ỵ' }

const COMMON_WORDS = /(?<!\p{L})(?:của|và|các|năm|ngày|tháng|thực hiện|được|người|trên|những|với|việc|về|tỉnh|công tác|phụ nữ)(?!\p{L})/giu

export function decodeLegacyVietnamese(text: string): { text: string; encoding: TextEncoding } {
  // Any letter beyond Latin-1 means the text is already Unicode (legacy fonts only use Latin-1).
  if (/[\u0100-\u024f\u1e00-\u1eff]/u.test(text) && score(text) > 0) return { text, encoding: 'unicode' }
  const candidates: { text: string; encoding: TextEncoding }[] = [
    { text, encoding: 'unicode' },
    { text: fromTcvn3(text), encoding: 'tcvn3' },
    { text: fromVni(text), encoding: 'vni' },
  ]
  return candidates.reduce((best, c) => (score(c.text) > score(best.text) ? c : best))
}

function score(text: string): number {
  return text.match(COMMON_WORDS)?.length ?? 0
}

export function fromTcvn3(text: string): string {
  const decoded = text.replace(/[\u00a1-\u00fe]/g, (c) => TCVN3.get(c) ?? c)
  // Headings typed in the capitals font (".VnTimeH") use the lower-case codes: a line whose
  // Latin letters are all capitals is a capital line.
  return decoded
    .split('\n')
    .map((line) => {
      const latin = line.match(/[A-Za-z]/g) ?? []
      return latin.length >= 2 && latin.every((c) => c >= 'A' && c <= 'Z') ? line.toUpperCase() : line
    })
    .join('\n')
}

export function fromVni(text: string): string {
  const singles = text.replace(/[ñÑöÖôÔæÆóÓòÒîÎ]/g, (c) => {
    const lower = VNI_SINGLE[c.toLowerCase()]!
    return c === c.toLowerCase() ? lower : lower.toUpperCase()
  })
  return singles
    .replace(/([aeAE])([âáàåãäÂÁÀÅÃÄ])|([oO])([âáàåãäÂÁÀÅÃÄ])|([aA])([êéèúüëÊÉÈÚÜË])|([aeiouyơưAEIOUYƠƯ])([ùøûõïÙØÛÕÏ])/g, (_m, a1, c1, a2, c2, a3, b3, a4, t4) => {
      if (a1 || a2) return `${a1 ?? a2}${CIRCUMFLEX}${VNI_CIRCUMFLEX[(c1 ?? c2).toLowerCase()]}`
      if (a3) return `${a3}${BREVE}${VNI_BREVE[b3.toLowerCase()]}`
      return `${a4}${VNI_TONES[t4.toLowerCase()]}`
    })
    .normalize('NFC')
}
