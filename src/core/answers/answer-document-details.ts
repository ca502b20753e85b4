import { isFilingNote } from '../knowledge-base/extract-document-details.js'
import { formatPartialDate, type PlanDocument } from '../knowledge-base/plan-document.js'
import { capitalize } from '../text/letter-case.js'
import { type AnswerContext, askWhichProvince, documentsInScope, withSources } from './answer-context.js'
import { answerReference } from './answer-reference.js'
import { MESSAGES } from './answer-messages.vi.js'
import { issuerWithProvince } from '../knowledge-base/format-citation.js'
import type { Reply } from './reply.js'
import type { DetailField } from './understand-question.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { formatYearSpan, yearDistance } from '../knowledge-base/coverage-years.js'
import { listNames } from './list-names.js'

/** What a plan's citation of another document tells about it. */
const CITATION_FIELDS = new Set<DetailField>(['number', 'kind', 'date', 'issuer', 'title'])

/** Where in a document each detail is printed, for the citation. */
const PART: Record<DetailField, string> = { number: 'header', kind: 'header', date: 'header', issuer: 'header', place: 'header', title: 'header', signer: 'signature', recipients: 'recipients', addressees: 'preamble', basis: 'preamble', contact: 'preamble', coverage: 'header' }

/**
 * Facts about a document itself — number, kind, issue date, issuer, place, title, signer with
 * authority and position, recipients, legal bases, contact numbers — each as the document states
 * it, or "Văn bản không ghi …" when it does not (never a duty in its place). A document only cited
 * by a loaded plan is answered from that plan's citation.
 */
export function answerDocumentDetails(ctx: AnswerContext): Reply | null {
  const u = ctx.understanding
  // "Kế hoạch X có căn cứ Nghị quyết 28/NQ-CP không?" asks about the citing plan, not the cited one.
  if (u.named.cited.length && !u.named.loaded.length && !u.asks.details.includes('basis')) {
    // A citation gives number, kind, date, issuer and title; anything else the citing plan cannot tell.
    const unknown = u.asks.details.find((f) => !CITATION_FIELDS.has(f))
    const reference = answerReference(ctx)
    if (!unknown || !reference) return reference
    return { ...reference, found: false, text: `${MESSAGES.onlyCited(MESSAGES.detail[unknown].toLowerCase())}\n${reference.text}` }
  }
  const docs = documentsInScope(ctx)
  if (!docs.length) return null
  // "Đề án … là QĐ số mấy?" about plans that are no decisions: the number of a document they cite.
  if (u.asks.numberOf && !docs.some((d) => d.meta.type === u.asks.numberOf)) return null
  if (docs.length > 1 && !ctx.provinceFixed && !u.named.loaded.length) return askWhichProvince(ctx, docs.slice(0, 8), MESSAGES.detail[u.asks.details[0]!], 'document')
  // Several documents of one province: the one of the year asked, else the latest.
  const doc = [...docs].sort((a, b) => (b.meta.year ?? 0) - (a.meta.year ?? 0))[0]!
  const lines: string[] = []
  const cited: { doc: PlanDocument; section: string }[] = []
  let present = true
  for (const field of u.asks.details) {
    const answer = detailLines(ctx, doc, field)
    present &&= answer.present
    lines.push(...answer.lines)
    cited.push({ doc, section: answer.section ?? PART[field] })
  }
  if (u.answerType === 'yes-no') lines[0] = `${yesNoFor(ctx, doc, present)}. ${lines[0]}`
  return { intent: 'document', found: true, ...withSources(lines, cited, ctx.glossary) }
}

/**
 * "Có phải do Sở Tài chính ban hành không?" compares the agency named, "có gửi Bộ Lao động không?"
 * the recipients, "có căn cứ Nghị quyết 28 không?" the legal bases, "có phải ông X ký không?" the
 * signer; other yes/no questions ask whether the detail exists.
 */
function yesNoFor(ctx: AnswerContext, doc: PlanDocument, present: boolean): string {
  const u = ctx.understanding
  const answer = (yes: boolean) => (yes ? MESSAGES.yes : MESSAGES.no)
  if (u.asks.details.includes('issuer') && u.agencies.length) {
    const issuer = ctx.glossary.findAgencies(doc.meta.issuer ?? '').map((m) => m.value.id)
    return answer(u.agencies.some((a) => issuer.includes(a.id)))
  }
  const folded = foldDiacritics(ctx.question)
  const details = ctx.knowledge.details.get(doc.id)
  const sentTo = /\bgui (?:cho |den |toi |ve )?(.+?)\s*(?:khong|chua)\s*[?.!…]*$/.exec(folded)?.[1]
  if (sentTo && (u.asks.details.includes('recipients') || u.asks.details.includes('addressees'))) {
    return answer(listNames(ctx.glossary, [...(details?.addressees ?? []), ...doc.meta.recipients.filter((r) => !isFilingNote(r))], sentTo))
  }
  const basis = /\b(?:can cu|thuc hien|theo) (.+?)\s*(?:khong|chua)\s*[?.!…]*$/.exec(folded)?.[1]
  if (basis && u.asks.details.includes('basis'))
    return answer(
      listNames(
        ctx.glossary,
        (details?.legalBases ?? []).map((b) => b.text),
        basis,
      ),
    )
  if (u.asks.details.includes('signer') && doc.meta.signer) {
    if (folded.includes(foldDiacritics(doc.meta.signer))) return MESSAGES.yes
    if (/\b(ong|ba) \w+ \w+/.test(folded)) return MESSAGES.no
  }
  if (u.asks.details.includes('coverage') && u.year) return answer(yearDistance(details?.coverage ?? [], u.year) === 0)
  return answer(present)
}

