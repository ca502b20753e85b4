import { ownText } from '../knowledge-base/build-section-tree.js'
import { flattenSections, type PlanDocument } from '../knowledge-base/plan-document.js'
import { splitSentences } from '../knowledge-base/parse-plan-document.js'
import type { Directory } from '../directory/directory.js'
import { formatHotline, formatPlace } from '../directory/format-place.js'
import type { Hotline, Place } from '../directory/place.js'
import { hotlinesFor, lookupShelters, nearestShelters } from '../directory/shelter-lookup.js'
import { foldDiacritics } from '../text/normalize-vietnamese.js'
import { hotlineOrder, type Triage } from '../triage/triage-message.js'
import { type AnswerContext, searchScope, truncate, withSources } from './answer-context.js'
import { MESSAGES } from './answer-messages.vi.js'
import type { Reply } from './reply.js'
import { SAFETY } from './safety-messages.vi.js'

/**
 * The reply to a person at risk or a request for help. Never silent, never a plan sentence first:
 * hotlines (each on its own line, in the order the situation needs), one caring sentence, places
 * for the place named (or how to find one), where violence can be reported, the privacy note.
 * What the plans say about shelters comes last, only for a help request naming the province.
 */
export function answerShelter(ctx: AnswerContext, triage: Triage, directory: Directory | undefined): Reply {
  const named = ctx.provinceFixed && !ctx.understanding.provinceRemembered ? ctx.understanding.province : null
  const province = ctx.understanding.province?.name ?? null
  const lookup = directory ? lookupShelters(directory, ctx.question, province) : { places: [], placeName: province, hotlines: [] }
  const lines = [...orderedHotlines(lookup.hotlines, triage), caringSentence(triage)]
  if (lookup.places.length) lines.push(SAFETY.placesTitle, ...lookup.places.map((p) => formatPlace(p)))
  else if (lookup.placeName) lines.push(SAFETY.noPlacesThere(lookup.placeName))
  else lines.push(SAFETY.findPlace)
  const cited: { doc: PlanDocument; section: string }[] = []
  // What the plans say about shelters helps someone looking for a place in a province they named;
  // a person at risk gets people and places, not plan text.
  const mention = named && triage.kind === 'help-request' ? planMention(ctx) : null
  if (mention) {
    lines.push(`${MESSAGES.plansMention} ${truncate(mention.sentence, 400)}`)
    cited.push({ doc: mention.doc, section: mention.section })
  }
  if (lookup.places.length) lines.push(SAFETY.findPlace)
  // Where violence can be reported; a message about self-harm alone needs care, not a report.
  if (!(triage.selfHarm && triage.harms.length === 1)) lines.push(SAFETY.reportTo)
  lines.push(SAFETY.privacy)
  const sourced = withSources(lines, cited, ctx.glossary)
  return { intent: 'shelter', found: true, emergency: true, ...sourced, ...locationOf(lookup.places) }
}

/** Nearest help to a shared location; the coordinates are not kept or echoed. */
export function answerNearby(directory: Directory | undefined, latitude: number, longitude: number): Reply {
  const valid = Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
  const nearest = directory && valid ? nearestShelters(directory, latitude, longitude) : []
  const hotlines = directory ? hotlinesFor(directory, nearest[0]?.place.province ?? null) : []
  const lines = orderedHotlines(hotlines, null)
  if (nearest.length) lines.push(SAFETY.nearestTitle, ...nearest.map(({ place, km }) => formatPlace(place, km)))
  else lines.push(SAFETY.noPlacesNearby)
  lines.push(SAFETY.reportTo, SAFETY.privacy)
  return { intent: 'shelter', found: nearest.length > 0, emergency: true, text: lines.join('\n'), citations: [], ...locationOf(nearest.map((n) => n.place)) }
}

/** The hotline lines in the order this situation needs, from the directory when it has them. */
function orderedHotlines(hotlines: Hotline[], triage: Triage | null): string[] {
  const order = triage ? hotlineOrder(triage) : ['113', '111', '115', '1900 969 680']
  const byNumber = new Map(hotlines.map((h) => [h.number, formatHotline(h)]))
  const national = order.map((n) => byNumber.get(n) ?? SAFETY.hotlines[n]!)
  const others = hotlines.filter((h) => !order.includes(h.number)).map(formatHotline)
  return [...national, ...others]
}

function caringSentence(triage: Triage): string {
  if (triage.kind === 'help-request') return SAFETY.caring.help
  if (triage.selfHarm) return SAFETY.caring.selfHarm
  if (triage.about === 'child') return SAFETY.caring.child
  if (triage.about === 'other-person') return SAFETY.caring.otherPerson
  return SAFETY.caring.self
}

function locationOf(places: Place[]): { location?: Reply['location'] } {
  const first = places.find((p) => p.latitude !== null && p.longitude !== null)
  if (!first) return {}
  return { location: { latitude: first.latitude!, longitude: first.longitude!, title: first.name, address: first.address ?? first.province } }
}

/** The plan sentence naming trusted addresses/shelters that best matches the place asked about. */
function planMention(ctx: AnswerContext) {
  const hits = ctx.index.search(`${ctx.question} địa chỉ tin cậy nhà tạm lánh`, { kinds: ['section'], ...searchScope(ctx) }, 5)
  const placeWords = new Set(ctx.analyzer.analyze(ctx.question).bigrams)
  let best: { doc: PlanDocument; section: string; sentence: string; score: number } | null = null
  hits.forEach((hit, rank) => {
    const doc = ctx.documents.get(hit.entry.documentId)!
    const section = flattenSections(doc.sections).find((s) => s.path === hit.entry.section)
    for (const sentence of section ? ownText(section).flatMap(splitSentences) : []) {
      const folded = foldDiacritics(sentence)
      if (!/dia chi tin cay|tam lanh/.test(folded)) continue
      // Sentences that name a place (xã, phường, huyện) tell a person where to go.
      const score = ctx.analyzer.analyze(sentence).bigrams.filter((b) => placeWords.has(b)).length * 2 + (/\b(xa|phuong|huyen|thi xa)\b/.test(folded) ? 2 : 0) - rank * 0.5
      if (!best || score > best.score) best = { doc, section: section!.path, sentence: sentence.replace(/^[-+•]\s*/, ''), score }
    }
  })
  return best as { doc: PlanDocument; section: string; sentence: string } | null
}
