import { useAccounts } from '../../api/queries';
import { ErrorView } from '../../components/ErrorView';
import { NewAccountForm } from '../../components/NewAccountForm';
import { navigate } from '../../routing/useRoute';
import { PortfolioTable } from './PortfolioTable';

export function PortfolioScreen() {
  const accounts = useAccounts();
  if (accounts.isPending) return <p className="screen muted">Loading accounts…</p>;
  if (accounts.isError) {
    return (
      <div className="screen">
        <ErrorView error={accounts.error} title="Could not load the portfolio" />
        <button type="button" onClick={() => void accounts.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  if (accounts.data.length === 0) return <EmptyPortfolio />;
  return <PortfolioTable rows={accounts.data} />;
}

function EmptyPortfolio() {
  return (
    <div className="screen empty-state" data-testid="portfolio-empty">
      <h2>No accounts yet</h2>
      <p>Add your first account by name; you can fill in its details on its page.</p>
      <NewAccountForm onCreated={(account) => navigate({ name: 'account', id: account.id })} />
      <p className="muted">Importing Salesforce and HubSpot exports comes in a later version.</p>
    </div>
  );
}
