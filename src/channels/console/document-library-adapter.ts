import type { DocumentLibrary } from '../../content/documents/document-library.js'
import { describeDocumentError } from '../../content/documents/document-messages.vi.js'
import { DocumentError } from '../../core/errors.js'
import type { DocumentLibraryPort, DocumentPreview } from './document-library-port.js'

/** The console's documents page over the same DocumentLibrary the /admin/documents API uses. */
export function documentLibraryPort(library: DocumentLibrary): DocumentLibraryPort {
  const failed = (e: unknown) => {
    if (e instanceof DocumentError) return { error: describeDocumentError(e).body.message }
    throw e
  }
  const notFound = { error: 'Không tìm thấy văn bản này.' }
  const previewAfter = async (id: string) => (await library.preview(id)) ?? notFound
  return {
    list: () => library.list(),
    preview: (id) => library.preview(id),
    async upload(file, options, actor) {
      try {
        return (await library.upload(file.data, file.fileName, { ...options, actor })) as DocumentPreview
      } catch (e) {
        return failed(e)
      }
    },
    async publish(id, options) {
      try {
        return (await library.publish(id, options)) ? await previewAfter(id) : notFound
      } catch (e) {
        return failed(e)
      }
    },
    async unpublish(id) {
      return (await library.unpublish(id)) ? await previewAfter(id) : notFound
    },
  }
}
