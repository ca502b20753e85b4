import { phraseKey } from '../text/phrase-matcher.js'
import { vietnamToday } from '../text/vietnam-time.js'
import type { Glossary } from './glossary.js'
import type { DeadlineFact, PlanDocument } from './plan-document.js'

export interface DatedDeadline {
  doc: PlanDocument
  fact: DeadlineFact
  /** The day it falls due (the end of a period). */
  due: string
}

/**
 * Dated deadlines ('due' and 'period') of a province's plans, optionally only those naming an
 * agency (or all agencies: "các sở, ban, ngành", "UBND cấp huyện" …), sorted by date.
 */
export function datedDeadlines(documents: readonly PlanDocument[], glossary: Glossary, filter: { province?: string | null; agency?: string | null } = {}): DatedDeadline[] {
  const provinces = filter.province ? provinceNames(glossary, filter.province) : null
  const agency = filter.agency ? (glossary.resolveAgency(filter.agency) ?? null) : null
  const out: DatedDeadline[] = []
  for (const doc of documents) {
    if (provinces && !(doc.meta.province && provinces.has(doc.meta.province))) continue
    for (const fact of doc.facts) {
      if (fact.type !== 'deadline' || (fact.kind !== 'due' && fact.kind !== 'period') || !fact.date) continue
      if (filter.agency && !namesAgency(fact, agency?.id ?? null, filter.agency, glossary)) continue
      out.push({ doc, fact, due: fact.end ?? fact.date })
    }
  }
  return out.sort((a, b) => a.due.localeCompare(b.due))
}

export function upcoming(deadlines: DatedDeadline[], now: Date): DatedDeadline[] {
  const today = vietnamToday(now)
  return deadlines.filter((d) => d.due >= today)
}

function provinceNames(glossary: Glossary, name: string): Set<string> {
  const p = glossary.province(name)
  if (!p) return new Set([name])
  return new Set(p.now === p.name ? glossary.provincesNowIn(p.name).map((x) => x.name) : [p.name])
}

/** A deadline names an agency when it is among the actors, or when the actors are "all agencies". */
export function namesAgency(fact: DeadlineFact, agencyId: string | null, agencyName: string, glossary: Glossary): boolean {
  if (!fact.actors.length) return true
  const text = fact.actors.join(', ')
  if (agencyId && glossary.findAgencies(text).some((m) => m.value.id === agencyId)) return true
  if (phraseKey(text).includes(phraseKey(agencyName))) return true
  return /\bcac so\b|\bcac (co quan|don vi)\b|so, ban, nganh/.test(phraseKey(text)) && /^(sở|ban|phòng|văn phòng|chi cục)/iu.test(agencyName)
}
