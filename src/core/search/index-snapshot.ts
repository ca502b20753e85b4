import type { IndexData } from './index-data.js'
import { TermDictionary } from './term-dictionary.js'

/**
 * A binary snapshot of `IndexData`: a magic line, a small JSON header (documents and where each
 * array lies), then the typed arrays byte for byte, 8-byte aligned. Loading reads them in place:
 * no parsing, no re-serialising, only the term list is split back into strings.
 */
const MAGIC = 'BDGIDX03'
const ALIGN = 8

type NumberArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array
const ARRAY_TYPES = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array }
type ArrayType = keyof typeof ARRAY_TYPES

interface SnapshotHeader {
  documents: Pick<IndexData['documents'], 'ids' | 'province' | 'provinceNow' | 'year'>
  agencies: string[]
  arrays: { name: string; type: ArrayType; offset: number; length: number }[]
}

function arraysOf(data: IndexData): Record<string, NumberArray> {
  const out: Record<string, NumberArray> = {
    terms: new TextEncoder().encode(data.dictionary.terms.join('\n')),
    entryFrequency: data.entryFrequency,
    'documentPostings.offsets': data.documentPostings.offsets,
    'documentPostings.values': data.documentPostings.values,
    'documents.partition': data.documents.partition,
    'documents.ranges': data.documents.ranges,
    partRanges: data.partRanges,
    averageLengths: data.averageLengths,
    'entries.document': data.entries.document,
    'entries.kind': data.entries.kind,
    'entries.fact': data.entries.fact,
    'entries.agency': data.entries.agency,
    'entries.textOffsets': data.entries.textOffsets,
    'entries.text': data.entries.text,
  }
  data.fieldPostings.forEach((p, f) => {
    out[`field${f}.offsets`] = p.offsets
    out[`field${f}.values`] = p.values
    out[`field${f}.counts`] = p.counts!
    out[`field${f}.lengths`] = data.fieldLengths[f]!
  })
  return out
}

export function encodeSnapshot(data: IndexData): Uint8Array {
  const arrays = arraysOf(data)
  const placed: SnapshotHeader['arrays'] = []
  let offset = 0
  for (const [name, array] of Object.entries(arrays)) {
    placed.push({ name, type: array.constructor.name as ArrayType, offset, length: array.length })
    offset += Math.ceil(array.byteLength / ALIGN) * ALIGN
  }
  const { ids, province, provinceNow, year } = data.documents
  const header = new TextEncoder().encode(JSON.stringify({ documents: { ids, province, provinceNow, year }, agencies: data.entries.agencies, arrays: placed } satisfies SnapshotHeader))
  const start = Math.ceil((MAGIC.length + 4 + header.length) / ALIGN) * ALIGN
  const out = new Uint8Array(start + offset)
  out.set(new TextEncoder().encode(MAGIC))
  new DataView(out.buffer).setUint32(MAGIC.length, header.length, true)
  out.set(header, MAGIC.length + 4)
  for (const p of placed) {
    const array = arrays[p.name]!
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), start + p.offset)
  }
  return out
}

/** Throws on anything that is not a complete snapshot of this version (the caller rebuilds). */
export function decodeSnapshot(bytes: Uint8Array): IndexData {
  if (new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) throw new Error('not a search index snapshot of this version')
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length, true)
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength))) as SnapshotHeader
  const start = Math.ceil((MAGIC.length + 4 + headerLength) / ALIGN) * ALIGN
  const arrays: Record<string, NumberArray> = {}
  for (const p of header.arrays) {
    const Type = ARRAY_TYPES[p.type]
    const at = bytes.byteOffset + start + p.offset
    if (at + p.length * Type.BYTES_PER_ELEMENT > bytes.byteOffset + bytes.byteLength) throw new Error('search index snapshot is truncated')
    // In place when aligned; a Buffer from a shared pool may not be, and is copied then.
    arrays[p.name] = at % Type.BYTES_PER_ELEMENT === 0 ? new Type(bytes.buffer as ArrayBuffer, at, p.length) : new Type(bytes.slice(at - bytes.byteOffset, at - bytes.byteOffset + p.length * Type.BYTES_PER_ELEMENT).buffer)
  }
  const get = <T extends NumberArray>(name: string) => {
    const array = arrays[name]
    if (!array) throw new Error(`search index snapshot lacks ${name}`)
    return array as T
  }
  const termsText = new TextDecoder().decode(get<Uint8Array>('terms'))
  const fields = [0, 1]
  return {
    dictionary: new TermDictionary(termsText ? termsText.split('\n') : []),
    fieldPostings: fields.map((f) => ({ offsets: get<Uint32Array>(`field${f}.offsets`), values: get<Uint32Array>(`field${f}.values`), counts: get<Uint16Array>(`field${f}.counts`) })),
    fieldLengths: fields.map((f) => get<Uint32Array>(`field${f}.lengths`)),
    entryFrequency: get('entryFrequency'),
    documentPostings: { offsets: get('documentPostings.offsets'), values: get('documentPostings.values'), counts: null },
    documents: { ...header.documents, partition: get('documents.partition'), ranges: get('documents.ranges') },
    partRanges: get('partRanges'),
    averageLengths: get('averageLengths'),
    entries: {
      document: get('entries.document'),
      kind: get('entries.kind'),
      fact: get('entries.fact'),
      agency: get('entries.agency'),
      agencies: header.agencies,
      textOffsets: get('entries.textOffsets'),
      text: get('entries.text'),
    },
  }
}
