import type { Glossary } from '../knowledge-base/glossary.js'
import type { DeadlineFact, DocumentDetails, DutyFact, PlanDocument } from '../knowledge-base/plan-document.js'
import { extractDocumentDetails } from '../knowledge-base/extract-document-details.js'
import { PlanIndex } from '../search/plan-index.js'
import { indexDocumentNumbers, type NumberedDocument } from './find-document-numbers.js'
import { VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'

/** Everything the assistant knows at one moment; replaced whole on reload, never changed in place. */
export interface KnowledgeSnapshot {
  documents: readonly PlanDocument[]
  byId: ReadonlyMap<string, PlanDocument>
  glossary: Glossary
  index: PlanIndex
  analyzer: VietnameseAnalyzer
  /** Duties grouped by agency id, so "what does X do" never scans every plan. */
  dutiesByAgency: ReadonlyMap<string, readonly { doc: PlanDocument; fact: DutyFact }[]>
  /** The Action Month period each plan sets (15/11–15/12 of its year). */
  actionMonthPeriods: readonly { doc: PlanDocument; fact: DeadlineFact }[]
  /** Legal bases, addressees, contacts and years covered, per document id. */
  details: ReadonlyMap<string, DocumentDetails>
  /** Loaded and cited documents by the number part of their number, for "KH 67", "Quyết định 2873". */
  numbered: ReadonlyMap<string, readonly NumberedDocument[]>
}

/**
 * Builds the snapshot once per content load: the search index (unless a cached one is given) and
 * the lookups the answer handlers need, so no question ever scans every plan.
 */
export function buildKnowledgeSnapshot(documents: readonly PlanDocument[], glossary: Glossary, index?: PlanIndex): KnowledgeSnapshot {
  const analyzer = new VietnameseAnalyzer(glossary.abbreviations)
  const dutiesByAgency = new Map<string, { doc: PlanDocument; fact: DutyFact }[]>()
  const actionMonthPeriods: { doc: PlanDocument; fact: DeadlineFact }[] = []
  for (const doc of documents) {
    for (const fact of doc.facts) {
      if (fact.type !== 'duty' || !fact.agencyId) continue
      // Appended in place: copying the list per duty was quadratic (12 s at 10,000 plans).
      const duties = dutiesByAgency.get(fact.agencyId)
      if (duties) duties.push({ doc, fact })
      else dutiesByAgency.set(fact.agencyId, [{ doc, fact }])
    }
    const period = doc.facts.find((f): f is DeadlineFact => f.type === 'deadline' && f.kind === 'period' && /thang hanh dong/.test(foldDiacritics(f.quote)))
    if (period) actionMonthPeriods.push({ doc, fact: period })
  }
  return {
    documents,
    byId: new Map(documents.map((d) => [d.id, d])),
    glossary,
    analyzer,
    index: index ?? PlanIndex.build([...documents], analyzer),
    dutiesByAgency,
    actionMonthPeriods,
    details: new Map(documents.map((d) => [d.id, d.details ?? extractDocumentDetails(d)])),
    numbered: indexDocumentNumbers(documents),
  }
}
