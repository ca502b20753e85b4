/** Every error the application raises on purpose, each with a stable code. */

export const ERROR_CODES = [
  'DOCUMENT_EMPTY',
  'DOCUMENT_BINARY',
  'DOCUMENT_ENCODING',
  'DOCUMENT_NO_STRUCTURE',
  'DOCUMENT_FRONT_MATTER',
  'DOCUMENT_FORMAT',
  'DOCUMENT_TOO_LARGE',
  'DOCUMENT_PASSWORD',
  'DOCUMENT_NEEDS_OCR',
  'DOCUMENT_UNREADABLE',
  'GLOSSARY_INVALID',
  'DIRECTORY_INVALID',
  'CONFIG_INVALID',
  'REQUEST_INVALID',
  'BROADCAST_NOT_FOUND',
  'BROADCAST_TRANSITION',
  'BROADCAST_FOUR_EYES',
  'CHANNEL_UNAVAILABLE',
  'CHANNEL_REJECTED',
  'STORAGE_UNAVAILABLE',
  'STORAGE_MIGRATION',
  'TIMEOUT',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export class AppError extends Error {
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
    this.name = new.target.name
  }
}

/** A plan document that cannot be read; names the file at fault. */
export class DocumentError extends AppError {
  readonly file: string

  constructor(code: ErrorCode, file: string, reason: string) {
    super(code, `${file}: ${reason}`)
    this.file = file
  }
}

export class ConfigError extends AppError {
  readonly problems: string[]

  constructor(problems: string[]) {
    super('CONFIG_INVALID', `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.problems = problems
  }
}

/**
 * A platform call that failed: CHANNEL_UNAVAILABLE when it never completed or the platform is
 * down (network, timeout, 5xx: worth trying again later), CHANNEL_REJECTED when the platform said
 * no (4xx). The message never contains the request URL (it may hold a token).
 */
export class ChannelError extends AppError {
  constructor(
    code: 'CHANNEL_UNAVAILABLE' | 'CHANNEL_REJECTED',
    readonly platform: string,
    readonly method: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(code, `${platform} ${method}: ${reason}`, options)
  }
}

/** The store could not be reached or brought up to date. */
export class StorageError extends AppError {
  constructor(code: 'STORAGE_UNAVAILABLE' | 'STORAGE_MIGRATION', message: string, options?: { cause?: unknown }) {
    super(code, message, options)
  }
}
