import { useState } from 'react';
import type { Account } from '../../shared/api';
import { useCreateAccount } from '../api/mutations';
import { InlineError } from './ErrorView';

/** The smallest way to add an account by hand: a name; the rest is edited on its page. */
export function NewAccountForm({ onCreated, autoFocus }: { onCreated: (account: Account) => void; autoFocus?: boolean }) {
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const create = useCreateAccount();

  return (
    <form
      className="inline-form"
      aria-label="Add account"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        if (!trimmed) {
          setLocalError('Enter the account name.');
          return;
        }
        setLocalError(null);
        create.mutate(
          { name: trimmed },
          {
            onSuccess: (account) => {
              setName('');
              onCreated(account);
            },
          },
        );
      }}
    >
      <input
        aria-label="Account name"
        placeholder="Account name"
        value={name}
        autoFocus={autoFocus}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="primary" disabled={create.isPending}>
        {create.isPending ? 'Adding…' : 'Add account'}
      </button>
      {localError && <span className="inline-error" role="alert">{localError}</span>}
      <InlineError error={create.error} />
    </form>
  );
}
