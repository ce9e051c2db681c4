import { METRICS, type Scorecard } from '../../../shared/domain/health';
import { ruleText } from './ScorecardList';
import type { VersionDifferences } from './versionDiff';

const CHANGE_TEXT = { changed: 'differs from the version in force', 'not-in-force': 'not in the version in force' } as const;

function Differs({ when }: { when: boolean }) {
  return when ? <span className="chip differs">{CHANGE_TEXT.changed}</span> : null;
}

/** A saved scorecard, read-only: its rule, measures (weight, share, threshold points), bands and minimum, marked where it differs from the one in force. */
export function ScorecardSummary({ card, differences }: { card: Scorecard; differences: VersionDifferences | null }) {
  const totalWeight = card.measures.reduce((sum, measure) => sum + measure.weight, 0);
  return (
    <div className="scorecard-summary" data-testid="version-summary">
      <section className="editor-section" aria-label="Applies to">
        <h4>
          Applies to <Differs when={differences?.rule ?? false} />
        </h4>
        <p>{ruleText(card.appliesTo)}</p>
      </section>
      <section className="editor-section" aria-label="Measures">
        <h4>Measures</h4>
        <table className="summary-table">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Weight</th>
              <th scope="col">Share</th>
              <th scope="col">Thresholds (raw → score)</th>
            </tr>
          </thead>
          <tbody>
            {card.measures.map((measure) => {
              const change = differences?.measures[measure.id] ?? 'same';
              const metric = METRICS[measure.metric];
              return (
                <tr key={measure.id} data-testid={`version-measure-${measure.id}`}>
                  <th scope="row">
                    {measure.label}
                    <span className="muted small"> {metricNote(measure.label, measure.metric, metric)}</span>
                    {change !== 'same' && <span className="chip differs">{CHANGE_TEXT[change]}</span>}
                  </th>
                  <td>{measure.weight}</td>
                  <td>{totalWeight > 0 ? `${Math.round((measure.weight / totalWeight) * 100)}%` : '—'}</td>
                  <td className="small">
                    {measure.thresholds.better === 'higher' ? 'higher is better' : 'lower is better'}, {measure.thresholds.shape}:{' '}
                    {measure.thresholds.points.map((point) => `${point.raw} → ${point.score}`).join(', ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {differences !== null && differences.dropped.length > 0 && <p className="muted small">Not in this version (restoring it removes them): {differences.dropped.join(', ')}.</p>}
      </section>
      <section className="editor-section" aria-label="Bands">
        <h4>
          Bands <Differs when={differences?.bands ?? false} />
        </h4>
        <ol className="bands">
          {card.bands.map((band) => (
            <li key={band.id} className={`band-row band-${band.id}`}>
              <span className="band-swatch" aria-hidden="true" /> {band.label} <span className="muted">{`${band.min}–${band.max}`}</span>
            </li>
          ))}
        </ol>
      </section>
      <section className="editor-section" aria-label="Minimum measures">
        <p>
          Scores an account only when at least {card.minMeasuresWithData} measures have data. <Differs when={differences?.minimum ?? false} />
        </p>
      </section>
    </div>
  );
}

/** What a measure reads, after its name: only the unit when the measure keeps its metric's name, as most do. */
function metricNote(measureLabel: string, metricId: string, metric: { label: string; unit: string } | undefined): string {
  if (metric === undefined) return metricId;
  return metric.label === measureLabel ? `(${metric.unit})` : `${metric.label} (${metric.unit})`;
}
