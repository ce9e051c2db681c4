import type { DrilldownMetric, MetricsReport } from '../../../shared/domain/metrics';
import { kpiTiles } from './kpis';

interface Props {
  report: MetricsReport;
  onDrill: (metric: DrilldownMetric, label: string) => void;
}

/** The period's figures, each a button that opens the accounts behind it. */
export function KpiTiles({ report, onDrill }: Props) {
  return (
    <div className="kpi-grid" data-testid="kpi-tiles">
      {kpiTiles(report).map((tile) => (
        <button key={tile.metric} type="button" className="kpi-tile" title={tile.hint} onClick={() => onDrill(tile.metric, tile.label)} data-testid={`kpi-${tile.metric}`}>
          <span className="kpi-label">{tile.label}</span>
          <span className="kpi-values">
            <span className="kpi-monthly">{tile.monthly}</span>
            <span className="kpi-annualised" title={tile.annualisedNote}>
              {tile.annualised !== '' && (
                <>
                  {tile.annualised} <span className="muted">a year</span>
                </>
              )}
            </span>
          </span>
          <span className="kpi-note">{tile.naReason ?? tile.annualisedNote}</span>
        </button>
      ))}
    </div>
  );
}
