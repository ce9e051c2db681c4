import { Bar, BarChart, CartesianGrid, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricsMonth } from '../../../shared/api/healthDto';
import { ChartPanel } from './ChartPanel';
import { AXIS_TICK, CHART_HEIGHT, COLORS, tooltipNumber } from './chartStyle';
import { formatMoney, monthLabel } from './metricsFormat';

type Movement = keyof MetricsMonth['movements'];

/** Gains stack above the axis, losses below it, so a month's net change reads at a glance. */
const SERIES: { key: Movement; label: string; sign: 1 | -1 }[] = [
  { key: 'new', label: 'New', sign: 1 },
  { key: 'expansion', label: 'Expansion', sign: 1 },
  { key: 'reactivation', label: 'Reactivation', sign: 1 },
  { key: 'contraction', label: 'Contraction', sign: -1 },
  { key: 'churned', label: 'Churned', sign: -1 },
];

interface Props {
  months: MetricsMonth[];
  onDrill: (month: string, movement: Movement) => void;
}

export function MovementsChart({ months, onDrill }: Props) {
  const rows = months.map((month) => ({
    period: month.period,
    label: monthLabel(month.period),
    ...Object.fromEntries(SERIES.map(({ key, sign }) => [key, sign * month.movements[key]])),
  }));
  return (
    <ChartPanel title="MRR movements per month" note="Gains above the line, losses below. Click a bar for the accounts behind it." testId="chart-movements">
      <BarChart responsive style={{ width: '100%', height: CHART_HEIGHT }} data={rows} stackOffset="sign" margin={{ left: 8, right: 8 }}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis tick={AXIS_TICK} tickFormatter={(value: number) => formatMoney(value)} width={56} />
        <Tooltip formatter={(value) => formatMoney(Math.abs(tooltipNumber(value)))} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <ReferenceLine y={0} stroke={COLORS.axis} />
        {SERIES.map(({ key, label }) => (
          <Bar
            key={key}
            dataKey={key}
            name={label}
            stackId="movements"
            fill={COLORS[key]}
            cursor="pointer"
            isAnimationActive={false}
            onClick={(item) => onDrill((item.payload as { period: string }).period, key)}
          />
        ))}
      </BarChart>
    </ChartPanel>
  );
}
