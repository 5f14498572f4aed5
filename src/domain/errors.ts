/**
 * Typed error codes with user-facing messages. The API maps each code to an HTTP status and an
 * RFC 9457 problem document; the CLI prints the message. Domain and store code throw QuorumError,
 * never bare Errors, for anything a user can cause.
 */
export const ERROR_CODES = {
  validation_failed: 400,
  malformed_if_match: 400,
  invalid_condition: 400,
  invalid_cursor: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  duplicate: 409,
  in_use: 409,
  immutable: 409,
  hierarchy_cycle: 409,
  limit_reached: 409,
  invalid_state: 409,
  last_admin: 409,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  uri_too_long: 414,
  headers_too_large: 431,
  rate_limited: 429,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetail {
  /** JSON pointer-like path of the offending field, e.g. `/roles/2/condition/all/0/value`. */
  field: string;
  message: string;
  /** Journey publish problems: the node at fault. */
  nodeId?: string;
  /** A finer code than the problem's own, where one exists (e.g. journey publish problems). */
  code?: string;
}

export class QuorumError extends Error {
  readonly code: ErrorCode;
  readonly errors: ErrorDetail[];

  constructor(code: ErrorCode, message: string, errors: ErrorDetail[] = []) {
    super(message);
    this.name = 'QuorumError';
    this.code = code;
    this.errors = errors;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }

  /** Convenience for a single offending field. */
  static field(code: ErrorCode, field: string, message: string): QuorumError {
    return new QuorumError(code, message, [{ field, message }]);
  }
}

export function notFound(what: string, id: string): QuorumError {
  return QuorumError.field('not_found', '/id', `${what} ${id} does not exist`);
}
