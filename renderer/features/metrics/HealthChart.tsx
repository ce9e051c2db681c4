import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { HealthBandTotal } from '../../../shared/api/healthDto';
import { DERIVED_ARR_LEGEND, DERIVED_ARR_MARK, derivedArrNote } from '../../lib/arrMarker';
import { formatInt } from '../../lib/format';
import { ChartPanel } from './ChartPanel';
import { AXIS_TICK, bandColor, CHART_HEIGHT, COLORS, tooltipNumber } from './chartStyle';
import { formatMoney } from './metricsFormat';

interface Props {
  health: HealthBandTotal[];
  onDrill: (band: HealthBandTotal) => void;
}

/** One small bar chart per measure (accounts, ARR): their scales differ too much to share an axis. */
function BandBars({ health, measure, onDrill }: Props & { measure: 'accounts' | 'arr' }) {
  const format = measure === 'arr' ? formatMoney : formatInt;
  const derived = measure === 'arr' ? health.reduce((sum, total) => sum + total.derivedArr, 0) : 0;
  return (
    <div className="metrics-half">
      <h4 title={derived > 0 ? DERIVED_ARR_LEGEND : undefined}>{measure === 'arr' ? (derived > 0 ? `ARR${DERIVED_ARR_MARK}` : 'ARR') : 'Accounts'}</h4>
      {/* Bands down the side: their names stay readable however narrow the panel gets. */}
      <BarChart responsive layout="vertical" style={{ width: '100%', height: CHART_HEIGHT - 40 }} data={health} margin={{ left: 0, right: 16 }}>
        <CartesianGrid stroke={COLORS.grid} horizontal={false} />
        <XAxis type="number" tick={AXIS_TICK} tickFormatter={(value: number) => format(value)} allowDecimals={false} />
        <YAxis type="category" dataKey="bandLabel" tick={AXIS_TICK} width={84} interval={0} />
        <Tooltip formatter={(value) => format(tooltipNumber(value))} />
        <Bar dataKey={measure} name={measure === 'arr' ? 'ARR' : 'Accounts'} cursor="pointer" isAnimationActive={false} onClick={(item) => onDrill(item.payload as HealthBandTotal)}>
          {health.map((total) => (
            <Cell key={total.band} fill={bandColor(total.band)} />
          ))}
        </Bar>
      </BarChart>
      {derived > 0 && (
        <p className="muted small" data-testid="derived-arr-note">
          {derivedArrNote(derived, formatMoney)}
        </p>
      )}
    </div>
  );
}

/** Active accounts by their current health band: how many, and how much ARR sits in each. */
export function HealthChart({ health, onDrill }: Props) {
  const empty = health.every((total) => total.accounts === 0);
  return (
    <ChartPanel title="Health distribution" note="Active accounts by current health band. Click a bar for its accounts." testId="chart-health">
      {empty ? (
        <p className="muted">No active accounts in this view yet.</p>
      ) : (
        <div className="metrics-pair">
          <BandBars health={health} measure="accounts" onDrill={onDrill} />
          <BandBars health={health} measure="arr" onDrill={onDrill} />
        </div>
      )}
    </ChartPanel>
  );
}
