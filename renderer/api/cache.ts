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
