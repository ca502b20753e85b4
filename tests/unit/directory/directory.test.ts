import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDirectory } from '../../../src/content/load-directory.js'
import { parseDirectoryCsv } from '../../../src/content/parse-directory-csv.js'
import { formatRowError, placeSchema } from '../../../src/core/directory/place.js'
import { testGlossary } from '../../helpers/load-test-content.js'

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/directory')

async function fixtureDirectory() {
  const { directory, errors } = await loadDirectory(FIXTURE, await testGlossary())
  expect(errors).toEqual([])
  return directory
}

describe('directory lookup by place name', () => {
  it.each([
    ['phu loc', 'hue-1'],
    ['Phú Lộc', 'hue-1'],
    ['xa loc dien', 'hue-1'],
    ['Lộc An', 'hue-1'],
    ['Hương Trà', 'hue-2'],
    ['huong tra', 'hue-2'],
    ['ở Ninh Kiều có chỗ nào không', 'can-tho-1'],
    ['tây hồ', 'ha-noi-1'],
  ])('"%s" finds %s first', async (query, id) => {
    expect((await fixtureDirectory()).byPlaceName(query)[0]?.place.id).toBe(id)
  })

  it('finds the entries of old provinces by the new name, and the reverse', async () => {
    const d = await fixtureDirectory()
    expect(
      d
        .byPlaceName('Cần Thơ')
        .map((m) => m.place.id)
        .sort(),
    ).toEqual(['can-tho-1', 'soc-trang-1'])
    expect(d.byPlaceName('soc trang').map((m) => m.place.id)[0]).toBe('soc-trang-1')
    expect(
      d
        .byPlaceName('Thừa Thiên Huế')
        .map((m) => m.place.id)
        .sort(),
    ).toEqual(['hue-1', 'hue-2'])
    expect(
      d
        .byProvince('Huế')
        .map((p) => p.id)
        .sort(),
    ).toEqual(['hue-1', 'hue-2'])
  })

  it('returns nothing for an unknown place', async () => {
    expect((await fixtureDirectory()).byPlaceName('ở chỗ nào đó rất xa')).toEqual([])
  })
})

describe('directory lookup by location', () => {
  it('ranks the nearest three by distance', async () => {
    const d = await fixtureDirectory()
    // A point in Huế city: Hương Văn (~10 km) before Lộc Điền (~40 km), then Sóc Trăng/Cần Thơ are far.
    const nearest = d.nearest(16.4637, 107.5909, 3)
    expect(nearest.map((n) => n.place.id)).toEqual(['hue-2', 'hue-1', 'ha-noi-1'])
    expect(nearest[0]!.km).toBeGreaterThan(8)
    expect(nearest[0]!.km).toBeLessThan(12)
    // Just outside Sóc Trăng town: Sóc Trăng (~3 km) before Cần Thơ (~60 km).
    expect(d.nearest(9.6, 105.95, 2).map((n) => n.place.id)).toEqual(['soc-trang-1', 'can-tho-1'])
  })

  it('ignores places without coordinates and bad input', async () => {
    const d = await fixtureDirectory()
    expect(d.nearest(Number.NaN, 105, 3)).toEqual([])
    const bundled = await loadDirectory(path.resolve(import.meta.dirname, '../../../content'), await testGlossary())
    expect(bundled.directory.nearest(16.46, 107.59, 3)).toEqual([]) // the real entries have no coordinates yet: none invented
  })
})

describe('CSV validation', () => {
  it('reports a bad row by file, row and column, skips it, and loads the rest', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-dir-'))
    const header = 'id,name,type,province,province_old,district_old,commune_old,commune_new,address,phone,hours,services,latitude,longitude,source,verified_on'
    await writeFile(
      path.join(dir, 'shelters.csv'),
      [
        header,
        'ok-1,Nhà tạm lánh A,nhà tạm lánh,Huế,,,,,,,,,16.1,107.1,,',
        'bad-lat,Nhà tạm lánh B,nhà tạm lánh,Huế,,,,,,,,,916.1,107.1,,',
        'bad-type,Nhà C,quán cà phê,Huế,,,,,,,,,,,,',
        'bad-phone,Nhà D,nhà tạm lánh,Huế,,,,,,call me,,,,,,',
        'ok-2,Nhà tạm lánh E,nhà tạm lánh,Huế,,,,,,0234 111,,,,,,2026-13-45x',
        'ok-1,Trùng,nhà tạm lánh,Huế,,,,,,,,,,,,',
      ].join('\n'),
    )
    await writeFile(path.join(dir, 'hotlines.csv'), 'id,number,name,scope,province,hours,free,description,source\n113,113,Công an,national,,24/7,yes,,\n')
    const { directory, errors } = await loadDirectory(dir, await testGlossary())
    expect(directory.places.map((p) => p.id)).toEqual(['ok-1'])
    const messages = errors.map(formatRowError)
    expect(messages).toEqual(
      expect.arrayContaining([
        'shelters.csv row 3, column latitude: latitude must be a number between -90 and 90',
        expect.stringMatching(/^shelters\.csv row 4, column type: type must be one of/),
        'shelters.csv row 5, column phone: phone may only contain digits, spaces, dots, + ( ) -',
        'shelters.csv row 6, column verified_on: verified_on must be YYYY-MM-DD',
        'shelters.csv row 7, column id: duplicate id "ok-1" (the first one is kept)',
      ]),
    )
    expect(directory.hotlines.map((h) => h.number)).toEqual(['113'])
  })

  it('reports malformed CSV and a missing file instead of crashing', async () => {
    expect(parseDirectoryCsv('id,name\n"unclosed,x\n', 'shelters.csv', placeSchema).errors[0]!.message).toMatch(/quote/)
    const dir = await mkdtemp(path.join(os.tmpdir(), 'bdg-dir-'))
    const { directory, errors } = await loadDirectory(dir, await testGlossary())
    expect(directory.places).toEqual([])
    expect(errors.map((e) => e.message)).toEqual(['file not found', 'file not found'])
  })

  it('ships the real starting content without inventing phones or coordinates', async () => {
    const { directory, errors } = await loadDirectory(path.resolve(import.meta.dirname, '../../../content'), await testGlossary())
    expect(errors).toEqual([])
    const ids = directory.places.map((p) => p.id)
    expect(ids).toEqual(expect.arrayContaining(['hue-loc-dien', 'hue-huong-van', 'ngoi-nha-binh-yen-ha-noi', 'ngoi-nha-binh-yen-can-tho', 'thanh-hoa-phong-te-bdg']))
    expect(directory.places.find((p) => p.id === 'thanh-hoa-phong-te-bdg')?.phone).toBe('0373.725.604')
    expect(directory.places.find((p) => p.id === 'hue-loc-dien')).toMatchObject({ phone: null, latitude: null, verified_on: null })
    expect(directory.nationalHotlines().map((h) => h.number)).toEqual(['113', '111', '115', '1900 969 680'])
  })
})
