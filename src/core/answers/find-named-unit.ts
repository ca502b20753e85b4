import type { Glossary } from '../knowledge-base/glossary.js'
import { flattenSections, type PlanDocument, type PlanSection } from '../knowledge-base/plan-document.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { UNIT } from './answer-responsibility.js'

/** A unit a plan prints by name ("8. Báo Thừa Thiên Huế: …", "… hoạt động của Ban nữ công"), where it is printed. */
export interface NamedUnit {
  doc: PlanDocument
  section: PlanSection
  /** As printed. */
  name: string
  /** Printed as the section's heading (the section is the unit's), not inside a sentence. */
  inHeading: boolean
}

interface PrintedUnit {
  section: PlanSection
  name: string
  folded: string
  inHeading: boolean
  /** The glossary agencies the name reads as ("Báo, Đài Phát thanh - Truyền hình tỉnh"). */
  agencyIds: string[]
}

/** Departments and councils are the glossary's: a plan's own units are what it leaves out. */
const GLOSSARY_LEVEL = /^(Sở|UBND|Ủy ban)(?!\p{L})/u
/** Words that qualify a place and are dropped or kept at will ("Đài … tỉnh Thừa Thiên Huế" = "Đài … Huế"). */
const PLACE_WORDS = /\b(tinh|thanh pho|tp)\b/g
const UNIT_WORD = /\b(phong|van phong|ban|cong doan|chi cuc|trung tam|lien doan|hoi|bao|dai)\b/

const printedUnits = new WeakMap<PlanDocument, PrintedUnit[]>()

function fold(text: string): string {
  return ` ${foldDiacritics(text)
    .toLowerCase()
    .replace(PLACE_WORDS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `
}

/** The units a document prints, read once per document (a snapshot's documents never change). */
function unitsOf(doc: PlanDocument, glossary: Glossary): PrintedUnit[] {
  let units = printedUnits.get(doc)
  if (units) return units
  units = []
  const seen = new Set<string>()
  for (const section of flattenSections(doc.sections)) {
    const title = section.heading.split(':')[0]!
    for (const [text, inHeading] of [[title, true], ...section.paragraphs.map((p) => [p, false] as const)] as const) {
      for (const m of text.matchAll(new RegExp(UNIT.source, 'gu'))) {
        const name = m[1]!.trim()
        if (GLOSSARY_LEVEL.test(name) || name.split(' ').length < 2) continue
        const folded = fold(name)
        const key = `${section.path}|${folded}|${inHeading}`
        if (seen.has(key)) continue
        seen.add(key)
        const agencyIds = glossary
          .findAgencies(name)
          .filter((a) => a.index === 0)
          .map((a) => a.value.id)
        units.push({ section, name, folded, inHeading, agencyIds })
      }
    }
  }
  printedUnits.set(doc, units)
  return units
}

/**
 * The unit a question names that is not in the glossary but printed in a document in scope
 * in other words ("Báo TT Huế làm gì?" → "8. Báo Thừa Thiên Huế"). Only the scoped documents are read; the
 * longest name printed wins, a heading before a sentence.
 */
export function findNamedUnit(question: string, docs: readonly PlanDocument[], glossary: Glossary, namedAgencies: ReadonlySet<string>): NamedUnit | null {
  // The province written as the question writes it ("TT Huế") reads as its name in the plan.
  let text = question
  for (const m of [...glossary.findProvinces(question, true)].sort((a, b) => b.index - a.index)) text = `${text.slice(0, m.index)} ${m.value.name} ${text.slice(m.end)}`
  const folded = fold(text)
  if (!UNIT_WORD.test(folded)) return null
  let best: NamedUnit | null = null
  let bestLength = 0
  for (const doc of docs) {
    for (const unit of unitsOf(doc, glossary)) {
      const better = unit.folded.length > bestLength || (unit.folded.length === bestLength && unit.inHeading && !best?.inHeading)
      if (!better || answeredByDuties(doc, unit, namedAgencies) || !folded.includes(unit.folded)) continue
      best = { doc, section: unit.section, name: unit.name, inHeading: unit.inHeading }
      bestLength = unit.folded.length
    }
  }
  return best
}

/** A unit the question names in the glossary's words, with duties extracted for it, is answered from those duties. */
function answeredByDuties(doc: PlanDocument, unit: PrintedUnit, namedAgencies: ReadonlySet<string>): boolean {
  return unit.agencyIds.some((id) => namedAgencies.has(id) && doc.facts.some((f) => f.type === 'duty' && f.agencyId === id))
}
