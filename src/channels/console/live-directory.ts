import type { Assistant } from '../../core/answers/assistant.js'
import { Directory } from '../../core/directory/directory.js'
import type { Place } from '../../core/directory/place.js'
import type { DirectoryPlaceRepository } from '../../storage/repositories/directory-place-repository.js'

/** Places from the file, with the store's console edits laid over them by id (edits win, new ones are added). */
export function mergePlaces(base: readonly Place[], edits: readonly Place[]): Place[] {
  const byId = new Map(base.map((p) => [p.id, p]))
  for (const p of edits) byId.set(p.id, p)
  return [...byId.values()]
}

export interface LiveDirectory {
  places(): readonly Place[]
  /** Stores the places, then swaps the assistant's directory at once: no restart, no signal. */
  save(places: Place[], by: string): Promise<void>
  /** After the file was (re)loaded into the assistant: lays the stored edits over it again. */
  applyStoredEdits(): Promise<void>
}

export function liveDirectory(assistant: () => Assistant, repository: DirectoryPlaceRepository): LiveDirectory {
  const swap = (edits: readonly Place[]) => {
    const current = assistant().directory
    if (!current) return
    assistant().reloadDirectory(new Directory(mergePlaces(current.places, edits), [...current.hotlines], assistant().knowledge.glossary))
  }
  return {
    places: () => assistant().directory?.places ?? [],
    async save(places, by) {
      await repository.saveAll(places, by)
      swap(places)
    },
    async applyStoredEdits() {
      swap(await repository.list())
    },
  }
}
