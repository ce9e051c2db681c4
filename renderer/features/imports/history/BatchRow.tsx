import { useEffect, useRef, useState } from 'react';
import type { ImportBatch } from '../../../../shared/api';
import { InlineError } from '../../../components/ErrorView';
import { useToast } from '../../../components/Toasts';
import { formatLocalDateTime } from '../../../lib/dates';
import { formatInt } from '../../../lib/format';
import { useUndoImport } from '../importQueries';
import { COUNT_COLUMNS, describeUndo, objectLabel } from './historyModel';

const COLUMN_COUNT = 8 + COUNT_COLUMNS.length;

/**
 * One batch, with its undo. The question is asked in a line under the batch (not a modal), and
 * a refusal (a later batch changed the same records) stays there, readable, until closed.
 */
export function BatchRow({ batch }: { batch: ImportBatch }) {
  const undo = useUndoImport();
  const toast = useToast();
  const [asking, setAsking] = useState(false);
  const undoButton = useRef<HTMLButtonElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const statusCell = useRef<HTMLTableCellElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    // Give focus back to where it was when the question closes.
    if (wasAsking.current && !asking) (undoButton.current ?? statusCell.current)?.focus();
    wasAsking.current = asking;
  }, [asking]);

  // A refusal takes the keyboard to Close, next to the message (Escape closes too).
  useEffect(() => {
    if (undo.isError) closeButton.current?.focus();
  }, [undo.isError]);

  const close = () => {
    setAsking(false);
    undo.reset();
  };
  const confirm = () => {
    if (undo.isPending) return;
    undo.mutate(batch.id, {
      onSuccess: () => {
        setAsking(false);
        toast.show({ message: `Undid import batch ${batch.id} (${batch.file})` });
      },
    });
  };

  const undone = batch.undoneAt !== null;
  return (
    <tbody className={`batch${undone ? ' batch-undone' : ''}`} data-testid="batch-row" data-batch-id={batch.id}>
      <tr>
        <td className="num muted">{batch.id}</td>
        <td className="nowrap">
          <time dateTime={batch.createdAt}>{formatLocalDateTime(batch.createdAt)}</time>
        </td>
        <td className="file-cell" title={batch.file}>
          {batch.file}
          {batch.full && <span className="chip chip-quiet">full export</span>}
        </td>
        <td>{objectLabel(batch.object)}</td>
        <td>{batch.source}</td>
        <td title={batch.mappingName}>{batch.mappingName}</td>
        {COUNT_COLUMNS.map(({ key }) => (
          <td key={key} className={`num${batch.counts[key] === 0 ? ' zero' : ''}`} data-count={key}>
            {key === 'conflicts' && batch.counts.conflicts > 0 && !undone ? (
              <a href="#/sync" title="Resolve them in Sync review">
                {formatInt(batch.counts.conflicts)}
              </a>
            ) : (
              formatInt(batch.counts[key])
            )}
          </td>
        ))}
        <td ref={statusCell} tabIndex={-1} className="nowrap" data-testid="batch-status">
          {undone ? (
            <span className="chip chip-quiet" title={batch.undoneAt ?? undefined}>
              Undone {formatLocalDateTime(batch.undoneAt ?? '')}
            </span>
          ) : (
            <span className="chip">Applied</span>
          )}
        </td>
        <td className="actions">
          {!undone && (
            <button
              ref={undoButton}
              type="button"
              onClick={() => setAsking(true)}
              disabled={asking}
              aria-expanded={asking}
              aria-label={`Undo import batch ${batch.id}`}
            >
              Undo…
            </button>
          )}
        </td>
      </tr>
      {asking && (
        <tr className="confirm-row">
          <td colSpan={COLUMN_COUNT}>
            <div
              className="confirm-strip"
              role="group"
              aria-label={`Undo import batch ${batch.id}`}
              onKeyDown={(event) => {
                if (event.key === 'Escape') {
                  event.preventDefault();
                  close();
                }
              }}
            >
              <span>
                <strong>Undo the import of {batch.file}?</strong> {describeUndo(batch)}
              </span>
              {/* Not disabled while it works: a disabled button drops the keyboard focus. */}
              <button type="button" className="primary" autoFocus onClick={confirm} aria-disabled={undo.isPending}>
                {undo.isPending ? 'Undoing…' : `Yes, undo batch ${batch.id}`}
              </button>
              <button ref={closeButton} type="button" onClick={close}>
                {undo.isError ? 'Close' : 'Cancel'}
              </button>
              <InlineError error={undo.error} />
            </div>
          </td>
        </tr>
      )}
    </tbody>
  );
}
