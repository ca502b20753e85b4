import { z } from 'zod'
import { AppError } from '../errors.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { PhraseMatcher, phraseKey, type PhraseMatch } from '../text/phrase-matcher.js'

const agencySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'id must be lower-case letters, digits and dashes'),
  name: z.string().min(2),
  short: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  successor: z.string().optional(),
  successor_since: z.union([z.string(), z.date()]).optional(),
  successor_note: z.string().optional(),
})

const provinceSchema = z.object({
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)).default([]),
  /** Short forms ("AG", "BĐ", "TH") that name the province only right after an agency or "tỉnh/ở/tại/của" in a question. */
  context_aliases: z.array(z.string().min(2)).default([]),
  now: z.string().min(2),
})

export const glossarySchema = z.object({
  abbreviations: z.record(z.string().min(1), z.string().min(1)),
  agencies: z.array(agencySchema).min(1),
  provinces: z.array(provinceSchema).min(1),
  cities: z.array(z.string().min(2)).default([]),
})

export type GlossaryData = z.infer<typeof glossarySchema>
export type Agency = z.infer<typeof agencySchema>
export type Province = z.infer<typeof provinceSchema>

/** The glossary with its lookups built once. */
export class Glossary {
  readonly abbreviations: ReadonlyMap<string, string>
  readonly agencies: readonly Agency[]
  readonly provinces: readonly Province[]
  private readonly cities: ReadonlySet<string>
  private readonly agencyMatcher: PhraseMatcher<Agency>
  private readonly provinceMatcher: PhraseMatcher<Province>
  private readonly contextProvinceMatcher: PhraseMatcher<Province>
  private readonly agencyById = new Map<string, Agency>()
  private readonly provinceByKey = new Map<string, Province>()
  /** Every folded word of the names it holds (provinces old and new, cities, agencies, abbreviations): words a typo is never mended away from. */
  readonly nameWords: ReadonlySet<string>

  constructor(data: GlossaryData) {
    this.abbreviations = new Map(Object.entries(data.abbreviations))
    this.agencies = data.agencies
    this.provinces = data.provinces
    this.cities = new Set(data.cities)
    for (const a of data.agencies) this.agencyById.set(a.id, a)
    // A department is also named by its sector: "ngành Tư pháp" is the Sở Tư pháp.
    const sector = (phrase: string) => (/^Sở /u.test(phrase) ? [`ngành ${phrase.slice(3)}`] : [])
    this.agencyMatcher = new PhraseMatcher(data.agencies.flatMap((a) => [a.name, a.short, ...a.aliases].flatMap((p) => [p, ...sector(p)]).map((p) => [p, a] as [string, Agency])))
    const provincePhrases: [string, Province][] = []
    for (const p of data.provinces) {
      for (const phrase of [p.name, ...p.aliases]) {
        provincePhrases.push([phrase, p])
        this.provinceByKey.set(phraseKey(phrase), p)
      }
    }
    this.provinceMatcher = new PhraseMatcher(provincePhrases)
    this.contextProvinceMatcher = new PhraseMatcher(data.provinces.flatMap((p) => p.context_aliases.map((a) => [a, p] as [string, Province])))
    const names = [...Object.keys(data.abbreviations), ...data.cities, ...data.agencies.flatMap((a) => [a.name, a.short, ...a.aliases]), ...data.provinces.flatMap((p) => [p.name, p.now, ...p.aliases, ...p.context_aliases])]
    this.nameWords = new Set(
      names.flatMap((n) =>
        foldDiacritics(n)
          .toLowerCase()
          .split(/[^a-z0-9]+/)
          .filter(Boolean),
      ),
    )
  }

  agency(id: string): Agency | undefined {
    return this.agencyById.get(id)
  }

  findAgencies(text: string): PhraseMatch<Agency>[] {
    return this.agencyMatcher.findAll(text)
  }

  /** The agency a name refers to, when the whole name is a known alias. */
  resolveAgency(name: string): Agency | undefined {
    const m = this.agencyMatcher.findFirst(name)
    return m && m.index === 0 && m.end >= name.trim().length - 1 ? m.value : undefined
  }

  successorOf(agency: Agency): Agency | undefined {
    return agency.successor ? this.agencyById.get(agency.successor) : undefined
  }

  /**
   * Provinces a text names. In a question (`inQuestion`), short context aliases count too where
   * the words before them make them a place: "SNV BĐ", "Sở Tư pháp AG", "tỉnh TH" — never a lone "TH".
   */
  findProvinces(text: string, inQuestion = false): PhraseMatch<Province>[] {
    const found = this.provinceMatcher.findAll(text)
    if (!inQuestion) return found
    const short = this.contextProvinceMatcher.findAll(text).filter((m) => !found.some((f) => m.index < f.end && f.index < m.end))
    if (!short.length) return found
    const agencies = this.agencyMatcher.findAll(text)
    const agencyEnds = agencies.map((a) => a.end)
    const placed = short.filter((m) => {
      const before = text.slice(0, m.index)
      // Part of a longer written form ("PT-TH", "Đài PT-TH") is not a place.
      if (/[-&/]$/.test(before) || agencies.some((a) => m.index < a.end && a.index < m.end)) return false
      if (agencyEnds.some((end) => before.slice(end).trim() === '') || /(?<!\p{L})(tỉnh|tinh|ở|o|tại|tai|của|cua)\s*$/iu.test(before)) return true
      // Written in capitals to open the question ("AG: …", "TH kinh phí …") or to name whose plan it is
      // ("KH AG"); a demonstrative after it makes it a noun ("TH này" is "trường hợp này").
      const written = text.slice(m.index, m.end)
      const noun = /^\s+(này|nay|đó|do|kia|ấy|ay|nào|nao)(?!\p{L})/iu.test(text.slice(m.end))
      return written === written.toUpperCase() && !noun && (before.trim() === '' || /(?<!\p{L})(KH|kế hoạch|ke hoach)\s*$/iu.test(before))
    })
    return [...found, ...placed].sort((a, b) => a.index - b.index)
  }

  /** Province by exact name or alias ("hue", "Huế", "Thừa Thiên Huế"). */
  province(name: string): Province | undefined {
    return this.provinceByKey.get(phraseKey(name))
  }

  /** "thành phố Cần Thơ", "tỉnh Gia Lai", "Thành phố Hồ Chí Minh". */
  unitName(name: string): string {
    if (/^thành phố/iu.test(name)) return name
    return `${this.cities.has(name) ? 'thành phố' : 'tỉnh'} ${name}`
  }

  /** Old provinces that belong to `name` since 2025, including itself ("Cần Thơ" → Cần Thơ, Sóc Trăng, Hậu Giang). */
  provincesNowIn(name: string): Province[] {
    const target = this.province(name)
    if (!target) return []
    return this.provinces.filter((p) => p.now === target.now || p.name === target.name)
  }
}

/** Validates parsed glossary data; the error names every bad path. */
export function createGlossary(data: unknown, file = 'glossary'): Glossary {
  const parsed = glossarySchema.safeParse(data)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new AppError('GLOSSARY_INVALID', `${file}: ${problems.join('; ')}`)
  }
  const ids = new Set(parsed.data.agencies.map((a) => a.id))
  const badSuccessor = parsed.data.agencies.find((a) => a.successor && !ids.has(a.successor))
  if (badSuccessor) throw new AppError('GLOSSARY_INVALID', `${file}: agencies.${badSuccessor.id}.successor: unknown agency "${badSuccessor.successor}"`)
  return new Glossary(parsed.data)
}
