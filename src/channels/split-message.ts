/**
 * Splits a long reply at paragraph boundaries (then lines, then spaces) so each part fits a
 * platform's limit: Telegram 4,096 characters, Zalo 2,000.
 */
export function splitMessage(text: string, limit: number): string[] {
  if (text.length <= limit) return [text]
  const parts: string[] = []
  let rest = text
  while (rest.length > limit) {
    const window = rest.slice(0, limit)
    const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((i) => i > limit * 0.3) ?? limit
    parts.push(rest.slice(0, cut).trimEnd())
    rest = rest.slice(cut).trimStart()
  }
  if (rest) parts.push(rest)
  return parts
}
