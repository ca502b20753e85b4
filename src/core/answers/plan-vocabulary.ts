import type { PlanIndex } from '../search/plan-index.js'
import type { VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import type { PlanVocabulary } from '../triage/official-register.js'

/**
 * The loaded plans' word pairs for triage's official register, read from the search index: no
 * list written by hand, and a new plan adds its vocabulary on the next reload. A pair counts only
 * when at least two plans use it (or the only plan loaded): a pair found in one plan of many is
 * more likely a name or an incidental phrase than the plans' register. A pair all plans use
 * ("ke_hoach", "bao_cao") weighs 1; one used by two plans of ten weighs 0.2.
 */
export function createPlanVocabulary(index: PlanIndex, analyzer: VietnameseAnalyzer, plans: number): PlanVocabulary {
  const minShare = plans > 1 ? 2 / plans : 1
  return {
    weigh(text) {
      const pairs = new Set(analyzer.analyze(text).bigrams)
      let weight = 0
      for (const pair of pairs) {
        const share = index.planShare(pair)
        if (share >= minShare - 1e-9) weight += share
      }
      return weight
    },
  }
}
