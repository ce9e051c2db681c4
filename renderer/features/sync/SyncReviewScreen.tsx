import '../imports/imports.css';
import { ConflictsPanel } from './ConflictsPanel';
import { MissingPanel } from './MissingPanel';

/** What a re-import could not decide alone: conflicting edits, and records the CRM no longer exports. */
export function SyncReviewScreen() {
  return (
    <div className="screen import-screen" data-testid="sync-review">
      <div className="page-header">
        <h2>Sync review</h2>
        <span className="muted">Re-imports merge on their own; only these need you.</span>
        <span className="toolbar-spacer" />
        <a className="button-link" href="#/imports">
          Import history
        </a>
        <a className="button-link primary" href="#/import">
          Import files…
        </a>
      </div>
      <ConflictsPanel />
      <MissingPanel />
    </div>
  );
}
