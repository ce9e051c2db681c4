import { useRef, useState, type RefObject } from 'react';
import { StepFooter } from './StepFooter';
import { formatBytes } from './wizardText';
import type { WizardState } from './wizardState';

/** The kinds the back-end reads; the picker offers them first, a drop takes anything (and says why not). */
const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xlsm,.zip';

interface Props {
  state: WizardState;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onAdd: (files: File[]) => void;
  onRemove: (key: string) => void;
  onContinue: () => void;
}

export function FilesStep({ state, headingRef, onAdd, onRemove, onContinue }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const busy = state.task !== null || state.files.some((f) => f.status === 'staging');
  const reading = state.task?.kind === 'inspect';

  return (
    <section className="panel wizard-step" aria-labelledby="files-heading">
      <h3 id="files-heading" ref={headingRef} tabIndex={-1}>
        Choose the files to import
      </h3>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          event.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          if (!busy) onAdd([...event.dataTransfer.files]);
        }}
      >
        <p>
          <strong>Drop files here</strong> or{' '}
          <button type="button" className="primary" onClick={() => input.current?.click()} disabled={busy}>
            Choose files…
          </button>
        </p>
        <p className="muted small">
          CSV or TXT tables, Excel workbooks (XLSX), or a Salesforce weekly Data Export (ZIP: each CSV inside becomes
          a table). Several files at once are fine: accounts first, then contacts and the rest.
        </p>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          aria-label="Files to import"
          tabIndex={-1}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            onAdd(files);
          }}
        />
      </div>

      {state.files.length > 0 && (
        <ul className="file-list" aria-label="Chosen files">
          {state.files.map((file) => (
            <li key={file.key} data-testid="file-item" data-status={file.status}>
              <span className="file-name">{file.name}</span>
              <span className="muted">{formatBytes(file.size)}</span>
              <span className={`file-status status-${file.status}`}>
                {file.status === 'staging' ? 'Sending…' : file.status === 'staged' ? 'Ready' : 'Failed'}
              </span>
              {file.error && <span className="inline-error" role="alert">{file.error}</span>}
              <span className="toolbar-spacer" />
              <button type="button" className="link-button" onClick={() => onRemove(file.key)} disabled={busy} aria-label={`Remove ${file.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted step-status" aria-live="polite">
        {reading ? 'Reading the files: encoding, delimiter, columns…' : ''}
      </p>
      <StepFooter
        state={state}
        errorTitle="Could not read the files"
        primary={{ label: 'Continue to mapping', onClick: onContinue, disabled: busy || state.tables.length === 0 }}
      />
    </section>
  );
}
