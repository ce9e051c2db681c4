import type { BackendEvent, WorkspaceInfo } from '../../shared/api';
import { queryKeys } from './queryKeys';

const EVENT_NAMES = new Set(['progress', 'workspace.changed', 'accounts.changed']);

/** Reads one SSE data line; null for anything that is not a known event. */
export function parseBackendEvent(data: string): BackendEvent | null {
  try {
    const value = JSON.parse(data) as unknown;
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as BackendEvent).name === 'string' &&
      EVENT_NAMES.has((value as BackendEvent).name) &&
      'payload' in value
    ) {
      return value as BackendEvent;
    }
  } catch {
    // Keep-alive comments and malformed lines are ignored.
  }
  return null;
}

/** What cached data an event makes stale. */
export type CachePlan =
  | { kind: 'none' }
  /** Another workspace is open: nothing cached belongs to it any more. */
  | { kind: 'switchWorkspace'; info: WorkspaceInfo }
  | { kind: 'invalidate'; keys: readonly (readonly unknown[])[] };

export function cachePlanForEvent(event: BackendEvent): CachePlan {
  switch (event.name) {
    case 'workspace.changed':
      return { kind: 'switchWorkspace', info: event.payload as WorkspaceInfo };
    case 'accounts.changed': {
      const { ids } = event.payload as BackendEvent<'accounts.changed'>['payload'];
      return {
        kind: 'invalidate',
        keys: [queryKeys.accounts, queryKeys.workspace, queryKeys.metrics, ...ids.map((id) => queryKeys.account(id))],
      };
    }
    default:
      return { kind: 'none' };
  }
}
