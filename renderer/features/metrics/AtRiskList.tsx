import { useState } from 'react';
import type { AtRiskAccount } from '../../../shared/api/healthDto';
import { arrIsDerived, arrTitle, DERIVED_ARR_LEGEND, markArr } from '../../lib/arrMarker';
import { bandColor } from './chartStyle';
import { formatMoney } from './metricsFormat';

const FIRST_ROWS = 15;

const REASONS: Record<AtRiskAccount['reason'], string> = {
  red: 'Red',
  falling: 'Falling',
  red_and_falling: 'Red and falling',
};

interface Props {
  accounts: AtRiskAccount[];
  total: number;
}

/** Red or falling accounts, largest ARR first, each linking to its account page. */
export function AtRiskList({ accounts, total }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? accounts : accounts.slice(0, FIRST_ROWS);
  return (
    <section className="panel" data-testid="at-risk" aria-label="At-risk accounts">
      <h3>At risk ({total})</h3>
      <p className="muted small metrics-note">In the lowest health band, or down 5 points or more over 30 days; largest ARR first.</p>
      {accounts.length === 0 ? (
        <p className="muted">No account is red or falling.</p>
      ) : (
        <table className="metrics-table">
          <thead>
            <tr>
              <th>Account</th>
              <th className="num">ARR</th>
              <th>Health</th>
              <th className="num">Score</th>
              <th className="num">30-day change</th>
              <th>Why</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((account) => (
              <tr key={account.id}>
                <td>
                  <a href={`#/accounts/${account.id}`}>{account.name}</a>
                </td>
                <td className="num" title={arrTitle(account.arrSource, formatMoney(account.arr))}>
                  {markArr(formatMoney(account.arr), account.arrSource)}
                </td>
                <td>
                  <span className="band-dot" style={{ background: bandColor(account.band) }} /> {account.bandLabel}
                </td>
                <td className="num">{account.score ?? 'n/a'}</td>
                <td className="num">{account.scoreChange === null ? '—' : account.scoreChange > 0 ? `+${account.scoreChange}` : account.scoreChange}</td>
                <td>{REASONS[account.reason]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {accounts.length > FIRST_ROWS && (
        <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? 'Show fewer' : `Show all ${accounts.length}`}
        </button>
      )}
      {total > accounts.length && <p className="muted small">The {accounts.length} largest by ARR of {total}.</p>}
      {shown.some((account) => arrIsDerived(account.arrSource)) && <p className="muted small">{DERIVED_ARR_LEGEND}</p>}
    </section>
  );
}
