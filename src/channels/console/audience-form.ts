import type { Audience } from '../../core/broadcasts/broadcast.js'
import type { Glossary } from '../../core/knowledge-base/glossary.js'
import { TOPICS, type Platform, type Topic } from '../../core/ports.js'
import { T } from './console-messages.vi.js'
import { html, type SafeHtml } from './html.js'

export const PLATFORMS: Platform[] = ['telegram', 'zalo-oa', 'zalo-bot']

export type AudienceFields = { province?: string; agency?: string; topic?: string; platforms?: string | string[]; role?: string }

/**
 * Form fields → Audience. Every value must be one the pickers offer (a province or agency from the
 * glossary, a known topic, platform, role), so a typo can never silently reach nobody.
 */
export function parseAudience(fields: AudienceFields, glossary: Glossary): { audience: Audience; errors: string[] } {
  const errors: string[] = []
  const audience: Audience = {}
  if (fields.province) {
    const province = glossary.province(fields.province)
    if (province) audience.province = province.name
    else errors.push(`${T.broadcasts.province}: "${fields.province}" không có trong danh sách.`)
  }
  if (fields.agency) {
    const agency = glossary.agencies.find((a) => a.name === fields.agency)
    if (agency) audience.agency = agency.name
    else errors.push(`${T.broadcasts.agency}: "${fields.agency}" không có trong danh sách.`)
  }
  if (fields.topic) {
    if ((TOPICS as readonly string[]).includes(fields.topic)) audience.topic = fields.topic as Topic
    else errors.push(`${T.broadcasts.topic}: "${fields.topic}" không có trong danh sách.`)
  }
  const platforms = [fields.platforms ?? []].flat().filter(Boolean)
  const unknown = platforms.filter((p) => !PLATFORMS.includes(p as Platform))
  if (unknown.length) errors.push(`${T.broadcasts.platforms}: "${unknown.join(', ')}" không có trong danh sách.`)
  else if (platforms.length && platforms.length < PLATFORMS.length) audience.platforms = platforms as Platform[]
  if (fields.role === 'officials' || fields.role === 'citizens') audience.role = fields.role
  else if (fields.role) errors.push(`${T.broadcasts.role}: "${fields.role}" không có trong danh sách.`)
  return { audience, errors }
}

/** Provinces with their names before and after the 2025 mergers, so both can be picked. */
export function provinceOptions(glossary: Glossary, selected?: string): SafeHtml {
  const sorted = [...glossary.provinces].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  return html`${sorted.map((p) => html`<option value="${p.name}"${p.name === selected ? html` selected` : ''}>${p.name}${p.now !== p.name ? ` (${T.provinceNow(p.now)})` : ''}</option>`)}`
}

/** The audience pickers of a broadcast or campaign message. */
export function audiencePickers(glossary: Glossary, audience: Audience = {}): SafeHtml {
  const agencies = [...glossary.agencies].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  return html`<label for="province">${T.broadcasts.province}</label>
<select id="province" name="province"><option value="">${T.broadcasts.anyProvince}</option>${provinceOptions(glossary, audience.province)}</select>
<label for="agency">${T.broadcasts.agency}</label>
<select id="agency" name="agency"><option value="">${T.broadcasts.anyAgency}</option>${agencies.map((a) => html`<option value="${a.name}"${a.name === audience.agency ? html` selected` : ''}>${a.name}</option>`)}</select>
<label for="topic">${T.broadcasts.topic}</label>
<select id="topic" name="topic"><option value="">${T.broadcasts.anyTopic}</option>${TOPICS.map((t) => html`<option value="${t}"${t === audience.topic ? html` selected` : ''}>${T.topics[t]}</option>`)}</select>
<fieldset><legend>${T.broadcasts.platforms}</legend>${PLATFORMS.map((p) => html`<label class="check"><input type="checkbox" name="platforms" value="${p}"${!audience.platforms || audience.platforms.includes(p) ? html` checked` : ''}> ${T.platforms[p]}</label>`)}</fieldset>
<fieldset><legend>${T.broadcasts.role}</legend>${(
    [
      ['', T.broadcasts.roleAll],
      ['officials', T.broadcasts.roleOfficials],
      ['citizens', T.broadcasts.roleCitizens],
    ] as const
  ).map(([v, label]) => html`<label class="check"><input type="radio" name="role" value="${v}"${(audience.role ?? '') === v ? html` checked` : ''}> ${label}</label>`)}</fieldset>`
}

/** "An Giang · Tháng hành động · Telegram, Zalo OA · Cán bộ" */
export function describeAudience(a: Audience): string {
  if (a.chats) return `${a.chats.length} người nhận chọn sẵn`
  const parts = [a.province ?? T.broadcasts.anyProvince, a.agency, a.topic ? T.topics[a.topic] : T.broadcasts.anyTopic, (a.platforms ?? PLATFORMS).map((p) => T.platforms[p]).join(', '), a.role === 'officials' ? T.broadcasts.roleOfficials : a.role === 'citizens' ? T.broadcasts.roleCitizens : null]
  return parts.filter(Boolean).join(' · ')
}
