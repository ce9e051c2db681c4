import type { MouseHandlerDataParam } from 'recharts';
import { CHART_HEIGHT } from './chartStyle';

/** The month of the data point a chart click landed on (recharts gives its index as a number or a string). */
export function monthAt(rows: readonly { period: string }[], activeIndex: unknown): string | null {
  const index = typeof activeIndex === 'number' ? activeIndex : typeof activeIndex === 'string' ? Number(activeIndex) : Number.NaN;
  return Number.isInteger(index) ? (rows[index]?.period ?? null) : null;
}

/** The props of a month-by-month trend chart that drills into whichever month is clicked. */
export function monthTrendProps<Row extends { period: string }>(rows: Row[], onMonth: (period: string) => void) {
  return {
    responsive: true,
    style: { width: '100%', height: CHART_HEIGHT, cursor: 'pointer' },
    data: rows,
    margin: { left: 8, right: 8 },
    onClick: (state: MouseHandlerDataParam) => {
      const period = monthAt(rows, state.activeIndex);
      if (period) onMonth(period);
    },
  };
}
