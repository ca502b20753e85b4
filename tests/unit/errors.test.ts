import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
import { ZaloBotApiError, ZaloBotNetworkError } from '../../src/channels/zalo-bot/zalo-bot-client.js'
import { classifyZaloError } from '../../src/channels/zalo-oa/classify-zalo-error.js'
import { ZaloApiError, ZaloNetworkError } from '../../src/channels/zalo-oa/zalo-oa-client.js'
import { ERROR_MESSAGES } from '../../src/core/error-messages.vi.js'
import { AppError, ChannelError, ERROR_CODES, StorageError } from '../../src/core/errors.js'
import { registerErrorHandler } from '../../src/server/error-handler.js'
import { ERROR_STATUS } from '../../src/server/error-status.js'

describe('errors under one type', () => {
  it('gives every code a Vietnamese message and an HTTP status', () => {
    for (const code of ERROR_CODES) {
      expect(ERROR_MESSAGES[code], code).toMatch(/[ạảãáàâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđíìịỉĩóòọỏõúùụủũýỳỵỷỹé]/)
      expect(ERROR_STATUS[code], code).toBeGreaterThanOrEqual(400)
    }
    expect(Object.keys(ERROR_MESSAGES).sort()).toEqual([...ERROR_CODES].sort())
    expect(new Set(Object.values(ERROR_MESSAGES)).size).toBe(ERROR_CODES.length)
  })

  it('channel and storage errors are AppErrors with stable codes', () => {
    expect(new ChannelError('CHANNEL_UNAVAILABLE', 'telegram', 'getMe', '502 Bad Gateway')).toMatchObject({ code: 'CHANNEL_UNAVAILABLE', name: 'ChannelError', message: 'telegram getMe: 502 Bad Gateway' })
    expect(new StorageError('STORAGE_MIGRATION', 'x')).toBeInstanceOf(AppError)
  })

  it("Zalo OA and Zalo Bot errors are ChannelErrors with stable codes, keeping the platform's number", () => {
    const refused = new ZaloApiError(-230, 'User has not interacted in 7 days', '/v3.0/oa/message/cs')
    expect(refused).toBeInstanceOf(ChannelError)
    expect(refused).toBeInstanceOf(AppError)
    expect(refused).toMatchObject({ code: 'CHANNEL_REJECTED', zaloCode: -230, endpoint: '/v3.0/oa/message/cs', platform: 'Zalo', name: 'ZaloApiError', message: 'Zalo /v3.0/oa/message/cs: -230 User has not interacted in 7 days' })
    expect(new ZaloApiError(-32, 'rate limit', '/v3.0/oa/message/cs').code).toBe('CHANNEL_UNAVAILABLE')
    expect(new ZaloApiError(-216, 'Access token is invalid', 'x').tokenExpired).toBe(true)
    expect(new ZaloNetworkError('/v3.0/oa/message/cs', 'timeout')).toMatchObject({ code: 'CHANNEL_UNAVAILABLE', endpoint: '/v3.0/oa/message/cs', name: 'ZaloNetworkError', message: 'Zalo /v3.0/oa/message/cs: timeout' })
    expect(new ZaloBotApiError(403, 'Forbidden: bot was blocked', 'sendMessage')).toMatchObject({ code: 'CHANNEL_REJECTED', errorCode: 403, description: 'Forbidden: bot was blocked', method: 'sendMessage', name: 'ZaloBotApiError', message: 'Zalo Bot sendMessage: 403 Forbidden: bot was blocked' })
    expect(new ZaloBotApiError(429, 'Too Many Requests', 'sendMessage').code).toBe('CHANNEL_UNAVAILABLE')
    expect(new ZaloBotNetworkError('sendMessage', 'HTTP 502')).toMatchObject({ code: 'CHANNEL_UNAVAILABLE', method: 'sendMessage', name: 'ZaloBotNetworkError' })
    for (const e of [new ZaloNetworkError('x', 'timeout'), new ZaloBotApiError(400, 'x', 'x'), new ZaloBotNetworkError('x', 'timeout')]) expect(e).toBeInstanceOf(AppError)
    // The classifier still reads Zalo's number, not the app's code.
    expect(classifyZaloError(refused, 'cs')).toMatchObject({ kind: 'skipped', code: 'window_closed' })
    expect(classifyZaloError(new ZaloNetworkError('x', 'timeout'), 'cs')).toMatchObject({ kind: 'retry', code: 'network' })
  })

  it("the HTTP error handler answers an AppError with its code's status, and hides 5xx details", async () => {
    const app = Fastify()
    registerErrorHandler(app)
    app.get('/missing', async () => {
      throw new AppError('BROADCAST_NOT_FOUND', 'no such broadcast')
    })
    app.get('/down', async () => {
      throw new StorageError('STORAGE_UNAVAILABLE', 'connect ECONNREFUSED postgres://bot:hunter2@db')
    })
    const missing = await app.inject('/missing')
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual({ error: 'no such broadcast', code: 'BROADCAST_NOT_FOUND', message: ERROR_MESSAGES.BROADCAST_NOT_FOUND })
    const down = await app.inject('/down')
    expect(down.statusCode).toBe(503)
    expect(down.body).not.toContain('hunter2')
    await app.close()
  })
})
