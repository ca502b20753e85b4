import { ownText } from '../knowledge-base/build-section-tree.js'
import type { Fact, PlanDocument, PlanSection } from '../knowledge-base/plan-document.js'
import type { SearchEntry } from './search-entry.js'

/** Every document has this entry (its metadata travels with each entry). */
export const FIRST_ENTRY = 'document'

/** A plan's searchable entries: a first one for the document, its sections, preamble and facts. */
export function entriesOfPlan(doc: PlanDocument): SearchEntry[] {
  const base = { documentId: doc.id, province: doc.meta.province, provinceNow: doc.meta.provinceNow, year: doc.meta.year }
  const out: SearchEntry[] = [{ ...base, id: `${doc.id}#s#${FIRST_ENTRY}`, kind: 'section', section: '', agencyIds: [], factIndex: null, text: '', heading: '' }]
  const walk = (sections: PlanSection[], path: string[]) => {
    for (const s of sections) {
      // Long numbered paragraphs are not headings: keep what stands before ":" and at most 80 characters.
      const headingPath = [...path, s.heading.split(':')[0]!.slice(0, 80)].filter(Boolean)
      out.push({ ...base, id: `${doc.id}#s#${s.path}`, kind: 'section', section: s.path, agencyIds: [], factIndex: null, text: [...path, ...ownText(s)].join('\n'), heading: headingPath.join('\n') })
      walk(s.children, headingPath)
    }
  }
  walk(doc.sections, [])
  if (doc.preamble.length) out.push({ ...base, id: `${doc.id}#s#preamble`, kind: 'section', section: 'preamble', agencyIds: [], factIndex: null, text: doc.preamble.join('\n'), heading: 'căn cứ' })
  doc.facts.forEach((fact, i) => {
    out.push({ ...base, id: `${doc.id}#f#${i}`, kind: fact.type, section: fact.section, agencyIds: fact.type === 'duty' && fact.agencyId ? [fact.agencyId] : [], factIndex: i, text: factText(fact), heading: fact.type === 'duty' ? fact.agency : '' })
  })
  return out
}

function factText(fact: Fact): string {
  switch (fact.type) {
    case 'deadline':
      return [fact.action, fact.actors.join(', '), fact.recipient ?? '', fact.quote].join('\n')
    case 'duty':
      return `${fact.agency}\n${fact.task}`
    case 'budget':
      return `kinh phí ${fact.level ?? ''} ${fact.amount}`
    case 'reference':
      return `${fact.docType} số ${fact.number} ${fact.issuer ?? ''} ${fact.title ?? ''}`
  }
}
