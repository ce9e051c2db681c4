import type { InspectedTable } from '../../../../shared/api';
import { OBJECT_NAMES, type ObjectName } from '../../../../shared/domain/import/fields';
import { objectLabel } from '../history/historyModel';
import { useApi } from '../../../api/ApiProvider';
import { withObject, type ReadSettings, type TableDraft } from './draft';
import { MappingTable } from './MappingTable';
import { SaveMapping } from './SaveMapping';
import { wizardSession } from './wizardSession';
import { DATE_ORDERS, DELIMITERS, delimiterLabel, ENCODINGS, profileLabel } from './wizardText';

interface Props {
  table: InspectedTable;
  draft: TableDraft;
  disabled: boolean;
}

/** One table: how it reads (encoding, delimiter, dates), what it holds, and its columns. */
export function TableDetail({ table, draft, disabled }: Props) {
  const api = useApi();
  const update = (change: (d: TableDraft) => TableDraft) => wizardSession.updateDraft(table.tableKey, change);
  const reread = (change: ReadSettings) => void wizardSession.reread(api, table.tableKey, change);
  const { encoding: detectedEncoding, delimiter: detectedDelimiter } = draft.detected;
  const isText = detectedDelimiter !== null;
  return (
    <div className="table-detail" data-testid="table-detail" data-table={table.label}>
      <div className="table-detail-head">
        <h4 className="table-title">{table.label}</h4>
        <span className="chip chip-quiet">{profileLabel(table.profile)}</span>
        {table.sourceObject && <span className="chip chip-quiet">{table.sourceObject}</span>}
        {table.savedMapping && (
          <span className="chip" data-testid="reused-mapping">
            Reused saved mapping “{table.savedMapping}”
          </span>
        )}
      </div>
      <fieldset className="table-settings" disabled={disabled}>
        <legend>How the table reads</legend>
        <label className="form-field">
          <span>Holds</span>
          <select aria-label="Object" value={draft.object ?? ''} onChange={(e) => update((d) => withObject(d, (e.target.value || null) as ObjectName | null))}>
            <option value="">— not imported —</option>
            {OBJECT_NAMES.map((name) => (
              <option key={name} value={name}>
                {objectLabel(name)}
              </option>
            ))}
          </select>
        </label>
        <label className="form-field">
          <span>Source</span>
          <input aria-label="Source" value={draft.source} onChange={(e) => update((d) => ({ ...d, source: e.target.value }))} placeholder="e.g. salesforce" />
        </label>
        {isText && (
          <label className="form-field">
            <span>Encoding</span>
            <select aria-label="Encoding" value={draft.encoding} onChange={(e) => reread({ encoding: e.target.value })}>
              <option value="">{`${detectedEncoding ?? 'Automatic'} (detected)`}</option>
              {ENCODINGS.filter((name) => name.toLowerCase() !== detectedEncoding?.toLowerCase()).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        )}
        {isText && (
          <label className="form-field">
            <span>Delimiter</span>
            <select aria-label="Delimiter" value={draft.delimiter} onChange={(e) => reread({ delimiter: e.target.value })}>
              <option value="">{`${delimiterLabel(detectedDelimiter)} (detected)`}</option>
              {DELIMITERS.filter((x) => x.value !== detectedDelimiter).map((x) => (
                <option key={x.value} value={x.value}>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {table.sheets.length > 1 && (
          <label className="form-field">
            <span>Sheet</span>
            <select aria-label="Sheet" value={draft.sheet || table.sheet || ''} onChange={(e) => reread({ sheet: e.target.value })}>
              {table.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="form-field">
          <span>Dates</span>
          <select aria-label="Date order" value={draft.dateOrder} onChange={(e) => update((d) => ({ ...d, dateOrder: e.target.value as TableDraft['dateOrder'] }))}>
            {DATE_ORDERS.map((order) => (
              <option key={order.value} value={order.value}>
                {order.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {table.warnings.length > 0 && (
        <ul className="notice warnings" aria-label="Warnings">
          {table.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      {!draft.object && (
        <p className="notice">Choose what this table holds to map its columns, or leave it out of the import.</p>
      )}
      {/* Keyed by table: an open value editor or a typed name belongs to the table it was for. */}
      <MappingTable key={`map:${table.tableKey}`} table={table} draft={draft} disabled={disabled || !draft.object} />
      {draft.object && <SaveMapping key={`save:${table.tableKey}`} table={table} draft={draft} />}
    </div>
  );
}
