import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { promisify } from 'node:util'
import path from 'node:path'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { readDocumentFile } from '../../src/content/documents/read-document-file.js'
import { DocumentError } from '../../src/core/errors.js'
import { ocrForTests } from '../helpers/ocr-available.js'

const FILES = path.resolve(import.meta.dirname, '../fixtures/documents/files')
const read = async (file: string, options = {}) => readDocumentFile(await readFile(path.join(FILES, file)), file, options)
const failure = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(DocumentError)
    return { code: (error as DocumentError).code, message: (error as DocumentError).message }
  }
  throw new Error('expected a DocumentError')
}

function pdfBytes(lines: string[], options: PDFKit.PDFDocumentOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const doc = new PDFDocument(options)
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    doc.font('/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf')
    for (const line of lines) doc.text(line)
    doc.end()
  })
}

describe('reading document files', () => {
  it('reads .docx (the header table included), text PDFs, TCVN3 and VNI text', async () => {
    const docx = await read('t01-quang-ngai-kh.docx')
    expect(docx).toMatchObject({ format: 'docx', encoding: 'unicode' })
    expect(docx.text).toContain('Số: 84/KH-UBND')
    expect((await read('t14-binh-phuoc-pdf.pdf')).text).toContain('Bình Phước, ngày 25 tháng 02 năm 2023')
    expect(await read('t06-ha-tinh-tcvn3.tcvn3.txt')).toMatchObject({ encoding: 'tcvn3', format: 'text' })
    expect((await read('t06-ha-tinh-tcvn3.tcvn3.txt')).text).toContain('Tổ chức tập huấn nâng cao năng lực về bình đẳng giới năm 2021')
    expect((await read('t07-ben-tre-vni.vni.txt')).text).toContain('Tháng hành động vì bình đẳng giới từ ngày 15/11/2022')
  })

  it('reads a legacy Word 97-2003 .doc (LibreOffice-saved) with its header table, title and deadlines', async () => {
    const doc = await read('t15-quang-ngai-legacy.doc')
    expect(doc).toMatchObject({ format: 'doc', encoding: 'unicode' })
    expect(doc.text).toContain('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI')
    expect(doc.text).toContain('Số: 84/KH-UBND')
    expect(doc.text).toContain('Quảng Ngãi, ngày 22 tháng 4 năm 2024')
    expect(doc.text).toContain('KẾ HOẠCH\nThực hiện công tác bình đẳng giới và vì sự tiến bộ của phụ nữ\ntỉnh Quảng Ngãi năm 2024')
    expect(doc.text).toContain('trước ngày 15/6/2024')
    expect(doc.text).toContain('Trần Phước Hiền')
    // The same bytes under a .docx name are not a zip: the extension picks the reader.
    expect(await failure(readDocumentFile(await readFile(path.join(FILES, 't15-quang-ngai-legacy.doc')), 'cu.docx'))).toMatchObject({ code: 'DOCUMENT_UNREADABLE' })
    expect(await failure(readDocumentFile(new TextEncoder().encode('not an OLE file'), 'hong.doc'))).toMatchObject({ code: 'DOCUMENT_UNREADABLE', message: expect.stringMatching(/^hong\.doc: /) })
  })

  it('reports a scan as needing OCR when tesseract is not there', async () => {
    const error = await failure(read('t13-quang-tri-scan.scan.pdf', { ocr: { tesseract: '/nonexistent/tesseract' } }))
    expect(error).toMatchObject({ code: 'DOCUMENT_NEEDS_OCR' })
    expect(error.message).toMatch(/^t13-quang-tri-scan\.scan\.pdf: .*cần OCR/)
  })

  it('reads a scanned PDF through Vietnamese OCR', async (ctx) => {
    if (!(await ocrForTests())) return ctx.skip()
    const scan = await read('t13-quang-tri-scan.scan.pdf')
    expect(scan.format).toBe('pdf-ocr')
    expect(scan.text).toContain('Số: 98/KH-SVHTTDL')
    expect(scan.text).toContain('trước ngày 15/11/2024')
    // A photo or scanner image of the same page.
    const dir = await mkdtemp(path.join(tmpdir(), 'bdg-scan-'))
    try {
      await promisify(execFile)('pdftoppm', ['-png', '-r', '150', '-singlefile', path.join(FILES, 't13-quang-tri-scan.scan.pdf'), path.join(dir, 'page')])
      const image = await readDocumentFile(await readFile(path.join(dir, 'page.png')), 'trang-1.png')
      expect(image.format).toBe('image-ocr')
      expect(image.text).toContain('Số: 98/KH-SVHTTDL')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 90_000)

  it('names the file and the reason for every bad file', async () => {
    const locked = await pdfBytes(['Kế hoạch bí mật của tỉnh'], { userPassword: 'secret', pdfVersion: '1.7' })
    expect(await failure(readDocumentFile(locked, 'khoa.pdf'))).toMatchObject({ code: 'DOCUMENT_PASSWORD', message: expect.stringMatching(/^khoa\.pdf: .*password/) })
    expect(await failure(readDocumentFile(new Uint8Array(2048), 'lon.docx', { maxBytes: 1024 }))).toMatchObject({ code: 'DOCUMENT_TOO_LARGE', message: expect.stringMatching(/^lon\.docx: /) })
    expect(await failure(readDocumentFile(new TextEncoder().encode('PK not a zip'), 'hong.docx'))).toMatchObject({ code: 'DOCUMENT_UNREADABLE' })
    expect(await failure(readDocumentFile(new TextEncoder().encode('%PDF-1.4 garbage'), 'hong.pdf'))).toMatchObject({ code: 'DOCUMENT_UNREADABLE' })
    expect(await failure(readDocumentFile(new TextEncoder().encode('x'), 'bang.xlsx'))).toMatchObject({ code: 'DOCUMENT_FORMAT' })
    expect(await failure(readDocumentFile(new Uint8Array([0x4b, 0xea, 0x20, 0x68, 0x6f, 0xb9, 0x63, 0x68]), 'cp1258.txt'))).toMatchObject({ code: 'DOCUMENT_ENCODING' })
  })
})
