import { useWorkspaceInfo } from '../api/queries';
import { formatInt } from '../lib/format';
import { workspaceDisplayName } from '../lib/workspaceName';
import { DemoBanner } from './DemoBanner';
import { ErrorView } from './ErrorView';

export function TopBar() {
  const info = useWorkspaceInfo();
  return (
    <>
      <header className="topbar">
        {info.isPending && <h1 className="muted">Opening workspace…</h1>}
        {info.isError && <h1>No workspace open</h1>}
        {info.data && (
          <>
            <h1 title={info.data.path} data-testid="workspace-name">
              {workspaceDisplayName(info.data.path)}
            </h1>
            <span className="muted">
              {formatInt(info.data.accountCount)} {info.data.accountCount === 1 ? 'account' : 'accounts'}
            </span>
          </>
        )}
      </header>
      {info.isError && (
        <div className="topbar-error">
          <ErrorView error={info.error} title="Could not open the workspace" />
          <a href="#/settings">Open or create a workspace in Settings</a>
        </div>
      )}
      {info.data?.isDemo && <DemoBanner />}
    </>
  );
}
