import { createHash } from 'node:crypto'

/**
 * Telegram allows 1–64 bytes of callback_data, and a Vietnamese question is longer than that.
 * Buttons carry a short id ("q:3f9a…"); the question it stands for is kept here (bounded, oldest
 * dropped first). Commands short enough are sent as they are ("c:/tinh An Giang").
 */
export class CallbackRegistry {
  private readonly questions = new Map<string, string>()
  constructor(private readonly capacity = 20_000) {}

  dataFor(question: string): string {
    const direct = `c:${question}`
    if (Buffer.byteLength(direct) <= 64) return direct
    const id = createHash('sha256').update(question).digest('base64url').slice(0, 16)
    this.questions.delete(id)
    this.questions.set(id, question)
    if (this.questions.size > this.capacity) this.questions.delete(this.questions.keys().next().value!)
    return `q:${id}`
  }

  /** The question a button stands for, or null when it is unknown (e.g. after a restart). */
  questionFor(data: string): string | null {
    if (data.startsWith('c:')) return data.slice(2)
    if (data.startsWith('q:')) return this.questions.get(data.slice(2)) ?? null
    return null
  }
}
