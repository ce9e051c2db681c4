import type { HealthTrend } from '../../../shared/domain/health';
import { sparklineGeometry } from './sparkline';

const WIDTH = 160;
const HEIGHT = 36;

/** The computed score over the stored snapshots, with scorecard changes marked by dashed lines. */
export function HealthSparkline({ trend }: { trend: HealthTrend }) {
  const scored = trend.points.filter((point) => point.score !== null);
  if (scored.length === 0) return <span className="muted small">No snapshots yet</span>;
  const geometry = sparklineGeometry(trend, WIDTH, HEIGHT);
  const first = trend.points[0]!.date;
  const last = trend.points[trend.points.length - 1]!.date;
  const label = `Health from ${first} to ${last}: ${scored.map((p) => p.score).join(', ')}${
    trend.markers.length > 0 ? `; scorecard changed on ${trend.markers.map((m) => m.date).join(', ')}` : ''
  }`;
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="health-sparkline">
      <title>{label}</title>
      {geometry.markers.map((marker) => (
        <line key={marker.title} className="sparkline-marker" x1={marker.x} x2={marker.x} y1={0} y2={HEIGHT} data-testid="version-marker">
          <title>{marker.title}</title>
        </line>
      ))}
      {geometry.paths.map((d) => (
        <path key={d} className="sparkline-line" d={d} />
      ))}
      {geometry.dots.map((dot) => (
        <circle key={`${dot.x},${dot.y}`} className="sparkline-dot" cx={dot.x} cy={dot.y} r={1.5} />
      ))}
      {geometry.last && <circle className="sparkline-last" cx={geometry.last.x} cy={geometry.last.y} r={2.5} />}
    </svg>
  );
}
