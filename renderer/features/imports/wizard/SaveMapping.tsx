import { useState } from 'react';
import type { InspectedTable } from '../../../../shared/api';
import { InlineError } from '../../../components/ErrorView';
import { useSaveMapping } from '../importQueries';
import { specFromDraft, type TableDraft } from './draft';

/** Saves the table's mapping by name; a file with the same columns gets it proposed next time. */
export function SaveMapping({ table, draft }: { table: InspectedTable; draft: TableDraft }) {
  const save = useSaveMapping();
  const [name, setName] = useState(table.savedMapping ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [savedAs, setSavedAs] = useState<string | null>(null);

  return (
    <form
      className="inline-form save-mapping"
      aria-label="Save mapping"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        const spec = specFromDraft(draft, table.label);
        if (!trimmed) return setProblem('Name the mapping, e.g. "Salesforce accounts".');
        if (!spec.ok) return setProblem(spec.problems.join('; '));
        setProblem(null);
        save.mutate({ name: trimmed, header: table.header, mapping: spec.spec }, { onSuccess: (saved) => setSavedAs(saved.name) });
      }}
    >
      <label className="form-check">
        <span>Save this mapping as</span>
        <input aria-label="Mapping name" value={name} placeholder="e.g. Salesforce accounts" onChange={(e) => setName(e.target.value)} />
      </label>
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save mapping'}
      </button>
      <span aria-live="polite" className="muted small">
        {savedAs && !save.isPending && !save.isError ? `Saved as “${savedAs}”: files with these columns will reuse it.` : ''}
      </span>
      {problem && (
        <span className="inline-error" role="alert">
          {problem}
        </span>
      )}
      <InlineError error={save.error} />
    </form>
  );
}
