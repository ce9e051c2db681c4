import { progressFraction, type RunningTask } from './wizardState';
import { describeProgress } from './wizardText';

/** The bar of a preview or commit under way, with its Cancel (nothing is written when cancelled). */
export function RunProgress({ task, label, onCancel }: { task: RunningTask; label: string; onCancel: () => void }) {
  const fraction = progressFraction(task);
  return (
    <div className="run-progress" role="group" aria-label={label} data-testid="run-progress">
      <div className="run-progress-text" aria-live="polite">
        <strong>{label}</strong> <span className="muted">{describeProgress(task.progress, 'starting…')}</span>
      </div>
      <progress aria-label={`${label} progress`} max={1} value={fraction ?? undefined} />
      <button type="button" onClick={onCancel} disabled={task.cancelling || task.taskId === null}>
        {task.cancelling ? 'Cancelling…' : 'Cancel'}
      </button>
    </div>
  );
}
