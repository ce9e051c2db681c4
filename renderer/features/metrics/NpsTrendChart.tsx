import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { MetricsMonth } from '../../../shared/api/healthDto';
import { ChartPanel } from './ChartPanel';
import { monthTrendProps } from './chartClick';
import { AXIS_TICK, COLORS } from './chartStyle';
import { monthLabel } from './metricsFormat';

interface Props {
  months: MetricsMonth[];
  windowMonths: number;
  onDrill: (month: string) => void;
}

/** NPS per month over its trailing window, with the promoters, passives and detractors it counts. */
export function NpsTrendChart({ months, windowMonths, onDrill }: Props) {
  if (months.every((month) => month.promoters + month.passives + month.detractors === 0)) {
    return (
      <ChartPanel title="NPS trend" note={`No NPS responses in the ${windowMonths} months before any of these months: nothing to chart.`} testId="chart-nps">
        <p className="muted">Import NPS responses (score, date, account) to see the trend.</p>
      </ChartPanel>
    );
  }
  const rows = months.map((month) => ({ ...month, label: monthLabel(month.period), nps: month.nps === null ? null : Math.round(month.nps * 10) / 10 }));
  return (
    <ChartPanel
      title="NPS trend"
      note={`Each month counts the responses of the ${windowMonths} months to its end. Bars: responses; line: NPS (−100 to 100). Click a month for its accounts.`}
      testId="chart-nps"
    >
      <ComposedChart {...monthTrendProps(rows, onDrill)}>
        <CartesianGrid stroke={COLORS.grid} vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis yAxisId="responses" tick={AXIS_TICK} allowDecimals={false} width={40} />
        <YAxis yAxisId="nps" orientation="right" domain={[-100, 100]} tick={AXIS_TICK} width={40} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="responses" dataKey="promoters" name="Promoters" stackId="nps" fill={COLORS.promoters} isAnimationActive={false} />
        <Bar yAxisId="responses" dataKey="passives" name="Passives" stackId="nps" fill={COLORS.passives} isAnimationActive={false} />
        <Bar yAxisId="responses" dataKey="detractors" name="Detractors" stackId="nps" fill={COLORS.detractors} isAnimationActive={false} />
        <Line yAxisId="nps" dataKey="nps" name="NPS" stroke={COLORS.nps} strokeWidth={2} isAnimationActive={false} />
      </ComposedChart>
    </ChartPanel>
  );
}