function detailLines(ctx: AnswerContext, doc: PlanDocument, field: DetailField): { lines: string[]; present: boolean; section?: string } {
  const m = doc.meta
  const details = ctx.knowledge.details.get(doc.id)
  const label = MESSAGES.detail[field]
  switch (field) {
    case 'signer':
      return m.signer ? { lines: [`${label}: ${m.signer}${m.signerRole ? `, ${formatSignerRole(m.signerRole)}` : ''}.`], present: true } : { lines: [MESSAGES.noSigner], present: false, section: 'header' }
    case 'date':
      if (!m.issued) return { lines: [MESSAGES.noIssueDate], present: false }
      // Written as the document writes it ("tháng 8 năm 2020"), so it reads as the month asked for.
      if (m.issued.day === null) return { lines: [MESSAGES.issuedMonthOnly(m.issued.month ? `tháng ${m.issued.month} năm ${m.issued.year}` : `năm ${m.issued.year}`)], present: false }
      return { lines: [`${label}: ${formatPartialDate(m.issued)}.`], present: true }
    case 'number':
      return m.number ? { lines: [`${label}: ${m.number}.`], present: true } : { lines: [MESSAGES.noNumber(m.symbol)], present: false }
    case 'kind':
      return { lines: [`${label}: ${m.type}.`], present: true }
    case 'issuer':
      return { lines: [`${label}: ${m.issuer ? issuerWithProvince(m.issuer, m.province) : '—'}${m.parentIssuer ? ` (thuộc ${m.parentIssuer})` : ''}.`], present: Boolean(m.issuer) }
    case 'title':
      return { lines: [`${label}: ${m.title ? `${capitalize(m.type)} ${m.title}` : '—'}.`], present: Boolean(m.title) }
    case 'place':
      return { lines: [`${label}: ${m.province ?? '—'}.`], present: Boolean(m.province) }
    case 'addressees':
    case 'recipients': {
      const addressees = details?.addressees ?? []
      const recipients = m.recipients.filter((r) => !isFilingNote(r))
      const lines: string[] = []
      if (addressees.length) lines.push(`${MESSAGES.detail.addressees}: ${addressees.join('; ')}.`)
      if (field === 'recipients' && recipients.length) lines.push(`${label}: ${recipients.join('; ')}.`)
      if (!lines.length) return { lines: [MESSAGES.noRecipients], present: false }
      return { lines, present: true, section: addressees.length ? 'preamble' : 'recipients' }
    }
    case 'basis': {
      const bases = details?.legalBases ?? []
      if (!bases.length) return { lines: [MESSAGES.noBasis], present: false }
      return { lines: [`${label}:`, ...bases.map((b) => `• ${capitalize(b.text.replace(/^(căn cứ|thực hiện)\s+/iu, (w) => w))}`)], present: true }
    }
    case 'coverage': {
      const spans = details?.coverage ?? []
      if (!spans.length) return { lines: [`${label}: —.`], present: false }
      // "năm 2021", "giai đoạn 2021–2023": a year and a period read as such.
      return { lines: [`${label}: ${spans.map((span) => `${span.from === span.to ? 'năm' : 'giai đoạn'} ${formatYearSpan(span)}`).join(', ')}.`], present: true }
    }
    case 'contact': {
      const contacts = details?.contacts ?? []
      if (!contacts.length) return { lines: [MESSAGES.noContact], present: false }
      return { lines: contacts.map((c) => `${label}: ${c.phone}${c.context ? ` (${c.context})` : ''} — “${c.quote}”`), present: true, section: contacts[0]!.section }
    }
  }
}

/** "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" → "Phó Chủ tịch (KT. Chủ tịch, TM. Ủy ban nhân dân)". */
export function formatSignerRole(role: string): string {
  const parts = role.split(/\s*\b(TM|KT|TL|TUQ|Q)\.\s*/u).filter(Boolean)
  const authorities: string[] = []
  let position = ''
  for (let i = 0; i < parts.length; i++) {
    if (/^(TM|KT|TL|TUQ|Q)$/u.test(parts[i]!)) {
      const words = parts[i + 1]?.trim() ?? ''
      // "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC": the last authority's words end with the signer's own position.
      const split = /^(.*?)\s+((?:PHÓ|Q\.)\s.*)$/u.exec(words)
      authorities.push(`${parts[i]}. ${titleCase(split ? split[1]! : words)}`)
      if (split) position = split[2]!
      i++
    } else position = parts[i]!
  }
  const pos = titleCase(position.trim())
  return authorities.length ? `${pos || authorities.pop()!}${authorities.length ? ` (${[...authorities].reverse().join(', ')})` : ''}` : pos
}

/** "PHÓ CHỦ TỊCH" → "Phó Chủ tịch", "ỦY BAN NHÂN DÂN" → "Ủy ban nhân dân". */
function titleCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi')
  return capitalize(lower).replace(/^(phó) (\p{Ll})/iu, (_, p: string, c: string) => `${capitalize(p)} ${c.toLocaleUpperCase('vi')}`)
}
