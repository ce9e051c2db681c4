import type { Input, Method, Output, StagedFile } from '../../shared/api';
import { createApiClient, type ApiClient } from './client';
import { pickTransport } from './transport';

export { ApiCallError, createApiClient, type ApiClient, type Transport } from './client';

let defaultClient: ApiClient | null = null;

/** The app's client over the transport of this window (IPC in Electron, HTTP in a browser). */
export function getApiClient(): ApiClient {
  defaultClient ??= createApiClient(pickTransport());
  return defaultClient;
}

/** Calls one contract method; rejects with ApiCallError ({ code, message, details }). */
export function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  return getApiClient().call(method, input);
}

/** Hands a picked or dropped file to the back-end (upload or path); its fileId names it from then on. */
export function stageFile(file: File): Promise<StagedFile> {
  return getApiClient().stageFile(file);
}
