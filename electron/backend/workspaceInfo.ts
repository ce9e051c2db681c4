import type { WorkspaceInfo } from '../../shared/api/dto';
import { countAccounts } from './db/repos/accounts';
import { readMeta } from './db/repos/meta';
import { readSchemaVersion, type Workspace } from './db/workspace';

export function describeWorkspace(workspace: Workspace): WorkspaceInfo {
  return {
    path: workspace.path,
    isDemo: readMeta(workspace.sqlite, 'is_demo') === '1',
    accountCount: countAccounts(workspace.sqlite),
    schemaVersion: readSchemaVersion(workspace.sqlite),
    createdAt: readMeta(workspace.sqlite, 'created_at') ?? '',
  };
}
