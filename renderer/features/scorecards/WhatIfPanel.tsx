import { useMemo, useState } from 'react';
import type { HealthBookDto } from '../../../shared/api';
import type { HealthBook, Scorecard } from '../../../shared/domain/health';
import { compareSetsOnBook, type ScorecardSetComparison } from '../../../shared/domain/health/whatIfSet';
import { formatInt, formatMoneyCompact } from '../../lib/format';
import { arrIsDerived, DERIVED_ARR_LEGEND, DERIVED_ARR_MARK } from '../../lib/arrMarker';
import { accountsText } from './text';

interface Props {
  book: HealthBook;
  accounts: HealthBookDto['accounts'];
  asOf: string;
  current: readonly Scorecard[];
  /** The list as Save would leave it; null while the draft has problems. */
  proposed: readonly Scorecard[] | null;
  /** What is compared with the saved scorecards: "the draft" unless told. */
  subject?: string;
}

const SHOWN_PER_MOVE = 25;


/** Accounts and ARR per band before and after the edit, and which accounts would move: computed on every change, before saving. */
export function WhatIfPanel({ book, accounts, asOf, current, proposed, subject = 'the draft' }: Props) {
  const comparison = useMemo(() => (proposed === null ? null : compareSetsOnBook(book, accounts, current, proposed)), [book, accounts, current, proposed]);
  return (
    <section className="panel what-if" aria-label="What-if" data-testid="what-if">
      <h3>What would change</h3>
      <p className="muted small">
        {formatInt(accounts.length)} accounts, scored as of {asOf} with {subject} instead of the saved scorecards. Overrides aside.
      </p>
      {accounts.length === 0 && <p className="muted">The workspace has no accounts yet: nothing to compare.</p>}
      {accounts.length > 0 && comparison === null && <p className="muted">Fix the problems above to see how the book would move.</p>}
      {accounts.length > 0 && comparison !== null && <Comparison comparison={comparison} accounts={accounts} />}
    </section>
  );
}

function Comparison({ comparison, accounts }: { comparison: ScorecardSetComparison; accounts: HealthBookDto['accounts'] }) {
  const names = useMemo(() => new Map(accounts.map((account) => [account.id as number | string, account.name])), [accounts]);
  const bands = [...new Set([...comparison.before.map((t) => t.band), ...comparison.after.map((t) => t.band)])];
  const label = (band: string) => comparison.after.find((t) => t.band === band)?.bandLabel ?? comparison.before.find((t) => t.band === band)?.bandLabel ?? band;
  const total = (side: 'before' | 'after', band: string) => comparison[side].find((t) => t.band === band) ?? { accounts: 0, arr: 0 };
  // Any ARR worked out from revenue rather than entered makes every ARR figure here partly derived.
  const anyDerived = useMemo(() => accounts.some((account) => arrIsDerived(account.arrSource)), [accounts]);
  const arrMark = anyDerived ? DERIVED_ARR_MARK : '';
  const arrTitle = anyDerived ? DERIVED_ARR_LEGEND : undefined;
  return (
    <>
      <p className="what-if-summary" data-testid="what-if-summary">
        {comparison.moved.accounts === 0
          ? 'No account would change band.'
          : `${accountsText(comparison.moved.accounts)} (${formatMoneyCompact(comparison.moved.arr)} ARR) would change band.`}
        {comparison.switched.accounts > 0 && ` ${accountsText(comparison.switched.accounts)} would be scored by another scorecard.`}
      </p>
      <table className="what-if-table">
        <thead>
          <tr>
            <th scope="col">Band</th>
            <th scope="col">Now</th>
            <th scope="col" title={arrTitle}>ARR{arrMark} now</th>
            <th scope="col">After</th>
            <th scope="col" title={arrTitle}>ARR{arrMark} after</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((band) => {
            const before = total('before', band);
            const after = total('after', band);
            const change = after.accounts - before.accounts;
            return (
              <tr key={band} className={`band-${band}`} data-testid={`what-if-band-${band}`}>
                <th scope="row">
                  <span className="band-swatch" aria-hidden="true" /> {label(band)}
                </th>
                <td>{formatInt(before.accounts)}</td>
                <td>{formatMoneyCompact(before.arr)}</td>
                <td>{formatInt(after.accounts)}</td>
                <td>{formatMoneyCompact(after.arr)}</td>
                <td className={change > 0 ? 'up' : change < 0 ? 'down' : 'muted'}>{change > 0 ? `+${formatInt(change)}` : change === 0 ? '—' : formatInt(change)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {anyDerived && (
        <p className="muted small" data-testid="what-if-derived-arr">
          {DERIVED_ARR_LEGEND}
        </p>
      )}
      {comparison.moves.length > 0 && (
        <ul className="moves" aria-label="Accounts that would move">
          {comparison.moves.map((move) => (
            <Move key={`${move.from}>${move.to}`} move={move} names={names} />
          ))}
        </ul>
      )}
      {comparison.switched.accounts > 0 && (
        <details className="switched" data-testid="what-if-switched">
          <summary>
            Scored by another scorecard: {accountsText(comparison.switched.accounts)}, {formatMoneyCompact(comparison.switched.arr)} ARR
          </summary>
          <AccountLinks ids={comparison.switched.accountIds} names={names} />
        </details>
      )}
    </>
  );
}

function Move({ move, names }: { move: ScorecardSetComparison['moves'][number]; names: Map<number | string, string> }) {
  return (
    <li className="move" data-testid={`move-${move.from}-${move.to}`}>
      <div className="move-head">
        <span className={`band-chip band-${move.from}`}>{move.fromLabel}</span> → <span className={`band-chip band-${move.to}`}>{move.toLabel}</span>
        <span className="muted">
          {' '}
          {accountsText(move.accounts)}, {formatMoneyCompact(move.arr)} ARR
        </span>
      </div>
      <AccountLinks ids={move.accountIds} names={names} />
    </li>
  );
}

/** Links to the accounts' pages, the first few at once and the rest on demand. */
function AccountLinks({ ids, names }: { ids: readonly (number | string)[]; names: Map<number | string, string> }) {
  const [all, setAll] = useState(false);
  const shown = all ? ids : ids.slice(0, SHOWN_PER_MOVE);
  return (
    <>
      <ul className="move-accounts">
        {shown.map((id) => (
          <li key={String(id)}>
            <a href={`#/accounts/${String(id)}`}>{names.get(id) ?? `Account ${String(id)}`}</a>
          </li>
        ))}
      </ul>
      {ids.length > shown.length && (
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Show all {formatInt(ids.length)}
        </button>
      )}
    </>
  );
}
