import { useMemo } from 'react';
import type { MetricsDashboardDto } from '../../../shared/api/healthDto';
import type { DrilldownPart } from '../../../shared/domain/metrics';
import { ErrorView } from '../../components/ErrorView';
import { derivedArrNote } from '../../lib/arrMarker';
import { useAccounts } from '../../api/queries';
import { drillParts, partLabel, partTotal, valueFormatter, type Drill } from './drill';
import { formatMoney } from './metricsFormat';
import { useMonthReport } from './metricsQueries';

const ROWS_PER_PART = 50;

interface Props {
  drill: Drill;
  dashboard: MetricsDashboardDto;
  segment: string | null;
  onClose: () => void;
}

function PartList({ part, format, names }: { part: DrilldownPart; format: (value: number) => string; names: Map<number, string> }) {
  const shown = part.accounts.slice(0, ROWS_PER_PART);
  return (
    <div className="drill-part">
      <h4>
        {partLabel(part.name)}: {part.accounts.length} {part.accounts.length === 1 ? 'account' : 'accounts'}, {format(partTotal(part))}
      </h4>
      {part.accounts.length === 0 ? (
        <p className="muted small">None.</p>
      ) : (
        <ul className="drill-list">
          {shown.map((account) => (
            <li key={account.accountId}>
              <a href={`#/accounts/${account.accountId}`}>{names.get(account.accountId) ?? `Account ${account.accountId}`}</a>
              <span className="num">{format(account.value)}</span>
            </li>
          ))}
        </ul>
      )}
      {part.accounts.length > ROWS_PER_PART && <p className="muted small">…and {part.accounts.length - ROWS_PER_PART} more (largest first).</p>}
    </div>
  );
}

/** The accounts behind the figure or band last clicked, with links to their pages. */
export function DrilldownPanel({ drill, dashboard, segment, onClose }: Props) {
  const otherMonth = drill.kind === 'figure' && drill.month !== dashboard.report.period.last ? drill.month : null;
  const monthReport = useMonthReport(otherMonth, segment);
  const accounts = useAccounts();
  const names = useMemo(() => new Map((accounts.data ?? []).map((row) => [row.id, row.name])), [accounts.data]);
  const arrs = useMemo(() => new Map((accounts.data ?? []).map((row) => [row.id, row.arr])), [accounts.data]);

  let body;
  if (drill.kind === 'band') {
    const band = dashboard.health.find((total) => total.band === drill.band);
    const part: DrilldownPart = {
      name: `${band?.bandLabel ?? drill.band} (ARR)`,
      accounts: (band?.accountIds ?? []).map((accountId) => ({ accountId, value: arrs.get(accountId) ?? 0 })),
    };
    body = (
      <>
        <PartList part={part} format={formatMoney} names={names} />
        {(band?.derivedArr ?? 0) > 0 && (
          <p className="muted small">
            {derivedArrNote(band!.derivedArr, formatMoney)}
          </p>
        )}
      </>
    );
  } else {
    const report = otherMonth === null ? dashboard.report : monthReport.data;
    if (report === undefined) {
      body = monthReport.isError ? <ErrorView error={monthReport.error} title="Could not load that month" /> : <p className="muted">Loading the accounts…</p>;
    } else {
      const format = valueFormatter(drill.metric);
      body = drillParts(report, drill.metric, drill.part).map((part) => <PartList key={part.name} part={part} format={format} names={names} />);
    }
  }

  return (
    <aside className="panel drill-panel" data-testid="drilldown" aria-label="Accounts behind the figure">
      <div className="section-header">
        <h3>{drill.title}</h3>
        <button type="button" onClick={onClose} aria-label="Close the drill-down">
          Close
        </button>
      </div>
      {body}
    </aside>
  );
}
