import type { Agency, Glossary } from '../knowledge-base/glossary.js'
import type { DeadlineFact, DocumentDetails, PlanDocument } from '../knowledge-base/plan-document.js'
import { extractDocumentDetails } from '../knowledge-base/extract-document-details.js'
import { PlanCatalog } from '../search/plan-catalog.js'
import { PlanIndex } from '../search/plan-index.js'
import type { PlanVocabulary } from '../triage/official-register.js'
import type { Vocabulary } from '../text/mend-typos.js'
import { createPlanVocabulary } from './plan-vocabulary.js'
import { type DocumentNumberIndex, indexDocumentNumbers } from './find-document-numbers.js'
import { VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { PhraseMatcher } from '../text/phrase-matcher.js'

/** Everything the assistant knows at one moment; replaced whole on reload, never changed in place. */
export interface KnowledgeSnapshot {
  documents: readonly PlanDocument[]
  byId: ReadonlyMap<string, PlanDocument>
  glossary: Glossary
  index: PlanIndex
  analyzer: VietnameseAnalyzer
  /** The plans' own wording, read by triage to tell an official's question from a personal story. */
  vocabulary: PlanVocabulary
  /** The words a typo is mended into: the plans' words and the glossary's names (`mendTypos`). */
  spelling: Vocabulary
  /** Each document's position in `documents`, the order ties keep. */
  position: ReadonlyMap<string, number>
  /** Per agency id, the plans giving it duties (in `documents` order), so "what does X do" never scans every plan. */
  plansByAgency: ReadonlyMap<string, readonly PlanDocument[]>
  /** The Action Month period each plan sets (15/11–15/12 of its year), newest first (ties in `documents` order). */
  actionMonthPeriods: readonly { doc: PlanDocument; fact: DeadlineFact }[]
  /** A plan's place in `actionMonthPeriods`, so a scoped question looks up its plans' periods only. */
  actionMonthRank: ReadonlyMap<string, number>
  /** Legal bases, addressees, contacts and years covered, per document id. */
  details: ReadonlyMap<string, DocumentDetails>
  /** Loaded and cited documents by the number part of their number, for "KH 67", "Quyết định 2873". */
  numbered: DocumentNumberIndex
  /** Per agency id, the documents it issued (or its predecessor did), for "KH của STC", "công văn Sở LĐTBXH". */
  plansByIssuer: ReadonlyMap<string, readonly PlanDocument[]>
  /** Signers' names, which are plan vocabulary: "ông Lê Minh Hành" chooses the documents he signed. */
  signers: PhraseMatcher<readonly PlanDocument[]>
  /** The plans by province, by year covered and in catalog order: a question's scope without walking every plan. */
  plans: PlanCatalog
}

/**
 * Builds the snapshot once per content load: the search index (unless a cached one is given) and
 * the lookups the answer handlers need, so no question ever scans every plan.
 */
export function buildKnowledgeSnapshot(documents: readonly PlanDocument[], glossary: Glossary, index?: PlanIndex): KnowledgeSnapshot {
  const analyzer = new VietnameseAnalyzer(glossary.abbreviations)
  const plansByAgency = new Map<string, PlanDocument[]>()
  const actionMonthPeriods: { doc: PlanDocument; fact: DeadlineFact }[] = []
  const plansByIssuer = new Map<string, PlanDocument[]>()
  const signed = new Map<string, PlanDocument[]>()
  for (const doc of documents) {
    for (const agencyId of issuerIds(glossary, doc.meta.issuer ?? '')) appendTo(plansByIssuer, agencyId, doc)
    // A full name (three words or more): a bare given name would match ordinary words.
    if (doc.meta.signer && doc.meta.signer.trim().split(/\s+/).length >= 3) appendTo(signed, doc.meta.signer, doc)
    for (const agencyId of new Set(doc.facts.map((f) => (f.type === 'duty' ? f.agencyId : null)))) {
      if (agencyId) appendTo(plansByAgency, agencyId, doc)
    }
    const period = doc.facts.find((f): f is DeadlineFact => f.type === 'deadline' && f.kind === 'period' && /thang hanh dong/.test(foldDiacritics(f.quote)))
    if (period) actionMonthPeriods.push({ doc, fact: period })
  }
  // Stable sort: plans with the same date keep their order.
  actionMonthPeriods.sort((a, b) => (b.fact.date ?? '').localeCompare(a.fact.date ?? ''))
  const planIndex = index ?? PlanIndex.build([...documents], analyzer)
  const details = new Map(documents.map((d) => [d.id, d.details ?? extractDocumentDetails(d)]))
  return {
    documents,
    byId: new Map(documents.map((d) => [d.id, d])),
    glossary,
    analyzer,
    index: planIndex,
    vocabulary: createPlanVocabulary(planIndex, analyzer, documents.length),
    spelling: {
      knows: (word) => planIndex.knows(word) || glossary.nameWords.has(word),
      frequency: (word) => planIndex.frequency(word),
    },
    position: new Map(documents.map((d, i) => [d.id, i])),
    plansByAgency,
    actionMonthPeriods,
    actionMonthRank: new Map(actionMonthPeriods.map(({ doc }, i) => [doc.id, i])),
    details,
    numbered: indexDocumentNumbers(documents),
    plansByIssuer,
    signers: new PhraseMatcher(signed),
    plans: PlanCatalog.build(documents, (d) => details.get(d.id)!.coverage),
  }
}

/** Appended in place: copying the list per plan would be quadratic. */
function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** The agencies an issuer line names, with the bodies that took over from them (as `agenciesNamedIn`; kept here so answers/ has no import cycle). */
function issuerIds(glossary: Glossary, issuer: string): Set<string> {
  const ids = new Set<string>()
  for (const m of glossary.findAgencies(issuer)) {
    for (let a: Agency | undefined = m.value; a && !ids.has(a.id); a = glossary.successorOf(a)) ids.add(a.id)
  }
  return ids
}
