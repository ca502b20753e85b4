import type { Glossary } from '../knowledge-base/glossary.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'

/** Words that only join a name to its verb ("gửi cho …", "căn cứ các …"). */
const FILLER = new Set(['cho', 'den', 'toi', 've', 'lai', 'cac', 'nhung', 'mot', 'co', 'duoc', 'van', 'ban'])
const TOKEN = /[a-z0-9&]+(?:[/-][a-z0-9&]+)*/g
const expansions = new WeakMap<Glossary, Map<string, string[]>>()

/**
 * Does one of a document's lists (recipients, legal bases) name what a question names? Compared
 * word by word with abbreviations written out on both sides ("UBND tỉnh" = "Ủy ban nhân dân
 * tỉnh"), a number by its number part ("công văn 11343" = "11343/UBND-KTTC"), and an agency by
 * its glossary entry ("Sở LĐTBXH" = "Sở Lao động - Thương binh và Xã hội").
 */
export function listNames(glossary: Glossary, items: readonly string[], named: string): boolean {
  const wanted = words(glossary, named).filter((w) => !FILLER.has(w))
  const agencies = new Set(glossary.findAgencies(named).map((m) => m.value.id))
  if (!wanted.length) return false
  return items.some((item) => {
    if (agencies.size && glossary.findAgencies(item).some((m) => agencies.has(m.value.id))) return true
    const have = words(glossary, item)
    return wanted.every((w) => have.some((h) => h === w || h.startsWith(`${w}/`)))
  })
}

function words(glossary: Glossary, text: string): string[] {
  const table = expansionTable(glossary)
  return (foldDiacritics(text).match(TOKEN) ?? []).flatMap((w) => table.get(w) ?? [w])
}

/** Folded abbreviation → folded words of its expansion, built once per glossary. */
function expansionTable(glossary: Glossary): Map<string, string[]> {
  let table = expansions.get(glossary)
  if (!table) {
    table = new Map()
    for (const [short, long] of glossary.abbreviations) table.set(foldDiacritics(short), foldDiacritics(long).match(/[a-z0-9&]+/g) ?? [])
    expansions.set(glossary, table)
  }
  return table
}
