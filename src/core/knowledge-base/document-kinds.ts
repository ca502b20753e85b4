/**
 * Kinds of administrative document (tên loại) and their abbreviations in the symbol (ký hiệu),
 * from Nghị định 30/2020/NĐ-CP, Phụ lục III: "67/KH-UBND" is a kế hoạch, "1205/QĐ-UBND" a
 * quyết định; a công văn's symbol has no kind code ("2456/SYT-NVY").
 */
export const KIND_NAMES: Record<string, string> = {
  'KẾ HOẠCH': 'kế hoạch',
  'QUYẾT ĐỊNH': 'quyết định',
  'CÔNG VĂN': 'công văn',
  'BÁO CÁO': 'báo cáo',
  'THÔNG BÁO': 'thông báo',
  'CHƯƠNG TRÌNH': 'chương trình',
  'HƯỚNG DẪN': 'hướng dẫn',
  'CHỈ THỊ': 'chỉ thị',
  'NGHỊ QUYẾT': 'nghị quyết',
  'TỜ TRÌNH': 'tờ trình',
  'ĐỀ ÁN': 'đề án',
  'PHƯƠNG ÁN': 'phương án',
  'QUY CHẾ': 'quy chế',
  'QUY ĐỊNH': 'quy định',
  'CÔNG ĐIỆN': 'công điện',
  'GIẤY MỜI': 'giấy mời',
}

const SYMBOL_KINDS: Record<string, string> = {
  KH: 'kế hoạch',
  QĐ: 'quyết định',
  BC: 'báo cáo',
  TB: 'thông báo',
  CTr: 'chương trình',
  HD: 'hướng dẫn',
  CT: 'chỉ thị',
  NQ: 'nghị quyết',
  TTr: 'tờ trình',
  ĐA: 'đề án',
  PA: 'phương án',
  QC: 'quy chế',
  QyĐ: 'quy định',
  CĐ: 'công điện',
  GM: 'giấy mời',
}

/** "KẾ HOẠCH Thực hiện …" or "KẾ HOẠCH" alone; group 2 is a title on the same line. */
export const KIND_LINE = new RegExp(`^(${Object.keys(KIND_NAMES).join('|')})(?:\\s+(.*))?$`, 'u')

/** The kind a symbol states ("KH-UBND" → "kế hoạch"); a symbol without a kind code is a công văn's. */
export function kindFromSymbol(symbol: string | null): string | null {
  if (!symbol) return null
  const code = symbol.split('-')[0]!
  return SYMBOL_KINDS[code] ?? SYMBOL_KINDS[code.toUpperCase()] ?? (symbol.includes('-') ? 'công văn' : null)
}

/** "Kế hoạch" / "quyết định" as written in prose → the kind's name. */
export function kindFromWord(word: string): string | null {
  return KIND_NAMES[word.toUpperCase()] ?? null
}
