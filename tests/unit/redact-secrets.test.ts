import { describe, expect, it } from 'vitest'
import { redactDeep, redactSecrets } from '../../src/logging/redact-secrets.js'

describe('one redaction for every logged text', () => {
  it.each([
    ['invalid json response body at https://api.telegram.org/bot123456:AAH-x_yz0123456789abcdefghij/sendMessage reason: Unexpected token <', '123456:AAH'],
    ['GET https://openapi.zalo.me/v3.0/oa/message/cs?access_token=sEcReT-Access.Token_1 failed', 'sEcReT-Access'],
    ['{"refresh_token":"rEfReSh-99","app_id":"1"}', 'rEfReSh-99'],
    ['secret_key=zalo-app-secret&code=1', 'zalo-app-secret'],
    ['Authorization: Bearer admin-token-0123456789', 'admin-token-0123456789'],
    ['connect ECONNREFUSED postgres://bot:hunter2@db:5432/bdg', 'hunter2'],
    ['token 987654321:ABCdefGHIjklMNOpqrSTUvwxYZ012 leaked', 'ABCdefGHI'],
    ['-108 Phone number 84912345678 is invalid', '912345678'],
    ['{"phone":"0912345678"}', '912345678'],
    ['call +84398765432 now', '398765432'],
  ])('redacts %s', (text, secret) => {
    expect(redactSecrets(text)).not.toContain(secret)
  })

  it('redacts a token the caller knows, as written or percent-encoded, whatever its shape', () => {
    const text = 'token 111:bot-token revoked; POST /x/111%3Abot-token/sendMessage'
    expect(redactSecrets(text)).toContain('111:bot-token') // too short for the generic pattern
    expect(redactSecrets(text, ['111:bot-token'])).toBe('token [redacted] revoked; POST /x/[redacted]/sendMessage')
    expect(redactSecrets('POST https://bot-api.zaloplatforms.com/bot111%3Abot-token/sendMessage')).toBe('POST https://bot-api.zaloplatforms.com/bot[redacted]/sendMessage')
  })

  it('leaves ordinary text alone and redacts inside errors and nested objects', () => {
    expect(redactSecrets('deliveries 120, sent 118')).toBe('deliveries 120, sent 118')
    // Zalo user ids and epoch milliseconds are not phone numbers.
    expect(redactSecrets('user 1843912345678901234 at 1732512345678')).toBe('user 1843912345678901234 at 1732512345678')
    const error = new Error('request to https://api.telegram.org/bot1:abcdefghijklmnopqrstuvwxyz/getMe failed')
    const out = JSON.stringify(redactDeep({ err: error, nested: { url: 'https://x/bot2:abcdefghijklmnopqrstuvwxyz/sendMessage' } }))
    expect(out).not.toMatch(/abcdefghijklmnopqrstuvwxyz/)
    expect(out).toContain('/bot[redacted]/getMe')
  })
})
