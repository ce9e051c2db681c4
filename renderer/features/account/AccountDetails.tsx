import type { Account, CustomValue } from '../../../shared/api';

function customValueText(value: CustomValue): string {
  if (value === null) return '—';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** What the workbench keeps but does not edit here: CRM ids and custom fields from imports. */
export function AccountDetails({ account }: { account: Account }) {
  const externalIds = Object.entries(account.externalIds);
  const customFields = Object.entries(account.customFields);
  return (
    <div className="details">
      <h4>External ids</h4>
      {externalIds.length === 0 ? (
        <p className="muted">None: this account was not imported from a CRM.</p>
      ) : (
        <dl className="kv" aria-label="External ids">
          {externalIds.map(([source, id]) => (
            <div key={source}>
              <dt>{source}</dt>
              <dd>
                <code>{id}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h4>Custom fields</h4>
      {customFields.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <dl className="kv" aria-label="Custom fields">
          {customFields.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{customValueText(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="muted small">
        Created {account.createdAt.slice(0, 10)} · updated {account.updatedAt.slice(0, 10)}
      </p>
    </div>
  );
}
