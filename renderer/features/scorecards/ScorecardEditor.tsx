import { useState } from 'react';
import { METRIC_KEYS, METRICS, type MetricKey, type Scorecard, type ScorecardProblem } from '../../../shared/domain/health';
import { BandsEditor } from './BandsEditor';
import { newMeasure, problemsAt, replaceAt } from './draft';
import { MeasureRow } from './MeasureRow';
import { NumberInput } from './NumberInput';
import { RuleEditor } from './RuleEditor';
import { FieldProblems } from './FieldProblems';

interface Props {
  card: Scorecard;
  problems: ScorecardProblem[];
  tiers: string[];
  segments: string[];
  onChange: (card: Scorecard) => void;
}

/** The form of one scorecard: name, rule, measures, bands and the minimum of measures with data. */
export function ScorecardEditor({ card, problems, tiers, segments, onChange }: Props) {
  const [metricToAdd, setMetricToAdd] = useState<MetricKey>(METRIC_KEYS[0]);
  const totalWeight = card.measures.reduce((sum, measure) => sum + (Number.isFinite(measure.weight) ? measure.weight : 0), 0);
  const nameProblems = problemsAt(problems, 'name');
  const minimumProblems = problemsAt(problems, 'minMeasuresWithData');
  return (
    <div className="scorecard-editor">
      <label className="form-field">
        <span>Name</span>
        <input aria-label="Scorecard name" value={card.name} aria-invalid={nameProblems.length > 0 || undefined} onChange={(e) => onChange({ ...card, name: e.target.value })} />
        <FieldProblems messages={nameProblems} />
      </label>

      <RuleEditor rule={card.appliesTo} tiers={tiers} segments={segments} problems={problemsAt(problems, 'appliesTo')} onChange={(appliesTo) => onChange({ ...card, appliesTo })} />

      <section className="editor-section" aria-label="Measures">
        <h4>
          Measures <span className="muted small">weight · share of the score when every measure has data</span>
        </h4>
        {card.measures.length === 0 && <p className="muted">No measures: add one below.</p>}
        <ol className="measures">
          {card.measures.map((measure, index) => (
            <MeasureRow
              key={measure.id}
              measure={measure}
              share={totalWeight > 0 ? measure.weight / totalWeight : Number.NaN}
              problems={problemsAt(problems, `measures[${index}]`)}
              onChange={(changed) => onChange({ ...card, measures: replaceAt(card.measures, index, changed) })}
              onRemove={() => onChange({ ...card, measures: card.measures.filter((_m, i) => i !== index) })}
            />
          ))}
        </ol>
        <div className="inline-form">
          <select aria-label="Metric to add" value={metricToAdd} onChange={(e) => setMetricToAdd(e.target.value as MetricKey)}>
            {METRIC_KEYS.map((key) => (
              <option key={key} value={key}>
                {METRICS[key].label} ({METRICS[key].unit})
              </option>
            ))}
          </select>
          <button type="button" onClick={() => onChange({ ...card, measures: [...card.measures, newMeasure(metricToAdd, card.measures)] })}>
            Add measure
          </button>
        </div>
        <FieldProblems messages={problems.filter((problem) => problem.path === 'measures').map((problem) => problem.message)} />
      </section>

      <BandsEditor bands={card.bands} problems={problemsAt(problems, 'bands')} onChange={(bands) => onChange({ ...card, bands })} />

      <section className="editor-section" aria-label="Minimum measures">
        <label className="inline-field">
          <span>Score an account only when at least</span>
          <NumberInput label="Minimum measures with data" value={card.minMeasuresWithData} invalid={minimumProblems.length > 0} onChange={(minMeasuresWithData) => onChange({ ...card, minMeasuresWithData })} />
          <span>measures have data; below that it is “Not scored”, never red.</span>
        </label>
        <FieldProblems messages={minimumProblems} />
      </section>
    </div>
  );
}
