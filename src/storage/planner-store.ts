import type { PlannerStore } from '../core/broadcasts/campaign-planner.js'
import type { Stores } from './create-stores.js'

/** The store seen through the planner's port: recipients, their state per platform, the ledger. */
export function plannerStore(stores: Stores): PlannerStore {
  return {
    recipientsOf: (audience) => stores.broadcasts.recipientsOf(audience),
    statuses: (platform, chatIds) => stores.states.statuses(platform, chatIds),
    withPhone: (platform, chatIds) => stores.phones.withPhone(platform, chatIds),
    ledger: stores.ledger,
  }
}
