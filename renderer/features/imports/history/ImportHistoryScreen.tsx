import { useImportHistory } from '../importQueries';
import '../imports.css';
import { QueryStatus } from '../QueryStatus';
import { BatchRow } from './BatchRow';
import { COUNT_COLUMNS } from './historyModel';

/** Every import batch, newest first, each undoable as a whole. */
export function ImportHistoryScreen() {
  const history = useImportHistory();
  return (
    <div className="screen import-screen" data-testid="import-history">
      <div className="page-header">
        <h2>Import history</h2>
        <span className="muted">Each file of an import is one batch; undo puts back what it changed.</span>
        <span className="toolbar-spacer" />
        <a className="button-link primary" href="#/import">
          Import files…
        </a>
      </div>
      <QueryStatus
        query={history}
        loading="Loading import history…"
        errorTitle="Could not load the import history"
        empty={
          <div className="empty-state panel" data-testid="history-empty">
            <h3>No imports yet</h3>
            <p>
              Import a Salesforce or HubSpot export, or any CSV or Excel file of accounts, contacts or revenue. Every
              import shows up here and can be undone.
            </p>
            <a href="#/import">Import files</a>
          </div>
        }
      />
      {history.data && history.data.length > 0 && (
        <div className="table-frame">
          <table className="data-table history-table" aria-label="Import batches">
            <thead>
              <tr>
                <th scope="col" className="num">
                  Batch
                </th>
                <th scope="col">When</th>
                <th scope="col">File</th>
                <th scope="col">Object</th>
                <th scope="col">Source</th>
                <th scope="col">Mapping</th>
                {COUNT_COLUMNS.map((column) => (
                  <th key={column.key} scope="col" className="num" title={column.hint}>
                    {column.label}
                  </th>
                ))}
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            {history.data.map((batch) => (
              <BatchRow key={batch.id} batch={batch} />
            ))}
          </table>
        </div>
      )}
    </div>
  );
}
