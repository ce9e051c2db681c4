import type { Input, Method, Output } from '../../shared/api';
import type { Served } from './harness';

/**
 * Calls the served back-end as the page does (POST /api/<method> with the run's token), for a
 * test's setup and for checking what was stored; a refusal throws with the method and message.
 */
export async function callApi<M extends Method>(served: Served, method: M, input: Input<M>): Promise<Output<M>> {
  const token = new URL(served.url).searchParams.get('token') ?? '';
  const response = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csm-token': token },
    body: JSON.stringify(input),
  });
  const body = (await response.json()) as { ok: boolean; result: Output<M>; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`);
  return body.result;
}
