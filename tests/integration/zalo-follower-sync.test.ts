import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ZaloOaClient } from '../../src/channels/zalo-oa/zalo-oa-client.js'
import { syncFollowers } from '../../src/channels/zalo-oa/sync-followers.js'
import type { Stores } from '../../src/storage/create-stores.js'
import { FakeZaloApi } from '../fakes/fake-zalo-api.js'
import { DIALECTS, freshStores } from '../helpers/test-stores.js'

const fake = new FakeZaloApi()
beforeAll(() => fake.start())
afterAll(() => fake.stop())

describe.each(DIALECTS)('Zalo OA follower sync on %s', (dialect) => {
  let stores: Stores
  let client: ZaloOaClient
  beforeEach(async () => {
    stores = await freshStores(dialect)
    fake.users.clear()
    fake.calls.length = 0
    client = new ZaloOaClient({ appId: '1', secretKey: 'oa-secret', apiRoot: fake.url, oauthRoot: fake.url, tokens: stores.tokens, initial: { accessToken: fake.accessToken, refreshToken: fake.refreshToken } })
  })
  afterEach(() => stores.close())

  it('pages the follower list, subscribes new followers to Action Month, and leaves a known user who cancelled alone', async () => {
    for (let i = 0; i < 120; i++) fake.follow(`f${i}`, Date.now() - 90 * 86_400_000)
    fake.unfollow('f5')
    const cancelled = { platform: 'zalo-oa' as const, chatId: 'f7' }
    await stores.chats.subscribe(cancelled, 'thang-hanh-dong')
    await stores.chats.unsubscribe(cancelled, null)
    const result = await syncFollowers({ client, states: stores.states, topic: 'thang-hanh-dong', now: () => new Date() })
    expect(result).toEqual({ total: 119, reached: 119, subscribed: 118, known: 1, segments: [] })
    expect(fake.calls.filter((c) => c.path === '/v3.0/oa/user/getlist')).toHaveLength(3)
    expect(await stores.chats.get({ platform: 'zalo-oa', chatId: 'f0' })).toMatchObject({ active: true, topics: ['thang-hanh-dong'] })
    expect(await stores.chats.get({ platform: 'zalo-oa', chatId: 'f5' })).toBeNull()
    expect((await stores.chats.get(cancelled))?.topics).toEqual([])
    expect(await stores.states.status(cancelled)).toMatchObject({ isFollower: true })
    // Imported followers never wrote: the 7-day window is closed until they do.
    expect((await stores.states.status({ platform: 'zalo-oa', chatId: 'f0' }))?.lastInboundAt).toBeNull()
    // Running it again changes nothing.
    expect(await syncFollowers({ client, states: stores.states, topic: 'thang-hanh-dong', now: () => new Date() })).toMatchObject({ subscribed: 0, known: 119 })
  })

  it('past the offset limit (9,951), reaches the rest through interaction periods and tags', async () => {
    const old = Date.now() - 90 * 86_400_000
    for (let i = 0; i < 10_100; i++) fake.follow(`u${i}`, old)
    // The last 99 are beyond what paging reaches: some wrote today, some are tagged, one is in no segment.
    for (let i = 10_001; i < 10_060; i++) fake.interact(`u${i}`, Date.now())
    for (let i = 10_060; i < 10_099; i++) fake.tag(`u${i}`, 'can-bo')
    const result = await syncFollowers({ client, states: stores.states, topic: 'thang-hanh-dong', now: () => new Date() })
    expect(result.total).toBe(10_100)
    expect(result.reached).toBe(10_099)
    expect(result.segments).toEqual(['last_interaction_period=TODAY', 'last_interaction_period=YESTERDAY', 'last_interaction_period=L7D', 'last_interaction_period=L30D', 'tag_name=can-bo'])
    expect(await stores.chats.get({ platform: 'zalo-oa', chatId: 'u10098' })).toMatchObject({ topics: ['thang-hanh-dong'] })
    expect(await stores.chats.get({ platform: 'zalo-oa', chatId: 'u10099' })).toBeNull()
  }, 60_000)
})
