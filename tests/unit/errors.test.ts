import Fastify from 'fastify'
import { describe, expect, it } from 'vitest'
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

  it('the HTTP error handler answers an AppError with its code\'s status, and hides 5xx details', async () => {
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
