import type { ScorecardVersion } from '../../../shared/api';

interface Props {
  /** Newest first. */
  versions: ScorecardVersion[];
  /** The version in force, null for a scorecard not saved yet. */
  current: number | null;
  /** The old version open read-only, if any. */
  viewing: number | null;
  /** Opens a version read-only; the one in force opens the editor. */
  onOpen: (version: number) => void;
}

/** The saved versions of one scorecard, newest first; a saved version never changes, and any can be opened and restored. */
export function VersionHistory({ versions, current, viewing, onOpen }: Props) {
  return (
    <section className="panel" aria-label="Version history">
      <h3>Version history</h3>
      {versions.length === 0 ? (
        <p className="muted">Not saved yet: Save makes version 1.</p>
      ) : (
        <ol className="versions">
          {versions.map((version) => {
            const inForce = version.version === current;
            const open = version.version === viewing || (viewing === null && inForce);
            return (
              <li key={version.version}>
                <button
                  type="button"
                  className={`link-button version-link${open ? ' open' : ''}`}
                  aria-label={inForce ? `Edit version ${version.version} (in force)` : `Open version ${version.version}`}
                  aria-current={open ? 'true' : undefined}
                  onClick={() => onOpen(version.version)}
                >
                  <strong>v{version.version}</strong>
                </button>{' '}
                <span className="muted">{version.savedAt.slice(0, 16).replace('T', ' ')}</span> {version.name}
                {inForce && <span className="chip">in force</span>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
