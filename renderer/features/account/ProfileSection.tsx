import type { Account } from '../../../shared/api';
import { useUpdateAccount } from '../../api/mutations';
import { useToast } from '../../components/Toasts';
import { ACCOUNT_FIELDS, patchFor, type AccountFieldDef, type PatchValue } from './accountFields';
import { EditableField } from './EditableField';

export function ProfileSection({ account }: { account: Account }) {
  const update = useUpdateAccount();
  const toast = useToast();

  const save = async (def: AccountFieldDef, value: PatchValue) => {
    const { previous } = await update.mutateAsync({ id: account.id, patch: patchFor(def, value) });
    toast.show({
      message: 'Saved',
      undo: () => update.mutateAsync({ id: account.id, patch: previous }),
    });
  };

  return (
    <div className="profile-grid">
      {ACCOUNT_FIELDS.map((def) => (
        <EditableField key={def.key} def={def} account={account} save={save} />
      ))}
    </div>
  );
}
