import type { PortfolioColumn } from './columns';
import type { Option } from '../../lib/labels';
import { NO_VALUE, isRangeFilter, type FilterValue } from './filters';
import { useHealthBandOptions } from './useHealthBandOptions';

interface Props {
  column: PortfolioColumn;
  value: unknown;
  onChange: (value: FilterValue | undefined) => void;
}

const NOT_SET_LABELS: Partial<Record<PortfolioColumn['kind'], string>> = { health: '(not computed)', trend: '(no trend yet)' };

/** The filter under a header: contains for text, a select for enums, min/max for numbers. */
export function FilterControl({ column, value, onChange }: Props) {
  const label = `Filter ${column.label}`;
  if (column.kind === 'text') {
    return (
      <input
        type="search"
        className="filter-input"
        aria-label={label}
        placeholder="contains…"
        value={typeof value === 'string' ? value : ''}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  if (column.kind === 'health') return <HealthBandFilter column={column} value={value} onChange={onChange} />;
  if (column.kind === 'enum' || column.kind === 'trend') return <SelectFilter column={column} options={column.options ?? []} value={value} onChange={onChange} />;
  const range = isRangeFilter(value) ? value : { min: '', max: '' };
  const unit = column.rangeUnit ? ` (${column.rangeUnit})` : '';
  return (
    <span className="filter-range">
      <input
        className="filter-input"
        inputMode="decimal"
        aria-label={`${label} min`}
        title={`Minimum${unit}`}
        placeholder="min"
        value={range.min}
        onChange={(event) => onChange({ ...range, min: event.target.value })}
      />
      <input
        className="filter-input"
        inputMode="decimal"
        aria-label={`${label} max`}
        title={`Maximum${unit}`}
        placeholder="max"
        value={range.max}
        onChange={(event) => onChange({ ...range, max: event.target.value })}
      />
    </span>
  );
}

function SelectFilter({ column, options, value, onChange }: Props & { options: readonly Option[] }) {
  return (
    <select className="filter-input" aria-label={`Filter ${column.label}`} value={typeof value === 'string' ? value : ''} onChange={(event) => onChange(event.target.value)}>
      <option value="">All</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
      <option value={NO_VALUE}>{NOT_SET_LABELS[column.kind] ?? '(not set)'}</option>
    </select>
  );
}

/** The health filter offers the bands of the workspace's own scorecards, not only the default ones. */
function HealthBandFilter(props: Props) {
  return <SelectFilter {...props} options={useHealthBandOptions()} />;
}
