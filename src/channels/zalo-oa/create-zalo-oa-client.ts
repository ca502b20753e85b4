import type { Config } from '../../config/config-schema.js'
import type { TokenStore } from '../../core/ports.js'
import { ZaloOaClient } from './zalo-oa-client.js'

/** The OA client the configuration describes, or null when the OA channel is not configured. */
export function createZaloOaClient(config: Config, tokens: TokenStore): ZaloOaClient | null {
  if (!config.ZALO_OA_APP_ID || !config.ZALO_OA_SECRET_KEY) return null
  return new ZaloOaClient({
    appId: config.ZALO_OA_APP_ID,
    secretKey: config.ZALO_OA_SECRET_KEY,
    apiRoot: config.ZALO_OA_API_ROOT,
    znsApiRoot: config.ZALO_ZNS_API_ROOT,
    oauthRoot: config.ZALO_OAUTH_API_ROOT,
    tokens,
    initial: config.ZALO_OA_ACCESS_TOKEN && config.ZALO_OA_REFRESH_TOKEN ? { accessToken: config.ZALO_OA_ACCESS_TOKEN, refreshToken: config.ZALO_OA_REFRESH_TOKEN } : null,
  })
}
