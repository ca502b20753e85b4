import type { Glossary } from '../knowledge-base/glossary.js'
import type { PlanDocument } from '../knowledge-base/plan-document.js'
import { datedDeadlines } from '../knowledge-base/upcoming-deadlines.js'
import type { Audience, BroadcastStore } from './broadcast.js'
import { changeBroadcast } from './broadcast-lifecycle.js'
import { dueMessages, type Campaign } from './campaign.js'
import { dueReminders, reminderRecipients } from './deadline-reminders.js'
import type { SenderLog } from './run-sender.js'

export interface SchedulerDeps {
  store: BroadcastStore
  /** Housekeeping run with each tick (e.g. forgetting old processed update ids). */
  housekeeping?: (now: Date) => Promise<unknown>
  campaigns: () => Campaign[]
  knowledge: () => { documents: readonly PlanDocument[]; glossary: Glossary }
  /** "Today" for what is due (NOW may fix it). */
  now: () => Date
  /** The running clock for store timestamps (when deliveries become due); defaults to `now`. */
  clock?: () => Date
  log: SenderLog
}

/**
 * One scheduler tick: campaign messages and deadline reminders whose time has come become
 * broadcasts. Every one has a unique key, so a restart or a second instance running the same
 * tick never creates it twice; a keyed broadcast left as a draft by a crash is completed.
 */
export async function schedulerTick(deps: SchedulerDeps): Promise<{ started: string[] }> {
  const now = deps.now()
  const started: string[] = []
  for (const m of dueMessages(deps.campaigns(), now)) {
    if ((await startKeyed(deps, m.key, m.text, m.audience, 'campaign', m.zaloArticleId)).started) started.push(m.key)
  }
  const { documents, glossary } = deps.knowledge()
  for (const r of dueReminders(datedDeadlines(documents, glossary), now)) {
    const province = r.deadline.doc.meta.province
    if (!province) continue
    const candidates = await deps.store.recipientsOf({ topic: 'han-bao-cao', province })
    const chats = reminderRecipients(r.deadline, candidates, glossary)
    const result = await startKeyed(deps, r.key, r.text, { chats }, 'reminder')
    if (result.started) {
      await deps.store.recordReminder(r.key, result.id, now)
      started.push(r.key)
    }
  }
  if (started.length) deps.log.info({ started }, 'scheduled broadcasts started')
  await deps.housekeeping?.(now)
  return { started }
}

async function startKeyed(deps: SchedulerDeps, key: string, text: string, audience: Audience, createdBy: 'campaign' | 'reminder', zaloArticleId?: string): Promise<{ id: number; started: boolean }> {
  // What is sent decides the Zalo route: campaign → followers, reminder → template or consultation.
  const { id, created } = await deps.store.create({ key, text, audience, createdBy, kind: createdBy, ...(zaloArticleId ? { zaloArticleId } : {}) })
  if (!created) {
    const existing = await deps.store.get(id)
    if (existing?.status !== 'draft') return { id, started: false }
  }
  // Two instances may both try to start it: one wins the transition, the creator reports it.
  await changeBroadcast(deps.store, id, 'start', (deps.clock ?? deps.now)())
  return { id, started: created }
}
