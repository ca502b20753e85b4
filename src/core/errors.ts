/** Every error the application raises on purpose, each with a stable code. */

export type ErrorCode =
  | 'DOCUMENT_EMPTY'
  | 'DOCUMENT_BINARY'
  | 'DOCUMENT_ENCODING'
  | 'DOCUMENT_NO_STRUCTURE'
  | 'DOCUMENT_FRONT_MATTER'
  | 'DOCUMENT_FORMAT'
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_PASSWORD'
  | 'DOCUMENT_NEEDS_OCR'
  | 'DOCUMENT_UNREADABLE'
  | 'GLOSSARY_INVALID'
  | 'DIRECTORY_INVALID'
  | 'CONFIG_INVALID'

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
