import type { QueryClient } from '@tanstack/react-query';
import type { WorkspaceInfo } from '../../shared/api';
import { queryKeys } from './queryKeys';

export function isSameWorkspace(a: WorkspaceInfo | undefined, b: WorkspaceInfo): boolean {
  return a !== undefined && a.path === b.path && a.createdAt === b.createdAt;
}

/**
 * Another workspace is open: keep its info, and drop everything else cached, since it belonged
 * to the previous workspace. Screens that are showing refetch at once. The switch is reported
 * twice (the mutation's answer and the workspace.changed event); the second is a no-op, so a
 * 100k-row book is not loaded twice.
 */
export async function switchWorkspaceCache(queryClient: QueryClient, info: WorkspaceInfo): Promise<void> {
  const current = queryClient.getQueryData<WorkspaceInfo>(queryKeys.workspace);
  queryClient.setQueryData(queryKeys.workspace, info);
  if (isSameWorkspace(current, info)) return;
  await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.workspace[0] });
}

/**
 * Screens holding one record's editable fields. Once their data may be stale, a cached copy
 * that is not on screen is dropped rather than kept: opening the record later would otherwise
 * show (and let the CSM edit) the old values for a moment before the refetch lands.
 */
const RECORD_SCREEN_HEADS: ReadonlySet<unknown> = new Set([queryKeys.account(0)[0], queryKeys.activities(0)[0]]);

/** Marks cached data stale: screens showing it refetch at once, records off screen are dropped. */
export async function refreshCachedData(
  queryClient: QueryClient,
  keys: readonly (readonly unknown[])[],
): Promise<void> {
  for (const queryKey of keys) {
    if (RECORD_SCREEN_HEADS.has(queryKey[0])) queryClient.removeQueries({ queryKey, type: 'inactive' });
  }
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
