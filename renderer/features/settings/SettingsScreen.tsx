import { useState } from 'react';
import { useWorkspaceInfo } from '../../api/queries';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorView, InlineError } from '../../components/ErrorView';
import { useWorkspaceSwitch } from '../../components/useWorkspaceSwitch';
import { formatInt } from '../../lib/format';

export function SettingsScreen() {
  const info = useWorkspaceInfo();
  const { create, open, createState, openState } = useWorkspaceSwitch();
  const [newPath, setNewPath] = useState('');
  const [openPath, setOpenPath] = useState('');
  const [openPathError, setOpenPathError] = useState<string | null>(null);
  const busy = createState.isPending || openState.isPending;
  const pathOrDefault = () => (newPath.trim() ? { path: newPath.trim() } : {});

  return (
    <div className="screen settings" data-testid="settings-screen">
      <h2>Settings</h2>
      <section className="panel" aria-label="Current workspace">
        <h3>Current workspace</h3>
        {info.isPending && <p className="muted">Loading…</p>}
        {info.isError && <ErrorView error={info.error} title="No workspace is open" />}
        {info.data && (
          <dl className="kv">
            <div>
              <dt>Path</dt>
              <dd>
                <code data-testid="workspace-path">{info.data.path}</code>
              </dd>
            </div>
            <div>
              <dt>Schema version</dt>
              <dd data-testid="schema-version">{info.data.schemaVersion}</dd>
            </div>
            <div>
              <dt>Accounts</dt>
              <dd>{formatInt(info.data.accountCount)}</dd>
            </div>
            <div>
              <dt>Created</dt>
              <dd>{info.data.createdAt}</dd>
            </div>
            <div>
              <dt>Kind</dt>
              <dd>{info.data.isDemo ? 'Demo (sample data)' : 'Your data'}</dd>
            </div>
          </dl>
        )}
      </section>

      <section className="panel" aria-label="New workspace">
        <h3>New workspace</h3>
        <p className="muted">
          The current workspace stays on disk. Leave the path empty to use the default folder.
        </p>
        <label className="form-field">
          <span>Location for the new workspace file (optional)</span>
          <input
            aria-label="Location for the new workspace"
            placeholder="/path/to/client.csm.db"
            value={newPath}
            onChange={(e) => setNewPath(e.target.value)}
          />
        </label>
        <div className="form-actions">
          <ConfirmAction
            label="Create empty workspace"
            prompt="Switch to a new, empty workspace?"
            busy={busy}
            onConfirm={() => create({ kind: 'empty', ...pathOrDefault() })}
          />
          <ConfirmAction
            label="Create demo workspace"
            prompt="Switch to a new workspace filled with sample data?"
            busy={busy}
            onConfirm={() => create({ kind: 'demo', ...pathOrDefault() })}
          />
        </div>
        <InlineError error={createState.error} />
      </section>

      <section className="panel" aria-label="Open workspace">
        <h3>Open a workspace</h3>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            const path = openPath.trim();
            if (!path) {
              setOpenPathError('Enter the path of a workspace file.');
              return;
            }
            setOpenPathError(null);
            open({ path });
          }}
        >
          <input
            aria-label="Workspace path"
            placeholder="/path/to/workspace.csm.db"
            value={openPath}
            onChange={(e) => setOpenPath(e.target.value)}
          />
          <button type="submit" disabled={busy}>
            {openState.isPending ? 'Opening…' : 'Open workspace'}
          </button>
        </form>
        {openPathError && (
          <span className="inline-error" role="alert">
            {openPathError}
          </span>
        )}
        {openState.error && <ErrorView error={openState.error} title="Could not open that workspace" />}
      </section>
    </div>
  );
}
