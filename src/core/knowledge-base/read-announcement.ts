import { kindFromWord } from './document-kinds.js'

/**
 * A news or portal page announces a document in prose instead of printing its header:
 * "Ngày 12/5/2023, UBND tỉnh Lào Cai ban hành Kế hoạch số 102/KH-UBND về …" or
 * "UBND tỉnh Gia Lai vừa ban hành Kế hoạch số 77/KH-UBND ngày 10/4/2024 về …".
 */
export interface Announcement {
  issued: { year: number; month: number; day: number }
  /** The issuing body as written ("UBND tỉnh Lào Cai"). */
  issuer: string
  kind: string
  number: string
  /** What follows the number and date: the subject ("về thực hiện …"). */
  rest: string
}

const KINDS = '(Kế hoạch|Quyết định|Công văn|Hướng dẫn|Thông báo|Chỉ thị|Chương trình|Báo cáo)'
const DATE = '(\\d{1,2})\\s*(?:\\/|tháng)\\s*(\\d{1,2})\\s*(?:\\/|năm)\\s*(\\d{4})'
const ISSUES = '(?:(?:đã|vừa|mới)\\s+)*(?:ký\\s+)?ban hành'
const NUMBER = '(?:số\\s+)?(\\d+\\/[\\p{L}\\d&-]+)'
/** Date first: "Ngày 12/5/2023, UBND tỉnh … ban hành Kế hoạch số …". */
const DATE_FIRST = new RegExp(`Ngày\\s+${DATE},?\\s+(.{3,90}?)\\s+${ISSUES}\\s+${KINDS}\\s+${NUMBER}(.*)$`, 'iu')
/** Number first: "UBND tỉnh … vừa ban hành Kế hoạch số 77/KH-UBND ngày 10/4/2024 về …". */
const NUMBER_FIRST = new RegExp(`^(.{3,90}?)\\s+${ISSUES}\\s+${KINDS}\\s+${NUMBER}\\s+ngày\\s+${DATE}(.*)$`, 'iu')

export function readAnnouncement(line: string): Announcement | null {
  let m = DATE_FIRST.exec(line)
  if (m) return build(m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6]!, m[7]!)
  m = NUMBER_FIRST.exec(line)
  if (m) return build(m[4]!, m[5]!, m[6]!, m[1]!, m[2]!, m[3]!, m[7]!)
  return null
}

function build(day: string, month: string, year: string, issuer: string, kind: string, number: string, rest: string): Announcement | null {
  const kindName = kindFromWord(kind)
  if (!kindName) return null
  return { issued: { year: Number(year), month: Number(month), day: Number(day) }, issuer: issuer.trim(), kind: kindName, number: number.replace(/[.,;]+$/, ''), rest }
}
