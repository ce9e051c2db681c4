import { useState } from 'react';
import type { MetricsDashboardDto } from '../../../shared/api/healthDto';
import { ErrorView } from '../../components/ErrorView';
import { AtRiskList } from './AtRiskList';
import { DrilldownPanel } from './DrilldownPanel';
import type { Drill } from './drill';
import { HealthChart } from './HealthChart';
import { KpiTiles } from './KpiTiles';
import { MetricsToolbar } from './MetricsToolbar';
import { monthLabel } from './metricsFormat';
import { useMetricsDashboard } from './metricsQueries';
import { MovementsChart } from './MovementsChart';
import { NpsTrendChart } from './NpsTrendChart';
import { RetentionTrendChart } from './RetentionTrendChart';
import './metrics.css';

const MOVEMENT_TITLES = { new: 'New MRR', expansion: 'Expansion', reactivation: 'Reactivation', contraction: 'Contraction', churned: 'Churned MRR' };

function NoRevenue() {
  return (
    <section className="panel empty-state" data-testid="metrics-empty">
      <h3>No revenue data yet</h3>
      <p>
        Churn, retention, ARPA and LTV come from MRR per account per month. This workspace has no revenue history and no subscriptions, so
        there is nothing to compute them from.
      </p>
      <p>
        <a href="#/import">Import a revenue file</a> (one row per account and month, or one per subscription with its start and end dates).
      </p>
    </section>
  );
}

function Dashboard({ data, segment, setDrill }: { data: MetricsDashboardDto; segment: string | null; setDrill: (drill: Drill) => void }) {
  const { report, months } = data;
  const period = monthLabel(report.period.last);
  return (
    <>
      {data.revenueMonths === null ? (
        <NoRevenue />
      ) : (
        <>
          <KpiTiles report={report} onDrill={(metric, label) => setDrill({ kind: 'figure', metric, month: report.period.last, title: `${label}, ${period}` })} />
          <div className="metrics-grid">
            <MovementsChart
              months={months}
              onDrill={(month, movement) =>
                setDrill({ kind: 'figure', metric: 'mrrMovements', part: movement, month, title: `${MOVEMENT_TITLES[movement]}, ${monthLabel(month)}` })
              }
            />
            <RetentionTrendChart months={months} onDrill={(month, metric) => setDrill({ kind: 'figure', metric, month, title: `NRR and GRR, ${monthLabel(month)}` })} />
          </div>
        </>
      )}
      <div className="metrics-grid">
        <HealthChart health={data.health} onDrill={(band) => setDrill({ kind: 'band', band: band.band, title: `${band.bandLabel} accounts` })} />
        <NpsTrendChart
          months={months}
          windowMonths={report.settings.npsWindowMonths}
          onDrill={(month) => setDrill({ kind: 'figure', metric: 'nps', month, title: `NPS responses, ${report.settings.npsWindowMonths} months to ${monthLabel(month)}` })}
        />
      </div>
      <AtRiskList accounts={data.atRisk} total={data.atRiskTotal} />
      {segment !== null && <p className="muted small">Segment: {segment}.</p>}
    </>
  );
}

/** The Metrics dashboard (#/metrics): the month's KPIs, trends, health and the at-risk list, each drilling to its accounts. */
export function MetricsScreen() {
  const [period, setPeriod] = useState<string | null>(null);
  const [segment, setSegment] = useState<string | null>(null);
  const [drill, setDrill] = useState<Drill | null>(null);
  const dashboard = useMetricsDashboard(period, segment);
  const data = dashboard.data;

  return (
    <div className="screen metrics-screen">
      <div className="page-header">
        <h2>Metrics</h2>
        {data && (
          <MetricsToolbar
            dashboard={data}
            segment={segment}
            onPeriod={(next) => {
              setPeriod(next);
              setDrill(null);
            }}
            onSegment={(next) => {
              setSegment(next);
              setDrill(null);
            }}
          />
        )}
        {dashboard.isFetching && data && <span className="muted small">Updating…</span>}
      </div>
      {dashboard.isPending && <p className="muted">Computing the metrics…</p>}
      {dashboard.isError && (
        <>
          <ErrorView error={dashboard.error} title="Could not compute the metrics" />
          <button type="button" onClick={() => void dashboard.refetch()}>
            Try again
          </button>
        </>
      )}
      {data && (
        <div className={drill ? 'metrics-layout with-drill' : 'metrics-layout'}>
          <div className="metrics-main">
            <Dashboard data={data} segment={segment} setDrill={setDrill} />
          </div>
          {drill && <DrilldownPanel drill={drill} dashboard={data} segment={segment} onClose={() => setDrill(null)} />}
        </div>
      )}
    </div>
  );
}
