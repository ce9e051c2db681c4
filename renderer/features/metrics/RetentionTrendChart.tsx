import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricsMonth } from '../../../shared/api/healthDto';
import { ChartPanel } from './ChartPanel';
import { AXIS_TICK, COLORS, tooltipNumber } from './chartStyle';
import { formatRate, monthLabel } from './metricsFormat';
import { monthTrendProps } from './chartClick';

interface Props {
  months: MetricsMonth[];
  onDrill: (month: string, metric: 'grr' | 'nrr') => void;
}

/** GRR and NRR per month; a month with no customers at its start is a gap (n/a), not 0. */
export function RetentionTrendChart({ months, onDrill }: Props) {
  const rows = months.map((month) => ({ period: month.period, label: monthLabel(month.period), grr: month.grr, nrr: month.nrr }));
  return (
    <ChartPanel title="GRR and NRR per month" note="Monthly; 100% keeps all revenue. A gap is n/a (no customers at the month's start). Click a month for its accounts." testId="chart-retention">
      <LineChart {...monthTrendProps(rows, (period) => onDrill(period, 'nrr'))}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} tickFormatter={(value: number) => formatRate(value)} width={56} domain={['auto', 'auto']} />
        <Tooltip formatter={(value) => formatRate(tooltipNumber(value))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine y={1} stroke={COLORS.axis} strokeDasharray="4 4" />
        <Line dataKey="grr" name="GRR" stroke={COLORS.grr} strokeWidth={2} isAnimationActive={false} />
        <Line dataKey="nrr" name="NRR" stroke={COLORS.nrr} strokeWidth={2} isAnimationActive={false} />
      </LineChart>
    </ChartPanel>
  );
}
