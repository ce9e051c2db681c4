import type { ReactNode } from 'react';
import { ErrorView } from '../../../components/ErrorView';
import { RunProgress } from './RunProgress';
import { wizardSession } from './wizardSession';
import type { Step, TaskKind, WizardState } from './wizardState';

interface Props {
  state: WizardState;
  errorTitle: string;
  /** The task this step runs, shown with a progress bar and Cancel while it goes. */
  task?: { kind: TaskKind; label: string; onCancel: () => void };
  back?: { label: string; step: Step };
  summary?: ReactNode;
  primary: { label: string; onClick: () => void; disabled?: boolean };
}

/** The bottom of a wizard step: what happened (notice, error, progress), then back and forward. */
export function StepFooter({ state, errorTitle, task, back, summary, primary }: Props) {
  const running = task && state.task?.kind === task.kind ? state.task : null;
  return (
    <>
      {state.notice && (
        <p className="notice notice-info" role="status">
          {state.notice}
        </p>
      )}
      {state.error !== null && <ErrorView error={state.error} title={errorTitle} />}
      {running && task && <RunProgress task={running} label={task.label} onCancel={task.onCancel} />}
      <div className="form-actions wizard-actions">
        {back && (
          <button type="button" onClick={() => wizardSession.go(back.step)} disabled={state.task !== null}>
            ← {back.label}
          </button>
        )}
        <span className="toolbar-spacer" />
        {summary && <span className="muted">{summary}</span>}
        <button type="button" className="primary" onClick={primary.onClick} disabled={state.task !== null || primary.disabled}>
          {primary.label}
        </button>
      </div>
    </>
  );
}
