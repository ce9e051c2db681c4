/** The one shape in which a failure crosses the seam between back-end and UI. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type ErrorCode =
  | 'BAD_INPUT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'NOT_A_WORKSPACE'
  | 'WORKSPACE_MISSING'
  | 'WORKSPACE_TOO_NEW'
  | 'DB_LOCKED'
  | 'BUSY'
  | 'CANCELLED'
  | 'FORBIDDEN'
  | 'INTERNAL';

/** Thrown by back-end code; transports turn it into an ApiError value. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }

  toApiError(): ApiError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}

/** The envelope every transport (IPC, HTTP) carries back. */
export type ApiResponse<T> = { ok: true; result: T } | { ok: false; error: ApiError };
