import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { fullText, ownText } from './build-section-tree.js'
import { headingAgency, splitSubject } from './find-actors.js'
import type { Glossary } from './glossary.js'
import type { DutyFact, DutyRole, PlanSection } from './plan-document.js'

/**
 * Agency → tasks. In "TỔ CHỨC THỰC HIỆN" each numbered item names an agency (its heading)
 * and lists its tasks (the heading's remainder, paragraphs, bullets and a), b) items).
 * Elsewhere a plan assigns work with "Giao X tham mưu …" or a sentence whose subject is an agency.
 */
export function extractDuties(documentId: string, sections: PlanSection[], glossary: Glossary): DutyFact[] {
  const duties: DutyFact[] = []
  for (const root of sections) {
    const isOrganisation = /to chuc thuc hien|trach nhiem thuc hien|phan cong/.test(foldDiacritics(root.heading))
    for (const item of isOrganisation ? root.children : []) duties.push(...itemDuties(documentId, item, glossary))
  }
  const seen = new Set(duties.map((d) => d.section))
  for (const section of allSections(sections)) {
    for (const paragraph of ownText(section)) {
      for (const m of paragraph.matchAll(/(?<![\p{L}])Giao\s+(.+?)\s+(chủ trì|tham mưu|phối hợp|thực hiện|theo dõi)(?![\p{L}])/gu)) {
        const task = paragraph.slice(m.index).replace(/^Giao\s+/u, '')
        if (seen.has(section.path)) continue
        seen.add(section.path)
        duties.push(duty(documentId, section.path, section.path, m[1]!, roleOf(m[2]!, 'thực hiện'), task, paragraph, glossary))
      }
    }
  }
  return duties
}

function itemDuties(documentId: string, item: PlanSection, glossary: Glossary): DutyFact[] {
  const named = headingAgency(item.heading, glossary)
  const defaultRole: DutyRole = /^Đề nghị/u.test(item.heading) ? 'đề nghị' : 'thực hiện'
  if (named) {
    // What follows the agency name in the heading: a task ("Sở Tài chính: Hướng dẫn …") or, for a
    // group ("Các Sở, ngành: Y tế; Giáo dục và Đào tạo; …:"), the list of its members.
    const afterName = item.heading.slice(item.heading.indexOf(named) + named.length).replace(/^[\s:]+/, '')
    const remainder = named.endsWith(afterName) ? '' : afterName
    const tasks = [remainder, ...item.paragraphs]
      .filter(Boolean)
      .flatMap(splitTasks)
      .map((t) => ({ task: t, section: item.path }))
    for (const child of item.children) tasks.push(...splitTasks(fullText(child).join(' ')).map((t) => ({ task: t, section: child.path })))
    const agencies = [named, ...groupMembers(named, item, glossary)]
    return agencies.flatMap((agency) => tasks.map((t) => duty(documentId, t.section, item.path, agency, roleOf(t.task, defaultRole), t.task, t.task, glossary)))
  }
  // A numbered sentence: "Văn phòng theo dõi …", "Căn cứ Kế hoạch này, Công đoàn cơ sở … triển khai …".
  const sentence = [item.heading, ...item.paragraphs].join(' ')
  const { actors, predicate } = splitSubject(sentence.replace(/^Giao\s+/u, ''), glossary)
  return actors.map((agency) => duty(documentId, item.path, item.path, agency, roleOf(predicate, defaultRole), predicate, sentence, glossary))
}

/**
 * The departments a group heading names: "Các Sở, ngành: Y tế; Giáo dục và Đào tạo; …; Công an tỉnh"
 * or, under a bare "Các sở, ban, ngành:", the subject of its first paragraph ("Sở Y tế, Văn hóa và
 * Thể thao, … căn cứ …"). Each part is read as a department name, with or without "Sở".
 */
function groupMembers(named: string, item: PlanSection, glossary: Glossary): string[] {
  const group = glossary.findAgencies(named)[0]?.value
  if (group?.id !== 'cac-so-nganh') return []
  const listText = named.includes(':') ? named.slice(named.indexOf(':') + 1) : (item.paragraphs[0] ?? '').slice(0, 240)
  const members = new Map<string, string>()
  for (const part of listText.split(/[;,]/)) {
    const name = part.trim()
    if (!name) continue
    const match = [glossary.findAgencies(name)[0], glossary.findAgencies(`Sở ${name}`)[0]].find((m) => m && m.index === 0 && m.value.id !== group.id)
    if (match) members.set(match.value.id, match.value.name)
  }
  return [...members.values()]
}

/** A long list of duties joined by ";" becomes one task per clause ("…địa phương; Chủ động tham mưu …"). */
function splitTasks(text: string): string[] {
  const parts = text.split(/;\s+(?=\p{Lu})/u).map((p) => p.trim())
  return parts.every((p) => p.length >= 25) ? parts : [text]
}

function duty(documentId: string, section: string, agencySection: string, agency: string, role: DutyRole, task: string, quote: string, glossary: Glossary): DutyFact {
  const cleanAgency = agency.replace(/[:.]+$/, '').trim()
  const known = glossary.findAgencies(cleanAgency)[0]
  return {
    type: 'duty',
    documentId,
    section,
    agency: cleanAgency,
    agencyId: known && known.index === 0 ? known.value.id : null,
    role,
    task: task.replace(/^[-+•]\s*/, '').trim(),
    quote,
    agencySection,
  }
}

function roleOf(text: string, fallback: DutyRole): DutyRole {
  const t = text.replace(/^[-+•]\s*/, '').toLowerCase()
  if (/^(chủ trì|chủ động)/u.test(t)) return 'chủ trì'
  if (/^phối hợp/u.test(t)) return 'phối hợp'
  if (/^(tham mưu|chủ trì tham mưu)/u.test(t)) return 'tham mưu'
  return fallback
}

function allSections(sections: PlanSection[]): PlanSection[] {
  return sections.flatMap((s) => [s, ...allSections(s.children)])
}
