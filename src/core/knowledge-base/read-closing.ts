import { isUpperCaseLine } from '../text/letter-case.js'

/**
 * The closing block of Nghị định 30/2020 (Phụ lục I): "Nơi nhận" with its recipients, the
 * signing authority (TM., KT., Q., TL., TUQ.) and position in capitals, then the signer's name.
 * A web copy may put all of it on one line ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH … Trương Cảnh Tuyên").
 */
const SIGN_ROLE = /^(KT\.?|TM\.?|TL\.?|TUQ\.?|Q\.|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|CHỦ TỊCH|PHÓ CHỦ TỊCH|TRƯỞNG|PHÓ TRƯỞNG|CHÁNH|PHÓ CHÁNH|ỦY BAN|UBND)/u
/** A word of a name: "Nguyễn", "H'Yim", "Kđoh", "Y". */
const NAME_WORD = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu}?)*$/u
const NOT_A_NAME = /^(Nơi|Lưu|Như|Kính|Chương|Phần|Điều|Mục|Độc)\b/u
const ROMAN = /^[IVXL]+\.?$/

export function readClosing(closing: string[]): { recipients: string[]; signer: string | null; role: string | null } {
  const recipients = closing
    .filter((l) => /^[-+•]/.test(l))
    .map((l) =>
      l
        .replace(/^[-+•]\s*/, '')
        .replace(/[;,.]+$/, '')
        .trim(),
    )
  let nameAt = -1
  for (let i = closing.length - 1; i >= 0; i--) {
    if (isPersonName(closing[i]!)) {
      nameAt = i
      break
    }
  }
  if (nameAt >= 0) {
    const roleLines = closing.slice(0, nameAt).filter((l) => SIGN_ROLE.test(l) && isUpperCaseLine(l))
    return { recipients, signer: closing[nameAt]!, role: roleLines.length ? roleLines.join(' ').replace(/\s+/g, ' ') : null }
  }
  // One line: capitals (the authority and position) followed by the name.
  for (let i = closing.length - 1; i >= 0; i--) {
    const words = closing[i]!.split(/\s+/)
    let start = words.length
    while (start > 0 && NAME_WORD.test(words[start - 1]!) && !ROMAN.test(words[start - 1]!) && (words[start - 1]!.length > 1 || start < words.length)) start--
    const name = words.slice(start).join(' ')
    const role = words.slice(0, start).join(' ')
    if (words.length - start >= 2 && start > 0 && isUpperCaseLine(role) && SIGN_ROLE.test(role)) return { recipients, signer: name, role }
  }
  return { recipients, signer: null, role: null }
}

function isPersonName(line: string): boolean {
  const words = line.split(/\s+/)
  return words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w)) && !words.every((w) => w.length === 1 || isUpperCaseLine(w)) && !NOT_A_NAME.test(line) && !ROMAN.test(words.at(-1)!)
}
