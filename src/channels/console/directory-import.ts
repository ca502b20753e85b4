import { placeSchema, type Place, type RowError } from '../../core/directory/place.js'
import { parseDirectoryCsv } from '../../content/parse-directory-csv.js'

export interface ImportPreview {
  added: Place[]
  changed: { place: Place; fields: string[] }[]
  unchanged: Place[]
  /** Rows that will not be imported, each with the column and reason. */
  rejected: RowError[]
}

/** The columns of shelters.csv, in file order (also the export's header). */
export const PLACE_COLUMNS = ['id', 'name', 'type', 'province', 'province_old', 'district_old', 'commune_old', 'commune_new', 'address', 'phone', 'hours', 'services', 'latitude', 'longitude', 'source', 'verified_on'] as const

/**
 * What importing a CSV would do to the directory, before anything is applied: the file is read
 * by the same parser as content/shelters.csv (comma or semicolon, BOM, CRLF), rows are compared
 * with the current places by id. Nothing is ever removed by an import.
 */
export function previewImport(text: string, fileName: string, current: readonly Place[]): ImportPreview {
  const { rows, errors } = parseDirectoryCsv(text, fileName, placeSchema)
  const byId = new Map(current.map((p) => [p.id, p]))
  const preview: ImportPreview = { added: [], changed: [], unchanged: [], rejected: errors }
  for (const place of rows) {
    const existing = byId.get(place.id)
    if (!existing) preview.added.push(place)
    else {
      const fields = PLACE_COLUMNS.filter((c) => (existing[c] ?? null) !== (place[c] ?? null))
      if (fields.length) preview.changed.push({ place, fields })
      else preview.unchanged.push(place)
    }
  }
  return preview
}
