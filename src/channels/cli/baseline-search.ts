import MiniSearch from 'minisearch'
import type { Reply } from '../../core/answers/reply.js'
import { flattenSections, type PlanDocument } from '../../core/knowledge-base/plan-document.js'

/**
 * The eval's baseline: plain MiniSearch with default options over the raw paragraphs, answering
 * with the top paragraph and its document's province and section.
 */
export function createBaseline(documents: readonly PlanDocument[]): (question: string) => Pick<Reply, 'found' | 'text' | 'citations'> {
  const paragraphs = documents.flatMap((doc) => flattenSections(doc.sections).flatMap((s) => [s.heading, ...s.paragraphs].filter(Boolean).map((text, i) => ({ id: `${doc.id}#${s.path}#${i}`, text, province: doc.meta.province, section: s.path, doc }))))
  const mini = new MiniSearch({ fields: ['text'] })
  mini.addAll(paragraphs.map(({ id, text }) => ({ id, text })))
  const byId = new Map(paragraphs.map((p) => [p.id, p]))
  return (question) => {
    const top = mini.search(question)[0]
    if (!top) return { found: false, text: '', citations: [] }
    const p = byId.get(top.id as string)!
    return { found: true, text: p.text, citations: [{ province: p.province, issuer: p.doc.meta.issuer, number: p.doc.meta.number, date: null, section: p.section, title: p.doc.meta.title }] }
  }
}
