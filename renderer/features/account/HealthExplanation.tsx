import type { AccountHealth } from '../../../shared/domain/health';
import { formatMeasureScore, formatShare, nextBandText } from './healthModel';

/** Every measure of the score: raw value, score, weight, share of the total and what would lift the account a band. */
export function HealthExplanation({ health, topBand }: { health: AccountHealth; topBand: boolean }) {
  const scored = health.score !== null;
  const totalWeight = health.measures.reduce((sum, m) => sum + m.weight, 0);
  return (
    <table className="health-table" aria-label="Health explanation">
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col">Raw value</th>
          <th scope="col" className="num">Score</th>
          <th scope="col" className="num" title={`Weights need not sum to 100; these sum to ${totalWeight}`}>
            Weight
          </th>
          <th scope="col" className="num" title="Weight ÷ the weights of the measures with data">
            Share
          </th>
          <th scope="col" className="num" title="Share × score: the points this measure adds">
            Points
          </th>
          <th scope="col">To reach the next band</th>
        </tr>
      </thead>
      <tbody>
        {health.measures.map((measure) => (
          <tr key={measure.id} className={measure.score === null ? 'na' : undefined} data-testid="health-measure" data-measure={measure.id}>
            <th scope="row">{measure.label}</th>
            <td>
              {measure.rawText}
              {measure.context && <div className="muted small">{measure.context}</div>}
            </td>
            <td className="num">{formatMeasureScore(measure.score)}</td>
            <td className="num">{measure.weight}</td>
            <td className="num">{formatShare(measure.share)}</td>
            <td className="num">{measure.points === null ? '—' : measure.points.toFixed(1)}</td>
            <td className="small">{nextBandText(measure, scored, topBand)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
