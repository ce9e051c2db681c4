import { METRICS, type Measure, type Thresholds } from '../../../shared/domain/health';
import { replaceAt } from './draft';
import { NumberInput } from './NumberInput';
import { FieldProblems } from './FieldProblems';

interface Props {
  measure: Measure;
  /** This measure's part of the score when every measure has data. */
  share: number;
  problems: string[];
  onChange: (measure: Measure) => void;
  onRemove: () => void;
}

/** One measure: its label, weight and thresholds (which way is better, the shape, the points). */
export function MeasureRow({ measure, share, problems, onChange, onRemove }: Props) {
  const metric = METRICS[measure.metric];
  const name = measure.label || metric?.label || measure.id;
  const setThresholds = (patch: Partial<Thresholds>) => onChange({ ...measure, thresholds: { ...measure.thresholds, ...patch } });
  const points = measure.thresholds.points;
  return (
    <li className={`measure${problems.length > 0 ? ' has-error' : ''}`} data-testid={`measure-${measure.id}`}>
      <div className="measure-head">
        <input className="measure-label" aria-label={`Label of ${name}`} value={measure.label} onChange={(e) => onChange({ ...measure, label: e.target.value })} />
        <span className="measure-metric muted small" title={metric ? `Raw value: ${metric.unit}` : undefined}>
          {metric ? `${metric.label} (${metric.unit})` : measure.metric}
        </span>
        <label className="inline-field">
          <span>Weight</span>
          <NumberInput className="weight" label={`Weight of ${name}`} value={measure.weight} invalid={problems.length > 0} onChange={(weight) => onChange({ ...measure, weight })} />
        </label>
        <span className="share muted small" title="Its part of the score when every measure has data">
          {Number.isFinite(share) ? `${Math.round(share * 100)}%` : '—'}
        </span>
        <button type="button" className="link-button danger" onClick={onRemove} aria-label={`Remove ${name}`}>
          Remove
        </button>
      </div>
      <div className="thresholds">
        <select aria-label={`Which way is better for ${name}`} value={measure.thresholds.better} onChange={(e) => setThresholds({ better: e.target.value as Thresholds['better'] })}>
          <option value="higher">Higher is better</option>
          <option value="lower">Lower is better</option>
        </select>
        <select aria-label={`Shape of ${name}`} value={measure.thresholds.shape} onChange={(e) => setThresholds({ shape: e.target.value as Thresholds['shape'] })}>
          <option value="linear">Linear</option>
          <option value="steps">Steps</option>
        </select>
        <ol className="points" aria-label={`Threshold points of ${name}`}>
          {points.map((point, index) => (
            <li key={index} className="point">
              <NumberInput label={`${name} point ${index + 1} raw value`} value={point.raw} onChange={(raw) => setThresholds({ points: replaceAt(points, index, { ...point, raw }) })} />
              <span aria-hidden="true">→</span>
              <NumberInput label={`${name} point ${index + 1} score`} value={point.score} onChange={(score) => setThresholds({ points: replaceAt(points, index, { ...point, score }) })} />
              <button
                type="button"
                className="link-button"
                aria-label={`Remove point ${index + 1} of ${name}`}
                onClick={() => setThresholds({ points: points.filter((_p, i) => i !== index) })}
              >
                ×
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="link-button"
          onClick={() => {
            const last = points[points.length - 1];
            setThresholds({ points: [...points, { raw: (last?.raw ?? 0) + 1, score: last?.score ?? 0 }] });
          }}
        >
          Add point
        </button>
      </div>
      <FieldProblems messages={problems} />
    </li>
  );
}
