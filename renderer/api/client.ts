import type { ApiError, BackendEvent, Input, Method, Output, StagedFile } from '../../shared/api';

/**
 * Codes the client itself can produce on top of the back-end's ErrorCode: the server refused the
 * token (FORBIDDEN), the back-end could not be reached (NETWORK), or it answered with something
 * that is not the envelope (BAD_RESPONSE).
 */
export type ClientErrorCode = ApiError['code'] | 'FORBIDDEN' | 'NETWORK' | 'BAD_RESPONSE';

/** The error every failed call throws: the back-end's { code, message, details }, readable as is. */
export class ApiCallError extends Error {
  readonly code: ClientErrorCode;
  readonly details: Record<string, unknown> | undefined;
  readonly method: string;

  constructor(
    method: string,
    error: { code: string; message: string; details?: Record<string, unknown> | undefined },
  ) {
    super(error.message);
    this.name = 'ApiCallError';
    this.method = method;
    this.code = error.code as ClientErrorCode;
    this.details = error.details;
  }

  toApiError(): { code: ClientErrorCode; message: string; details?: Record<string, unknown> } {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** How calls and events travel: Electron IPC, HTTP + SSE, or a fake in tests. */
export interface Transport {
  /** Resolves with the raw envelope ({ok, result} | {ok, error}) the back-end answered. */
  invoke(method: string, input: unknown): Promise<unknown>;
  /** Returns an unsubscribe function. */
  subscribe(listener: (event: BackendEvent) => void): () => void;
  /**
   * Hands a file to the back-end for the Import wizard and resolves with the envelope of its
   * StagedFile: uploaded (browser build) or registered by its path on disk (desktop).
   */
  stageFile?(file: File): Promise<unknown>;
}

export interface ApiClient {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  subscribe(listener: (event: BackendEvent) => void): () => void;
  /** One call for both builds: the file reaches the back-end once and is then named by its fileId. */
  stageFile(file: File): Promise<StagedFile>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Returns the result of an ok envelope; throws ApiCallError for an error or a malformed answer. */
export function unwrapEnvelope<T>(method: string, raw: unknown): T {
  if (isRecord(raw) && raw.ok === true && 'result' in raw) return raw.result as T;
  if (isRecord(raw) && raw.ok === false && isRecord(raw.error)) {
    const { code, message, details } = raw.error;
    if (typeof code === 'string' && typeof message === 'string') {
      throw new ApiCallError(method, {
        code,
        message,
        details: isRecord(details) ? details : undefined,
      });
    }
  }
  throw new ApiCallError(method, {
    code: 'BAD_RESPONSE',
    message: `The back-end gave an unreadable answer to ${method}.`,
  });
}

/** Sends one request and unwraps its envelope; a transport failure becomes a NETWORK error. */
async function request<T>(method: string, send: () => Promise<unknown>): Promise<T> {
  let raw: unknown;
  try {
    raw = await send();
  } catch (error) {
    if (error instanceof ApiCallError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiCallError(method, {
      code: 'NETWORK',
      message: `Could not reach the workbench back-end (${reason}).`,
    });
  }
  return unwrapEnvelope<T>(method, raw);
}

/** The name a staging failure is reported under (it is not a contract method in the browser build). */
export const STAGE_FILE = 'stageFile';

export function createApiClient(transport: Transport): ApiClient {
  return {
    call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
      return request<Output<M>>(method, () => transport.invoke(method, input));
    },
    subscribe: (listener) => transport.subscribe(listener),
    stageFile(file) {
      const stage = transport.stageFile?.bind(transport);
      if (!stage) {
        return Promise.reject(new ApiCallError(STAGE_FILE, { code: 'BAD_INPUT', message: 'This window cannot hand files to the workbench.' }));
      }
      return request<StagedFile>(STAGE_FILE, () => stage(file));
    },
  };
}
