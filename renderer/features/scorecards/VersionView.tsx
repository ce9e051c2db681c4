import type { ScorecardVersionDetail } from '../../../shared/api';
import type { Scorecard } from '../../../shared/domain/health';
import { sameDefinition } from '../../../shared/domain/health/scorecardSet';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorView } from '../../components/ErrorView';
import type { DraftCheck } from './draft';
import { ScorecardSummary } from './ScorecardSummary';
import { versionDifferences } from './versionDiff';

interface Props {
  /** The scorecard in force whose old version is open. */
  inForce: Scorecard;
  version: number;
  loaded: { data?: ScorecardVersionDetail; error: Error | null; isPending: boolean };
  /** What saving the old version on top of the one in force would leave; null until it is loaded. */
  restoreCheck: DraftCheck | null;
  /** An unsaved edit of this scorecard is kept: restoring would throw it away, so it waits. */
  dirty: boolean;
  saving: boolean;
  /** Why the last restore failed, if it did. */
  error: unknown;
  onClose: () => void;
  onRestore: () => void;
}

/** Why an old version cannot be restored right now, or null when it can. */
function blocker(props: Props): string | null {
  const { inForce, loaded, restoreCheck, dirty } = props;
  if (loaded.data === undefined || restoreCheck === null) return null;
  if (sameDefinition(loaded.data.scorecard, inForce)) return `This version is the same as version ${inForce.version}, which is in force: nothing to restore.`;
  if (dirty) return 'You have unsaved changes to this scorecard: save or discard them before restoring an old version.';
  if (restoreCheck.problems.length > 0) return 'This version cannot be restored as it is:';
  return null;
}

/**
 * An old version of a scorecard, read-only, marked where it differs from the one in force.
 * "Restore this version" saves its content as a new version on top (the history keeps every
 * version), through the normal save, so the accounts it applies to are rescored.
 */
export function VersionView(props: Props) {
  const { inForce, version, loaded, restoreCheck, saving, error, onClose, onRestore } = props;
  const why = blocker(props);
  const old = loaded.data?.scorecard;
  return (
    <section className="panel scorecard-main" aria-label="Saved version" data-testid="version-view">
      <div className="editor-bar">
        <h3>
          {old?.name ?? inForce.name} · version {version} <span className="chip">read-only</span>
        </h3>
        <div className="form-actions">
          {old !== undefined && why === null && (
            <ConfirmAction
              label="Restore this version"
              prompt={`Save version ${version} as a new version of “${inForce.name}” on top of version ${inForce.version}? Every version stays in the history, and the accounts it applies to are rescored.`}
              busy={saving}
              onConfirm={onRestore}
            />
          )}
          <button type="button" onClick={onClose}>
            Back to version {inForce.version}
          </button>
        </div>
      </div>
      {loaded.data && <p className="muted small">Saved {loaded.data.savedAt.slice(0, 16).replace('T', ' ')}. A saved version never changes.</p>}
      {why !== null && <p className="notice-muted">{why}</p>}
      {error != null && <ErrorView error={error} title="Not restored" />}
      {restoreCheck !== null && restoreCheck.problems.length > 0 && (
        <ul className="problems" aria-label="Problems">
          {restoreCheck.problems.map((problem) => (
            <li key={`${problem.path}:${problem.message}`}>{problem.message}</li>
          ))}
        </ul>
      )}
      {loaded.isPending && <p className="muted">Loading version {version}…</p>}
      {loaded.error && <ErrorView error={loaded.error} title={`Could not open version ${version}`} />}
      {old !== undefined && <ScorecardSummary card={old} differences={versionDifferences(old, inForce)} />}
    </section>
  );
}
