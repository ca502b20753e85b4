/** Letter case of Vietnamese text: headings in capitals, answers starting with a capital. */

/** True for a heading written in capitals ("KẾ HOẠCH", "SỞ TÀI CHÍNH"), at least 3 letters. */
export function isUpperCaseLine(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '')
  return letters.length >= 3 && letters === letters.toUpperCase()
}

/** "báo cáo …" → "Báo cáo …". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** "THỰC HIỆN CÔNG TÁC BÌNH ĐẲNG GIỚI" → "Thực hiện công tác bình đẳng giới"; mixed-case text is kept. */
export function sentenceCase(text: string): string {
  if (!isUpperCaseLine(text)) return text.trim()
  return capitalize(text.trim().toLowerCase())
}
