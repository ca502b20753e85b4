/** The words of a citation ("Nguồn: Kế hoạch 67/KH-UBND …, mục V.1"); answers reuse them. */
export const CITATION_MESSAGES = {
  source: 'Nguồn',
  section: 'mục',
  provinceMerged: (old: string, nowUnit: string, renamed: boolean) => (renamed ? `(nay là ${nowUnit})` : `(tỉnh ${old} cũ, nay thuộc ${nowUnit})`),
}
