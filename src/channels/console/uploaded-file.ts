import type { MultipartFile } from '@fastify/multipart'

export interface UploadedFile {
  fileName: string
  mimeType: string
  data: Buffer
}

/** multipart's onFile: keeps the file's name with its bytes (the name says .docx, .pdf or .csv and is named in errors). */
export async function keepFileName(part: MultipartFile & { value?: unknown }): Promise<void> {
  part.value = { fileName: part.filename, mimeType: part.mimetype, data: await part.toBuffer() } satisfies UploadedFile
}

/** The uploaded file in a form field, or null when none was chosen. */
export function uploadedFile(body: unknown, field: string): UploadedFile | null {
  const value = (body as Record<string, unknown> | undefined)?.[field] as UploadedFile | undefined
  return value && Buffer.isBuffer(value.data) && value.data.length > 0 ? value : null
}
