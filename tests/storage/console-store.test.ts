import { afterEach, describe, expect, it } from 'vitest'
import type { Stores } from '../../src/storage/create-stores.js'
import { MAX_FAILED_LOGINS } from '../../src/storage/repositories/user-repository.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

describe.each(DIALECTS)('console store on %s', (dialect) => {
  let stores: Stores
  afterEach(() => stores?.close())

  it('keeps only hashes of sessions and tokens; revoked tokens and disabled people stop working', async () => {
    stores = await freshStores(dialect)
    const user = await stores.users.create({ name: 'lan', role: 'editor', passwordHash: 'scrypt$x' })
    const session = await stores.users.openSession(user.id)
    const token = await stores.users.issueToken(user.id, 'script')
    const db = stores.database.db
    expect(JSON.stringify(await db.selectFrom('sessions').selectAll().execute())).not.toContain(session)
    expect(JSON.stringify(await db.selectFrom('api_tokens').selectAll().execute())).not.toContain(token)
    expect((await stores.users.sessionUser(session))?.name).toBe('lan')
    expect((await stores.users.tokenUser(token))?.name).toBe('lan')
    const [listed] = await stores.users.tokensOf(user.id)
    expect(await stores.users.revokeToken(user.id, listed!.id)).toBe(true)
    expect(await stores.users.tokenUser(token)).toBeNull()
    await stores.users.update(user.id, { active: false })
    expect(await stores.users.sessionUser(session)).toBeNull()
  })

  it('locks after the fifth failure in a row; a success resets the count', async () => {
    stores = await freshStores(dialect)
    const user = await stores.users.create({ name: 'lan', role: 'editor', passwordHash: 'scrypt$x' })
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) expect((await stores.users.recordFailure(user.id)).locked).toBe(false)
    await stores.users.recordSuccess(user.id)
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) expect((await stores.users.recordFailure(user.id)).locked).toBe(false)
    expect((await stores.users.recordFailure(user.id)).locked).toBe(true)
    expect((await stores.users.byName('lan'))?.locked_until).not.toBeNull()
  })

  it('four eyes in the store: the composer cannot decide, a decision is taken once, a start is claimed once', async () => {
    stores = await freshStores(dialect)
    const now = new Date('2026-11-24T05:00:00Z')
    const { id } = await stores.broadcasts.create({ text: 'Tin', audience: {}, createdBy: 'lan' })
    await stores.approvals.create(id, 1)
    expect(await stores.approvals.decide(id, 'approved', 2, now)).toBe(false)
    expect(await stores.approvals.submit(id, new Date('2026-11-25T01:00:00Z'), now)).toBe(true)
    expect(await stores.approvals.decide(id, 'approved', 1, now)).toBe(false)
    expect(await stores.approvals.decide(id, 'approved', 2, now)).toBe(true)
    expect(await stores.approvals.decide(id, 'rejected', 3, now)).toBe(false)
    expect(await stores.approvals.due(now)).toEqual([])
    const later = new Date('2026-11-25T01:00:00Z')
    expect(await stores.approvals.due(later)).toEqual([id])
    expect(await stores.approvals.markStarted(id, later)).toBe(true)
    expect(await stores.approvals.markStarted(id, later)).toBe(false)
  })

  it('counts questions per day, kind and outcome', async () => {
    stores = await freshStores(dialect)
    await stores.questionCounts.add('2026-11-24', 'deadline', true)
    await stores.questionCounts.add('2026-11-24', 'deadline', true)
    await stores.questionCounts.add('2026-11-24', 'deadline', false)
    expect(await stores.questionCounts.lastDays(new Date('2026-11-24T05:00:00Z'), 14)).toEqual([
      { day: '2026-11-24', kind: 'deadline', found: true, n: 2 },
      { day: '2026-11-24', kind: 'deadline', found: false, n: 1 },
    ])
  })

  it('saves console places and campaigns, replacing by id', async () => {
    stores = await freshStores(dialect)
    const place = { id: 'ag-1', name: 'Nhà tạm lánh', type: 'nhà tạm lánh' as const, province: 'An Giang', province_old: null, district_old: null, commune_old: null, commune_new: null, address: null, phone: null, hours: null, services: null, latitude: null, longitude: null, source: null, verified_on: null }
    await stores.directoryPlaces.saveAll([place], 'lan')
    await stores.directoryPlaces.saveAll([{ ...place, phone: '0296 111' }], 'lan')
    expect(await stores.directoryPlaces.list()).toEqual([{ ...place, phone: '0296 111' }])
    const campaign = { id: 'c', name: 'Chiến dịch', topic: 'thang-hanh-dong' as const, period: { from: '2026-11-15', to: '2026-12-15' }, repeat: 'none' as const, messages: [{ id: 'm', send_at: '2026-11-20 08:00', audience: { kind: 'all' as const }, text: 'Xin chào' }] }
    await stores.campaigns.save(campaign, 'lan')
    await stores.campaigns.save({ ...campaign, name: 'Chiến dịch mới' }, 'lan')
    expect((await stores.campaigns.list()).campaigns.map((c) => c.name)).toEqual(['Chiến dịch mới'])
  })
})
