import type { HealthTrend } from '../../../shared/domain/health';
import { dayNumber } from '../../lib/dates';

/**
 * The sparkline's geometry from a trend: x by calendar day (a month without snapshots shows as
 * a stretch), y on the fixed 0–100 scale so two accounts' lines compare at a glance. An
 * unscored snapshot breaks the line; a scorecard change is a vertical mark.
 */
export interface SparklineGeometry {
  /** One SVG path per unbroken run of scored snapshots. */
  paths: string[];
  /** Lone scored snapshots between gaps, drawn as dots. */
  dots: { x: number; y: number }[];
  last: { x: number; y: number } | null;
  markers: { x: number; title: string }[];
}

export function sparklineGeometry(trend: HealthTrend, width: number, height: number, pad = 2): SparklineGeometry {
  const days = trend.points.map((point) => dayNumber(point.date) ?? 0);
  const first = days[0] ?? 0;
  const span = Math.max(1, (days[days.length - 1] ?? 0) - first);
  const x = (day: number) => round(pad + ((day - first) / span) * (width - 2 * pad));
  const y = (score: number) => round(pad + (1 - score / 100) * (height - 2 * pad));

  const paths: string[] = [];
  const dots: { x: number; y: number }[] = [];
  let run: { x: number; y: number }[] = [];
  const flush = () => {
    if (run.length === 1) dots.push(run[0]!);
    if (run.length > 1) paths.push(run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' '));
    run = [];
  };
  let last: { x: number; y: number } | null = null;
  trend.points.forEach((point, i) => {
    if (point.score === null) return flush();
    last = { x: x(days[i]!), y: y(point.score) };
    run.push(last);
  });
  flush();

  const markers = trend.markers.map((marker) => ({
    x: x(dayNumber(marker.date) ?? first),
    title: `${marker.date}: scorecard ${marker.scorecardId} v${marker.scorecardVersion} (was ${marker.previousScorecardId} v${marker.previousScorecardVersion})`,
  }));
  return { paths, dots, last, markers };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
