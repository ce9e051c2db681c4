import type { ScorecardVersion } from '../../../shared/api';

/** The saved versions of one scorecard, newest first; a saved version never changes. */
export function VersionHistory({ versions, current }: { versions: ScorecardVersion[]; current: number | null }) {
  return (
    <section className="panel" aria-label="Version history">
      <h3>Version history</h3>
      {versions.length === 0 ? (
        <p className="muted">Not saved yet: Save makes version 1.</p>
      ) : (
        <ol className="versions">
          {versions.map((version) => (
            <li key={version.version}>
              <strong>v{version.version}</strong> <span className="muted">{version.savedAt.slice(0, 16).replace('T', ' ')}</span> {version.name}
              {version.version === current && <span className="chip">in force</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
