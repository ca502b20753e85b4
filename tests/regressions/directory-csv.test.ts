import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDirectoryCsv } from '../../src/content/parse-directory-csv.js'
import { placeSchema } from '../../src/core/directory/place.js'

/** Issue 12, scenario 9: one CSV slip never drops every shelter. */
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/directory/shelters.csv')
const ids = (text: string) => parseDirectoryCsv(text, 'shelters.csv', placeSchema).rows.map((r) => r.id)

describe('shelters.csv with a mistake in one row', () => {
  it('keeps every other row when one row has an unbalanced quote, and names that row', async () => {
    const lines = (await readFile(FIXTURE, 'utf8')).trimEnd().split('\n')
    const all = ids(lines.join('\n'))
    expect(all.length).toBeGreaterThanOrEqual(4)
    lines[2] = lines[2]!.replace('"2 đường Thử', '2 "đường Thử')
    lines[2] = lines[2]!.replace(', Ninh Kiều"', ', Ninh Kiều')
    const result = parseDirectoryCsv(lines.join('\n'), 'shelters.csv', placeSchema)
    expect(result.rows.map((r) => r.id)).toEqual(all.filter((id) => id !== 'can-tho-1'))
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ file: 'shelters.csv', row: 3 })
  })

  it('keeps every other row when one row has an extra cell, naming the row', async () => {
    const lines = (await readFile(FIXTURE, 'utf8')).trimEnd().split('\n')
    const all = ids(lines.join('\n'))
    lines[1] = `${lines[1]},thừa`
    const result = parseDirectoryCsv(lines.join('\n'), 'shelters.csv', placeSchema)
    expect(result.rows.map((r) => r.id)).toEqual(all.slice(1))
    expect(result.errors).toEqual([expect.objectContaining({ row: 2, message: expect.stringMatching(/17 cells but the header has 16 columns/) })])
  })

  it('reads an Excel file saved with ";" separators, a BOM and CRLF line ends', async () => {
    const text = await readFile(FIXTURE, 'utf8')
    const all = ids(text)
    const records = text
      .trimEnd()
      .split('\n')
      .map((line) => line.replace(/("[^"]*")|,/g, (m, quoted: string | undefined) => quoted ?? ';'))
    const excel = `\uFEFF${records.join('\r\n')}\r\n`
    const result = parseDirectoryCsv(excel, 'shelters.csv', placeSchema)
    expect(result.errors).toEqual([])
    expect(result.rows.map((r) => r.id)).toEqual(all)
    expect(result.rows[0]!.address).toBe('1 đường Thử, phường 2')
  })

  it('still reads a cell that legitimately spans two lines', async () => {
    const lines = (await readFile(FIXTURE, 'utf8')).trimEnd().split('\n')
    lines[1] = lines[1]!.replace('"1 đường Thử, phường 2"', '"1 đường Thử,\nphường 2"')
    const result = parseDirectoryCsv(lines.join('\n'), 'shelters.csv', placeSchema)
    expect(result.errors).toEqual([])
    expect(result.rows[0]!.address).toBe('1 đường Thử,\nphường 2')
  })
})
