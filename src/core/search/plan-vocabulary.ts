import type { VietnameseAnalyzer } from '../text/analyze-vietnamese.js'
import type { PlanIndex } from './plan-index.js'

/**
 * The loaded plans' own wording, as a measure of how much a message speaks like them. Word pairs
 * ("bao_cao", "chi_tieu", "tao_hon", "dia_chi tin_cay") rather than syllables: a syllable ("bao",
 * "con") means too many things, a pair of content words is a term. No list is written by hand:
 * a new plan adds its vocabulary on the next reload.
 */
export interface PlanVocabulary {
  /**
   * Sum over the distinct word pairs of `text` that the plans use, each weighted by the share of
   * plans using it, and how many pairs the text has at all (for a density).
   */
  weigh(text: string): { weight: number; pairs: number }
}

/**
 * A pair counts only when at least two plans use it (or the only plan loaded): a pair found in one
 * plan of many is more likely a name or an incidental phrase than the plans' register. A pair all
 * plans use ("ke_hoach", "bao_cao") weighs 1; one used by two plans of ten weighs 0.2.
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
      return { weight, pairs: pairs.size }
    },
  }
}
