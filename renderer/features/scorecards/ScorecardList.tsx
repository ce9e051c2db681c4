import { Fragment } from 'react';
import type { ScorecardEntry } from '../../../shared/api';
import { isCatchAll, type ScorecardRule } from '../../../shared/domain/health';

interface Props {
  entries: ScorecardEntry[];
  selectedId: string | null;
  /** A new scorecard being drafted: shown in the list where Save would put it. */
  draft: { name: string; position: number } | null;
  onSelect: (id: string) => void;
  onNew: () => void;
}

export function ruleText(rule: ScorecardRule): string {
  if (isCatchAll(rule)) return 'Every other account';
  const parts = [];
  if (rule.tiers && rule.tiers.length > 0) parts.push(`tier ${rule.tiers.join(' or ')}`);
  if (rule.segments && rule.segments.length > 0) parts.push(`segment ${rule.segments.join(' or ')}`);
  return parts.join(', and ');
}

/** The scorecards in force in the order they are tried: the first whose rule matches an account scores it. */
export function ScorecardList({ entries, selectedId, draft, onSelect, onNew }: Props) {
  return (
    <section className="panel scorecard-list" aria-label="Scorecards">
      <h3>Scorecards</h3>
      <p className="muted small">Tried in this order; the first that matches an account scores it.</p>
      <ol>
        {entries.map((entry, index) => (
          <Fragment key={entry.scorecard.id}>
            {draft?.position === index && <DraftItem name={draft.name} />}
            <li>
              <button
                type="button"
                className={`scorecard-item${entry.scorecard.id === selectedId ? ' selected' : ''}`}
                aria-current={entry.scorecard.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(entry.scorecard.id)}
              >
                <span className="scorecard-name">{entry.scorecard.name}</span>
                <span className="muted small">
                  {ruleText(entry.scorecard.appliesTo)} · v{entry.scorecard.version} · {entry.scorecard.measures.length} measures
                </span>
              </button>
            </li>
          </Fragment>
        ))}
        {draft !== null && draft.position >= entries.length && <DraftItem name={draft.name} />}
      </ol>
      <button type="button" onClick={onNew} disabled={draft !== null}>
        New scorecard
      </button>
    </section>
  );
}

function DraftItem({ name }: { name: string }) {
  return (
    <li>
      <span className="scorecard-item selected new">
        <span className="scorecard-name">{name || 'New scorecard'}</span>
        <span className="muted small">not saved yet</span>
      </span>
    </li>
  );
}
