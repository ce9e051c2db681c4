import { useState } from 'react';
import type { FieldSpec } from '../../../../shared/domain/import/fields';
import { distinctSamples } from './draft';

interface Props {
  header: string;
  field: FieldSpec;
  samples: readonly string[];
  values: Record<string, string>;
  onChange: (from: string, to: string) => void;
  onClose: () => void;
}

/**
 * Translates a column's own words into the field's values ("Yes" -> churned), matched exactly,
 * then ignoring case. Lists the values seen in the first rows; others can be added by hand.
 */
export function ValueMapEditor({ header, field, samples, values, onChange, onClose }: Props) {
  const [extra, setExtra] = useState('');
  const seen = distinctSamples(samples);
  const rows = [...seen, ...Object.keys(values).filter((from) => !seen.includes(from))];
  const allowed = field.values ?? [];

  return (
    <div
      className="value-map"
      role="group"
      aria-label={`Values of ${header}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <p className="muted small">
        Values of “{header}” → {field.name} ({allowed.join(', ')}). Unmapped values are read as they are; a value the field
        does not allow makes the row invalid.
      </p>
      <table className="value-map-table">
        <tbody>
          {rows.map((from) => (
            <tr key={from}>
              <th scope="row">
                <code>{from}</code>
              </th>
              <td>→</td>
              <td>
                <select aria-label={`Value for ${from}`} value={values[from] ?? ''} onChange={(e) => onChange(from, e.target.value)}>
                  <option value="">as it is</option>
                  {allowed.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
          {rows.length === 0 && (
            <tr>
              <td colSpan={3} className="muted">
                No values in the first rows.
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <form
        className="inline-form"
        aria-label={`Add a value of ${header}`}
        onSubmit={(event) => {
          event.preventDefault();
          const from = extra.trim();
          if (from && allowed[0] !== undefined) onChange(from, values[from] ?? allowed[0]);
          setExtra('');
        }}
      >
        <input aria-label="Another source value" placeholder="Another value in the file" value={extra} onChange={(e) => setExtra(e.target.value)} />
        <button type="submit" disabled={!extra.trim()}>
          Add
        </button>
        <span className="toolbar-spacer" />
        <button type="button" onClick={onClose}>
          Done
        </button>
      </form>
    </div>
  );
}
