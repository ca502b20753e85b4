import { execFile } from 'node:child_process'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/**
 * OCR through Debian's `tesseract` (with the `vie` language data) and, for PDFs, `pdftoppm`
 * (poppler-utils), each run as a process. Both are optional at run time: `ocrAvailable()` says
 * whether they are installed, and a caller without them reports the file as needing OCR.
 */
export interface OcrOptions {
  /** Command names or paths; defaults are looked up on PATH. */
  tesseract?: string
  pdftoppm?: string
  /** Pages beyond this are not read (a 200-page scan would take minutes). */
  maxPages?: number
}

const availability = new Map<string, Promise<boolean>>()

/** Whether tesseract with Vietnamese data (and pdftoppm, for PDFs) can run; checked once per command. */
export function ocrAvailable(options: OcrOptions = {}, forPdf = true): Promise<boolean> {
  const tesseract = options.tesseract ?? 'tesseract'
  const pdftoppm = options.pdftoppm ?? 'pdftoppm'
  const key = `${tesseract}|${forPdf ? pdftoppm : ''}`
  let known = availability.get(key)
  if (!known) {
    known = (async () => {
      try {
        const { stdout, stderr } = await run(tesseract, ['--list-langs'], { timeout: 10_000 })
        if (!/^vie$/m.test(stdout + stderr)) return false
        if (forPdf) await run(pdftoppm, ['-v'], { timeout: 10_000 })
        return true
      } catch {
        return false
      }
    })()
    availability.set(key, known)
  }
  return known
}

/** Text of a scanned PDF or an image, page by page, read with Vietnamese OCR. */
export async function ocrDocument(bytes: Uint8Array, kind: 'pdf' | 'image', options: OcrOptions = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bdg-ocr-'))
  try {
    const input = path.join(dir, kind === 'pdf' ? 'input.pdf' : 'input.img')
    await writeFile(input, bytes)
    let images = [input]
    if (kind === 'pdf') {
      // 300 dpi grey is what tesseract reads best; the page count is capped before rendering.
      await run(options.pdftoppm ?? 'pdftoppm', ['-r', '300', '-gray', '-png', '-l', String(options.maxPages ?? 30), input, path.join(dir, 'page')], { timeout: 120_000 })
      images = (await readdir(dir)).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort().map((f) => path.join(dir, f))
    }
    const pages: string[] = []
    for (const image of images) {
      const { stdout } = await run(options.tesseract ?? 'tesseract', [image, 'stdout', '-l', 'vie', '--psm', '4'], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 })
      pages.push(stdout)
    }
    return pages.join('\n\n')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
