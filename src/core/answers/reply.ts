import type { Citation } from '../knowledge-base/format-citation.js'

/** What the assistant returns to every channel; channels only render it. */
export type Intent = 'deadline' | 'responsibility' | 'budget' | 'content' | 'document' | 'shelter' | 'action_month' | 'help' | 'greeting' | 'unknown'

export type { Citation }

export interface ReplyButton {
  /** Text on the button. */
  label: string
  /** What tapping it sends back as a new question (short; channels map it to callback ids). */
  question: string
}

export interface ReplyLocation {
  latitude: number
  longitude: number
  title: string
  address: string
}

export interface Reply {
  intent: Intent
  found: boolean
  text: string
  buttons?: ReplyButton[]
  location?: ReplyLocation
  citations: Citation[]
  /** A safety reply (person at risk or asking for help): hotlines first; channels show it apart. */
  emergency?: boolean
}

/** What a channel knows about the person asking. */
export interface AskContext {
  /** Province remembered for this chat (/tinh), used when the question names none. */
  province?: string | null
  /** Agency remembered for this chat (/coquan). */
  agency?: string | null
  /** "Now" for relative dates; defaults to the real clock. */
  now?: Date
}
