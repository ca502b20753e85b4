import { describe, expect, it } from 'vitest'
import { afterAcceptedSend, checkFollowerCap, DEFAULT_FOLLOWER_CAPS, nextVietnamMorning, vietnamMonth } from '../../../src/core/broadcasts/follower-caps.js'

const caps = DEFAULT_FOLLOWER_CAPS

describe('per-follower caps (Vietnam calendar)', () => {
  it('uses the Vietnam month and day, not UTC: 30/11 17:30 UTC is already 1 December in Vietnam', () => {
    expect(vietnamMonth(new Date('2026-11-30T16:59:00Z'))).toBe('2026-11')
    expect(vietnamMonth(new Date('2026-11-30T17:00:00Z'))).toBe('2026-12')
    const full = { month: '2026-11', sentCount: 4, lastSentDay: '2026-11-29' }
    expect(checkFollowerCap(full, new Date('2026-11-30T10:00:00Z'), caps)).toMatchObject({ ok: false, reason: 'quota', until: new Date('2026-11-30T23:00:00Z') })
    expect(checkFollowerCap(full, new Date('2026-12-01T00:00:00Z'), caps)).toEqual({ ok: true })
  })

  it('allows one a day and none at night (06:00–21:59 Vietnam time)', () => {
    const morning = new Date('2026-11-20T01:00:00Z') // 08:00
    const once = afterAcceptedSend(null, morning)
    expect(once).toEqual({ month: '2026-11', sentCount: 1, lastSentDay: '2026-11-20', sentOnLastDay: 1 })
    expect(checkFollowerCap(once, new Date('2026-11-20T10:00:00Z'), caps)).toMatchObject({ ok: false, reason: 'quota', until: new Date('2026-11-20T23:00:00Z') })
    expect(checkFollowerCap(once, new Date('2026-11-20T23:00:00Z'), caps)).toEqual({ ok: true })
    expect(checkFollowerCap(null, new Date('2026-11-20T15:00:00Z'), caps)).toMatchObject({ ok: false, reason: 'night', until: new Date('2026-11-20T23:00:00Z') }) // 22:00
    expect(checkFollowerCap(null, new Date('2026-11-20T22:30:00Z'), caps)).toMatchObject({ ok: false, reason: 'night', until: new Date('2026-11-20T23:00:00Z') }) // 05:30
    expect(nextVietnamMorning(new Date('2026-11-20T22:30:00Z'), false, 6)).toEqual(new Date('2026-11-20T23:00:00Z'))
  })
})
