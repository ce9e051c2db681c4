import { objectLabel } from '../history/historyModel';
import { wizardSession } from './wizardSession';
import type { WizardState } from './wizardState';

/** The tables found in the files: which to import, and which one's mapping is shown. */
export function TableList({ state }: { state: WizardState }) {
  return (
    <ul className="table-list" aria-label="Tables">
      {state.tables.map((table) => {
        const draft = state.drafts.find((d) => d.tableKey === table.tableKey);
        const active = table.tableKey === state.activeTable;
        return (
          <li key={table.tableKey} className={active ? 'active' : undefined} data-testid="table-item">
            <input
              type="checkbox"
              aria-label={`Include ${table.label}`}
              checked={draft?.include ?? false}
              disabled={!draft?.object || state.task !== null}
              onChange={(e) => wizardSession.updateDraft(table.tableKey, (d) => ({ ...d, include: e.target.checked }))}
            />
            <button type="button" className="table-pick" aria-current={active ? 'true' : undefined} onClick={() => wizardSession.showTable(table.tableKey)}>
              <span className="table-label">{table.label}</span>
              <span className="muted small">
                {draft?.object ? objectLabel(draft.object) : 'not imported: choose an object'}
                {table.savedMapping ? ' · saved mapping' : ''}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
