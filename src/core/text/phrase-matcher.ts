import { foldDiacritics } from './normalize-vietnamese.js'

/**
 * Finds known phrases (province names, agency aliases, place names) in free text,
 * ignoring case, diacritics and the spacing/dash variants documents use
 * ("Sở Lao động-Thương binh" = "Sở Lao động – Thương binh").
 * One combined regular expression, longest alias first, so scanning stays linear in the text.
 */
export interface PhraseMatch<T> {
  value: T
  /** The text as written in the input. */
  text: string
  index: number
  end: number
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>
  value?: T
}

/** Words ("so", "tb&xh") and single punctuation marks (",", "."); spaces and dashes only separate. */
const MATCH_TOKEN = /[\p{L}\p{N}&]+|[^\s\p{L}\p{N}\-–—]/gu

interface Token {
  text: string
  index: number
  end: number
}

function matchTokens(folded: string): Token[] {
  const out: Token[] = []
  for (const m of folded.matchAll(MATCH_TOKEN)) out.push({ text: m[0], index: m.index, end: m.index + m[0].length })
  return out
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() }

  constructor(entries: Iterable<[phrase: string, value: T]>) {
    for (const [phrase, value] of entries) {
      const tokens = matchTokens(phraseKey(phrase))
      if (!tokens.length) continue
      let node = this.root
      for (const t of tokens) {
        let child = node.next.get(t.text)
        if (!child) node.next.set(t.text, (child = { next: new Map() }))
        node = child
      }
      node.value ??= value
    }
  }

  /** All non-overlapping matches, left to right, longest phrase first at each position. */
  findAll(text: string): PhraseMatch<T>[] {
    const tokens = matchTokens(foldKeepingLength(text))
    const out: PhraseMatch<T>[] = []
    let i = 0
    while (i < tokens.length) {
      let node: TrieNode<T> | undefined = this.root
      let best: { value: T; last: number } | null = null
      for (let j = i; j < tokens.length && node; j++) {
        node = node.next.get(tokens[j]!.text)
        if (node?.value !== undefined) best = { value: node.value, last: j }
      }
      if (!best) {
        i++
        continue
      }
      const index = tokens[i]!.index
      const end = tokens[best.last]!.end
      out.push({ value: best.value, text: text.slice(index, end), index, end })
      i = best.last + 1
    }
    return out
  }

  findFirst(text: string): PhraseMatch<T> | null {
    return this.findAll(text)[0] ?? null
  }
}

/** Normal form of a phrase for lookups: folded, separators collapsed to one space. */
export function phraseKey(phrase: string): string {
  return foldDiacritics(phrase.normalize('NFC'))
    .replace(/[\s\-–—]+/g, ' ')
    .trim()
}

/** Folds diacritics and case while keeping every UTF-16 index where it was. */
export function foldKeepingLength(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    let f = foldedChars.get(ch)
    if (f === undefined) {
      const folded = foldDiacritics(ch)
      f = folded.length === ch.length ? folded : ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch
      foldedChars.set(ch, f)
    }
    out += f
  }
  return out
}

const foldedChars = new Map<string, string>()
