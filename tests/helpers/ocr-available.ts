import { ocrAvailable } from '../../src/content/documents/run-ocr.js'

/**
 * OCR tests need Debian's tesseract-ocr + tesseract-ocr-vie and poppler-utils. Locally they skip
 * with a visible message; CI installs them and sets REQUIRE_OCR=1, so there a missing tool fails.
 */
export async function ocrForTests(): Promise<boolean> {
  const available = await ocrAvailable()
  if (!available) {
    if (process.env.REQUIRE_OCR === '1') throw new Error('REQUIRE_OCR=1 but tesseract (with vie data) or pdftoppm is not installed')
    console.warn('⚠ OCR tests skipped: apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils to run them')
  }
  return available
}
