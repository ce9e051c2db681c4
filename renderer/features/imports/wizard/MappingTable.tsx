import { Fragment, useMemo, useState } from 'react';
import type { InspectedTable } from '../../../../shared/api';
import { distinctSamples, draftFromTable, fieldSpec, fieldsOf, withColumnField, withValueMapping, type TableDraft } from './draft';
import { ValueMapEditor } from './ValueMapEditor';
import { wizardSession } from './wizardSession';
import { samplesLine } from './wizardText';

interface Props {
  table: InspectedTable;
  draft: TableDraft;
  disabled: boolean;
}

/** Each column with its samples, the field it feeds (or custom), its type and its value translations. */
export function MappingTable({ table, draft, disabled }: Props) {
  const proposed = useMemo(() => new Map(draftFromTable(table).columns.map((c) => [c.header, c.field])), [table]);
  const [openValues, setOpenValues] = useState<string | null>(null);
  const [onlyMapped, setOnlyMapped] = useState(false);
  const fields = fieldsOf(draft.object);
  const mapped = draft.columns.filter((c) => c.field !== null).length;

  return (
    <div className="mapping">
      <div className="mapping-head">
        <p className="muted small">
          {mapped} of {draft.columns.length} columns feed workbench fields; the others are kept as custom fields under
          their own header. Samples come from the first 20 rows.
        </p>
        <label className="form-check small">
          <input type="checkbox" checked={onlyMapped} onChange={(e) => setOnlyMapped(e.target.checked)} />
          <span>Only columns that feed a field</span>
        </label>
      </div>
      <div className="table-frame mapping-frame">
        <table className="data-table mapping-table" aria-label={`Columns of ${table.label}`}>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">Sample values</th>
              <th scope="col">Imports into</th>
              <th scope="col">Type</th>
              <th scope="col">Values</th>
            </tr>
          </thead>
          <tbody>
            {draft.columns.map((column, index) => {
              const samples = table.columns.find((c) => c.index === index)?.samples ?? [];
              const spec = fieldSpec(draft, column.field);
              const was = proposed.get(column.header) ?? null;
              const valueCount = Object.keys(column.values).length;
              const open = openValues === column.header && spec?.type === 'enum';
              if (onlyMapped && column.field === null) return null;
              return (
                <Fragment key={`${index}:${column.header}`}>
                  <tr data-testid="mapping-row" data-column={column.header} className={column.field ? undefined : 'custom-row'}>
                    <th scope="row" className="column-name">
                      {column.header || <em className="muted">(no header)</em>}
                    </th>
                    <td className="samples" title={samples.join('\n')}>
                      {samples.length > 0 ? <span className="samples-text">{samplesLine(distinctSamples(samples))}</span> : <span className="muted">empty in the first rows</span>}
                    </td>
                    <td>
                      <select
                        aria-label={`Target of ${column.header}`}
                        value={column.field ?? ''}
                        disabled={disabled}
                        onChange={(e) => wizardSession.updateDraft(table.tableKey, (d) => withColumnField(d, column.header, e.target.value || null))}
                      >
                        <option value="">Keep as custom field</option>
                        {fields.map((f) => (
                          <option key={f.name} value={f.name}>
                            {f.name} — {f.description}
                          </option>
                        ))}
                      </select>
                      {was !== column.field && <span className="muted small proposed">proposed: {was ?? 'custom field'}</span>}
                    </td>
                    <td className="type-cell">{spec ? spec.type : <span className="muted">custom</span>}</td>
                    <td>
                      {spec?.type === 'enum' && (
                        <button
                          type="button"
                          className="link-button"
                          aria-expanded={open}
                          onClick={() => setOpenValues(open ? null : column.header)}
                          aria-label={`Map values of ${column.header}`}
                        >
                          Map values{valueCount > 0 ? ` (${valueCount})` : '…'}
                        </button>
                      )}
                    </td>
                  </tr>
                  {open && spec && (
                    <tr className="values-row">
                      <td colSpan={5}>
                        <ValueMapEditor
                          header={column.header}
                          field={spec}
                          samples={samples}
                          values={column.values}
                          onChange={(from, to) => wizardSession.updateDraft(table.tableKey, (d) => withValueMapping(d, column.header, from, to))}
                          onClose={() => setOpenValues(null)}
                        />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
