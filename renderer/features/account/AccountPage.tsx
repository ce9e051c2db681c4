import { ACCOUNT_STATUSES } from '../../../shared/api/vocabulary';
import { ApiCallError } from '../../api/client';
import { useAccount } from '../../api/queries';
import { ErrorView } from '../../components/ErrorView';
import { STATUS_LABELS } from '../../lib/labels';
import { AccountDetails } from './AccountDetails';
import { ContactsSection } from './ContactsSection';
import { HealthPanel } from './HealthPanel';
import { LogActivityForm } from './LogActivityForm';
import { ProfileSection } from './ProfileSection';
import { Timeline } from './Timeline';

export function AccountPage({ id }: { id: number }) {
  const detail = useAccount(id);

  if (detail.isPending) return <p className="screen muted">Loading account…</p>;
  if (detail.isError) {
    const missing = detail.error instanceof ApiCallError && detail.error.code === 'NOT_FOUND';
    return (
      <div className="screen">
        {missing ? (
          <div className="empty-state">
            <h2>Account not found</h2>
            <p>There is no account #{id} in this workspace.</p>
          </div>
        ) : (
          <ErrorView error={detail.error} title="Could not load the account" />
        )}
        <a href="#/portfolio">← Back to the portfolio</a>
      </div>
    );
  }

  const { account, contacts } = detail.data;
  const status = ACCOUNT_STATUSES.includes(account.status) ? STATUS_LABELS[account.status] : account.status;
  return (
    <div className="screen account-page" data-testid="account-page" data-account-id={account.id}>
      <div className="page-header">
        <a href="#/portfolio" className="back-link">
          ← Portfolio
        </a>
        <h2>{account.name}</h2>
        <span className={`chip status-${account.status}`}>{status}</span>
        {account.domain && <span className="muted">{account.domain}</span>}
      </div>
      <div className="account-layout">
        <div className="account-side">
          <section className="panel" aria-label="Profile">
            <h3>Profile</h3>
            <ProfileSection account={account} />
          </section>
          <section className="panel" aria-label="Imported data">
            <AccountDetails account={account} />
          </section>
        </div>
        <div className="account-main">
          <HealthPanel accountId={account.id} />
          <section className="panel" aria-label="Contacts">
            <ContactsSection accountId={account.id} contacts={contacts} />
          </section>
          <section className="panel" aria-label="Activities">
            <h3>Timeline</h3>
            <LogActivityForm accountId={account.id} contacts={contacts} />
            <Timeline accountId={account.id} contacts={contacts} />
          </section>
        </div>
      </div>
    </div>
  );
}
