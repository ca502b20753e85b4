import mammoth from 'mammoth'
import { extractText, getDocumentProxy } from 'unpdf'
import WordExtractor from 'word-extractor'
import { DocumentError } from '../../core/errors.js'
import { decodeLegacyVietnamese, type TextEncoding } from '../../core/text/decode-legacy-vietnamese.js'
import { ocrAvailable, ocrDocument, type OcrOptions } from './run-ocr.js'

/**
 * Any file an officer holds → plain text for the parser: .txt/.md (UTF-8, or TCVN3/VNI bytes),
 * .docx (mammoth), .doc (word-extractor), .pdf with a text layer (unpdf/pdf.js), and scanned
 * PDFs or images through OCR when tesseract is installed. Text typed in legacy Vietnamese fonts
 * is converted to Unicode whatever the container. Every failure is a DocumentError naming the
 * file and the reason.
 */
export type DocumentFormat = 'text' | 'markdown' | 'docx' | 'doc' | 'pdf' | 'pdf-ocr' | 'image-ocr'

export interface DocumentText {
  text: string
  format: DocumentFormat
  /** Encoding the text was typed in; 'unicode' unless converted from TCVN3 or VNI. */
  encoding: TextEncoding
}

export interface ReadOptions {
  /** Larger files are refused with DOCUMENT_TOO_LARGE (default 20 MB). */
  maxBytes?: number
  ocr?: OcrOptions | false
}

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.docx', '.doc', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff']
const DEFAULT_MAX_BYTES = 20 * 1024 * 1024
/** A PDF page with fewer letters than this carries no usable text layer (a scan, maybe with a stamp). */
const MIN_LETTERS_PER_PAGE = 40

export async function readDocumentFile(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<DocumentText> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.length > maxBytes) throw new DocumentError('DOCUMENT_TOO_LARGE', file, `the file is ${megabytes(bytes.length)} MB; the limit is ${megabytes(maxBytes)} MB`)
  if (bytes.length === 0) throw new DocumentError('DOCUMENT_EMPTY', file, 'the document is empty')
  const ext = /\.[^.]+$/.exec(file.toLowerCase())?.[0] ?? ''
  switch (ext) {
    case '.txt':
    case '.md':
      return { ...decodeTextBytes(bytes, file), format: ext === '.md' ? 'markdown' : 'text' }
    case '.docx':
      return withLegacy(await readDocx(bytes, file), 'docx')
    case '.doc':
      return withLegacy(await readDoc(bytes, file), 'doc')
    case '.pdf':
      return readPdf(bytes, file, options)
    case '.png':
    case '.jpg':
    case '.jpeg':
    case '.tif':
    case '.tiff':
      return withLegacy(await runOcr(bytes, file, 'image', options), 'image-ocr')
    default:
      throw new DocumentError('DOCUMENT_FORMAT', file, `unsupported file type "${ext || '(none)'}"; use ${SUPPORTED_EXTENSIONS.join(', ')}`)
  }
}

/** UTF-8 text, or legacy TCVN3/VNI bytes; anything else (Windows-1258, UTF-16, binary) is refused. */
export function decodeTextBytes(bytes: Uint8Array, file: string): { text: string; encoding: TextEncoding } {
  if (bytes.includes(0)) throw new DocumentError('DOCUMENT_BINARY', file, 'binary content (NUL bytes), not a text document')
  try {
    return decodeLegacyVietnamese(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch (error) {
    if (error instanceof DocumentError) throw error
  }
  const decoded = decodeLegacyVietnamese(new TextDecoder('latin1').decode(bytes))
  if (decoded.encoding === 'unicode') throw new DocumentError('DOCUMENT_ENCODING', file, 'not UTF-8 and not a Vietnamese legacy encoding (TCVN3/VNI): save the file as UTF-8 text')
  return decoded
}

function withLegacy(text: string, format: DocumentFormat): DocumentText {
  return { ...decodeLegacyVietnamese(text), format }
}

async function readDocx(bytes: Uint8Array, file: string): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value
  } catch (error) {
    throw new DocumentError('DOCUMENT_UNREADABLE', file, `not a readable .docx file (${firstLine(error)})`)
  }
}

async function readDoc(bytes: Uint8Array, file: string): Promise<string> {
  try {
    return (await new WordExtractor().extract(Buffer.from(bytes))).getBody()
  } catch (error) {
    throw new DocumentError('DOCUMENT_UNREADABLE', file, `not a readable .doc file (${firstLine(error)})`)
  }
}

async function readPdf(bytes: Uint8Array, file: string, options: ReadOptions): Promise<DocumentText> {
  let pages: string[]
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    pages = (await extractText(pdf, { mergePages: false })).text
  } catch (error) {
    if ((error as Error).name === 'PasswordException') throw new DocumentError('DOCUMENT_PASSWORD', file, 'the PDF is password-protected; save it without a password and upload again')
    throw new DocumentError('DOCUMENT_UNREADABLE', file, `not a readable PDF (${firstLine(error)})`)
  }
  const letters = pages.map((p) => p.match(/\p{L}/gu)?.length ?? 0)
  if (letters.some((n) => n >= MIN_LETTERS_PER_PAGE)) return withLegacy(pages.join('\n'), 'pdf')
  return withLegacy(await runOcr(bytes, file, 'pdf', options), 'pdf-ocr')
}

async function runOcr(bytes: Uint8Array, file: string, kind: 'pdf' | 'image', options: ReadOptions): Promise<string> {
  const what = kind === 'pdf' ? 'a scanned PDF without a text layer' : 'an image'
  if (options.ocr === false || !(await ocrAvailable(options.ocr || {}, kind === 'pdf'))) {
    throw new DocumentError('DOCUMENT_NEEDS_OCR', file, `${what}: needs OCR (cần OCR), and tesseract with Vietnamese data is not installed here`)
  }
  try {
    return await ocrDocument(bytes, kind, options.ocr || {})
  } catch (error) {
    throw new DocumentError('DOCUMENT_UNREADABLE', file, `OCR failed on ${what} (${firstLine(error)})`)
  }
}

function firstLine(error: unknown): string {
  return String((error as Error)?.message ?? error).split('\n')[0]!.slice(0, 200)
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(1)
}
