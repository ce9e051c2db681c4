import { useAccounts, useAccountsFirstScreen } from '../../api/queries';
import { ErrorView } from '../../components/ErrorView';
import { NewAccountForm } from '../../components/NewAccountForm';
import { navigate } from '../../routing/useRoute';
import { PortfolioTable } from './PortfolioTable';

/**
 * The first screen of rows arrives first and is shown at once; the whole book follows (the
 * server answers one request at a time, so it is asked for only once the first screen is in).
 */
export function PortfolioScreen() {
  const firstScreen = useAccountsFirstScreen();
  const accounts = useAccounts({ enabled: !firstScreen.isPending });
  const failed = accounts.isError ? accounts : firstScreen.isError && !accounts.data ? firstScreen : undefined;
  if (failed) {
    return (
      <div className="screen">
        <ErrorView error={failed.error} title="Could not load the portfolio" />
        <button type="button" onClick={() => void failed.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  const rows = accounts.data ?? firstScreen.data?.rows;
  if (!rows) return <p className="screen muted">Loading accounts…</p>;
  if (rows.length === 0) return <EmptyPortfolio />;
  return <PortfolioTable rows={rows} loadingTotal={accounts.data ? undefined : firstScreen.data?.total} />;
}

function EmptyPortfolio() {
  return (
    <div className="screen empty-state" data-testid="portfolio-empty">
      <h2>No accounts yet</h2>
      <p>Add your first account by name; you can fill in its details on its page.</p>
      <NewAccountForm onCreated={(account) => navigate({ name: 'account', id: account.id })} />
      <p>
        Or bring in your book from the CRM: <a href="#/import">import a Salesforce or HubSpot export</a>, or any CSV or
        Excel file.
      </p>
    </div>
  );
}
