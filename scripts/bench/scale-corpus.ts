/**
 * A synthetic national corpus for the scale benchmark: copies of the seed plans that differ the
 * way real plans do — by province and year (spread over every province-year of ten years, not a
 * handful), by the agency in charge, by wording, by document number and by the communes named —
 * so the index sees a realistic vocabulary and many partitions, not one text repeated.
 */
import { loadGlossary } from '../../src/content/load-content.js'
import { readSeedPlans } from './parse-bench.js'

const SEED_PROVINCES = /An Giang|Sóc Trăng|Thừa Thiên Huế|Bình Định|Thanh Hóa/g
const YEARS = Array.from({ length: 10 }, (_, i) => 2016 + i)
/** Phrasings that officials use interchangeably; each document picks its own. */
const WORDING: [RegExp, string[]][] = [
  [/tuyên truyền/g, ['tuyên truyền', 'truyền thông', 'thông tin, tuyên truyền']],
  [/nâng cao/g, ['nâng cao', 'tăng cường', 'từng bước nâng cao']],
  [/tổ chức thực hiện/g, ['tổ chức thực hiện', 'triển khai thực hiện', 'thực hiện']],
  [/phối hợp/g, ['phối hợp', 'phối hợp chặt chẽ', 'chủ động phối hợp']],
  [/kịp thời/g, ['kịp thời', 'đúng thời hạn', 'đầy đủ, kịp thời']],
  [/hướng dẫn/g, ['hướng dẫn', 'chỉ đạo, hướng dẫn', 'hướng dẫn cụ thể']],
  [/đẩy mạnh/g, ['đẩy mạnh', 'tích cực', 'tập trung']],
]
/** Syllables commune names are made of ("Tân Phú", "Hòa Bình Đông"). */
const NAME_SYLLABLES = 'An Bình Hòa Phú Tân Thạnh Long Mỹ Hưng Đông Tây Nam Bắc Lợi Phước Thuận Vĩnh Xuân Hiệp Trung Quang Thành Lộc Hải Sơn Định Khánh Thới Nhơn Điền'.split(' ')

/** Deterministic pseudo-random numbers (mulberry32), so every run indexes the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface ScaleDocument {
  file: string
  text: string
}

/** `count` plans; `count` = 5 gives the seeds unchanged. */
export async function scaleCorpus(contentDir: string, count: number): Promise<ScaleDocument[]> {
  const glossary = await loadGlossary(contentDir)
  const seeds = await readSeedPlans(contentDir)
  if (count <= seeds.length) return seeds.slice(0, count)
  const provinces = glossary.provinces.map((p) => p.name)
  const agencies = glossary.agencies.filter((a) => a.name.startsWith('Sở ')).map((a) => a.name)
  const next = random(15)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  return Array.from({ length: count }, (_, i) => {
    const seed = seeds[i % seeds.length]!
    const province = pick(provinces)
    const year = pick(YEARS)
    let text = seed.text
      .replace(SEED_PROVINCES, province)
      .replace(new RegExp(SEED_PROVINCES.source.toUpperCase(), 'g'), province.toUpperCase())
      .replace(/Số: (\*\*)?\d*\//, `Số: $1${1 + Math.floor(next() * 2000)}/`)
      .replace(/năm 20(19|2[0-2])/g, `năm ${year}`)
      .replace(/(\d{1,2}\/\d{1,2}\/)20(19|2[0-2])/g, `$1${year}`)
    for (const [pattern, choices] of WORDING) {
      const choice = pick(choices)
      text = text.replace(pattern, choice)
    }
    // One agency of the seed hands its tasks to another, as plans of different years do.
    const from = agencies.find((a) => text.includes(a))
    if (from) text = text.split(from).join(pick(agencies))
    const communes = Array.from({ length: 3 }, () => `${pick(NAME_SYLLABLES)} ${pick(NAME_SYLLABLES)}`)
    text += `\nNơi nhận: UBND các xã ${communes.join(', ')} (tỉnh ${province});\n`
    return { file: `${province}-${year}-${i}-${seed.file}`.replace(/\s+/g, '-').toLowerCase(), text }
  })
}
