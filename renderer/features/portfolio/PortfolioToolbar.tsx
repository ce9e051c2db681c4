import type { Table } from '@tanstack/react-table';
import { useState, type RefObject } from 'react';
import type { AccountRow } from '../../../shared/api';
import { NewAccountForm } from '../../components/NewAccountForm';
import { describeRowCount, formatInt } from '../../lib/format';
import { navigate } from '../../routing/useRoute';
import { ColumnMenu } from './ColumnMenu';

interface Props {
  table: Table<AccountRow>;
  quickFilterRef: RefObject<HTMLInputElement | null>;
  quickFilter: string;
  onQuickFilter: (value: string) => void;
  shown: number;
  total: number;
  loadingTotal?: number | undefined;
  filtersActive: boolean;
  onClearFilters: () => void;
  onResetColumns: () => void;
}

export function PortfolioToolbar(props: Props) {
  const [adding, setAdding] = useState(false);
  return (
    <div className="toolbar">
      <input
        ref={props.quickFilterRef}
        type="search"
        className="quick-filter"
        aria-label="Quick filter"
        placeholder="Quick filter  ( / )"
        value={props.quickFilter}
        onChange={(event) => props.onQuickFilter(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && props.quickFilter) {
            event.preventDefault();
            props.onQuickFilter('');
          }
        }}
      />
      <span className="row-count" data-testid="portfolio-count" aria-live="polite">
        {props.loadingTotal === undefined
          ? describeRowCount(props.shown, props.total)
          : `First ${formatInt(props.total)} of ${formatInt(props.loadingTotal)} accounts · loading the rest…`}
      </span>
      <button type="button" onClick={props.onClearFilters} disabled={!props.filtersActive}>
        Clear filters
      </button>
      <span className="toolbar-spacer" />
      <ColumnMenu table={props.table} onReset={props.onResetColumns} />
      {adding ? (
        <NewAccountForm autoFocus onCreated={(account) => navigate({ name: 'account', id: account.id })} />
      ) : (
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          New account
        </button>
      )}
    </div>
  );
}
