/**
 * How questions speak of the 2025 province mergers: remarks that only say which documents are meant
 * ("(nay gồm cả Kiên Giang)", "sau khi nhập …", "cũ/mới", "bây giờ"), and "X cũ" naming the old
 * province alone. The scope reads them; as search words they would only add noise.
 */

/** A parenthesised remark on a merger: "(nay gồm cả Kiên Giang)", "(bên Bình Định cũ)", "(trước khi nhập …)". */
export const MERGER_REMARK = /\((?=[^()]*(?<![\p{L}])(?:nay|cũ|cu|sáp nhập|sap nhap|nhập|nhap|gồm cả|gom ca|trước khi|truoc khi|hợp nhất|hop nhat)(?![\p{L}]))[^()]*\)/giu

/** "bây giờ", "hiện nay": today's names, which the scope has read. */
export const NOW_REMARK = /(?<![\p{L}])(?:bây giờ|hiện nay|hiện tại|bay gio|hien nay|hien tai)(?![\p{L}])/giu

/** Merger words right before a province ("An Giang mới đã gộp Kiên Giang", "sau khi nhập …"). */
export const MERGED_INTO = /(?<![\p{L}])(?:(?:mới|moi|cũ|cu|nay|đã|da|sau khi|trước khi|truoc khi)\s+)*(?:gộp|gop|nhập|nhap|sáp nhập|sap nhap|hợp nhất|hop nhat|gồm cả|gom ca|bao gồm( cả)?|bao gom( ca)?)(?:\s+(?:với|voi|cả|ca))?\s+$/iu

/** "cũ" or "mới" right after a province. */
export const OLD_OR_NEW = /^\s*(?:cũ|cu|mới|moi)(?![\p{L}])/iu
const OLD = /^\s*(?:cũ|cu)(?![\p{L}])/iu
const BEFORE_MERGING = /^\s*(?:cũ|cu)?\s*\(\s*(?:trước khi|truoc khi|chưa|chua)\s+(?:sáp |sap )?(?:nhập|nhap)(?!\p{L})/iu

/**
 * "Gia Lai cũ", "Gia Lai (trước khi nhập Bình Định)": the old province alone. "Gia Lai cũ (Bình
 * Định)" names the old province meant, so the merged province's plans stay in scope.
 */
export function provinceAsOld(question: string, mentioned: readonly { index: number; end: number }[]): boolean {
  const first = mentioned[0]
  if (!first) return false
  const after = question.slice(first.end)
  return BEFORE_MERGING.test(after) || (OLD.test(after) && mentioned.length === 1)
}
