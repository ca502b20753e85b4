// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * Lint, and the architecture as rules: dependencies point inward to src/core, and inside the
 * core the layers point one way:
 *
 *   text ← knowledge-base ← search ← answers ← conversation
 *                        ↖ directory, broadcasts (beside answers, never importing it)
 *                        ↖ triage (text and knowledge-base only)
 *
 * A layer may import the layers to its left and core/ports.ts, core/errors.ts; src/core never
 * imports a framework, a database driver, the network, or anything outside src/core.
 */
const LAYERS = ['text', 'knowledge-base', 'search', 'answers', 'conversation', 'directory', 'broadcasts', 'triage']

/** Which core layers each layer must not import. */
const FORBIDDEN = {
  text: ['knowledge-base', 'search', 'answers', 'conversation', 'directory', 'broadcasts', 'triage'],
  'knowledge-base': ['search', 'answers', 'conversation', 'directory', 'broadcasts', 'triage'],
  search: ['answers', 'conversation', 'directory', 'broadcasts', 'triage'],
  directory: ['answers', 'conversation', 'broadcasts', 'triage'],
  broadcasts: ['answers', 'conversation', 'directory', 'search', 'triage'],
  triage: ['search', 'answers', 'conversation', 'directory', 'broadcasts'],
  answers: ['conversation', 'broadcasts'],
  conversation: [],
}

const FRAMEWORKS = [
  { group: ['fastify', 'fastify/*', '@fastify/*'], message: 'src/core is framework-free: HTTP belongs in src/server or src/channels.' },
  { group: ['telegraf', 'telegraf/*'], message: 'src/core is framework-free: Telegram belongs in src/channels/telegram.' },
  { group: ['kysely', 'kysely/*', 'pg', 'pg-*', 'better-sqlite3'], message: 'src/core does not touch the database: use a port from core/ports.ts.' },
  { group: ['node:http', 'node:https', 'http', 'https', 'node:net', 'undici', 'node-fetch', 'axios'], message: 'src/core does not use the network: channels do.' },
  { group: ['pino', 'pino/*'], message: 'src/core logs through the log interface it is given.' },
  { group: ['**/channels/**', '**/storage/**', '**/server/**', '**/content/**', '**/config/**', '**/logging/**', '**/build-app.js', '**/main.js'], message: 'src/core imports nothing outside src/core.' },
]

const layerRules = Object.entries(FORBIDDEN).map(([layer, forbidden]) => ({
  files: [`src/core/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [...FRAMEWORKS, ...(forbidden.length ? [{ group: forbidden.map((l) => `**/${l}/**`), message: `core/${layer} must not import ${forbidden.join(', ')} (layers point one way: see eslint.config.js).` }] : [])],
      },
    ],
  },
}))

export default tseslint.config(
  { ignores: ['node_modules/**', 'data/**', 'coverage/**', 'src/channels/web/public/**', 'src/channels/console/static/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Document text is cleaned of control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: FRAMEWORKS }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'src/core does not use the network: channels do.' }, { name: 'XMLHttpRequest', message: 'src/core does not use the network.' }, { name: 'WebSocket', message: 'src/core does not use the network.' }],
    },
  },
  ...layerRules,
  {
    // Migrations are written against Kysely<any> so they never change with later table types.
    files: ['src/storage/migrations/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)

export { LAYERS }
