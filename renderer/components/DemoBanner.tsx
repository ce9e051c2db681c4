import { ConfirmAction } from './ConfirmAction';
import { InlineError } from './ErrorView';
import { useWorkspaceSwitch } from './useWorkspaceSwitch';

/** Says loudly that the demo's customers are invented, and offers the way out. */
export function DemoBanner() {
  const { create, createState } = useWorkspaceSwitch();
  return (
    <div className="demo-banner" role="region" aria-label="Demo workspace" data-testid="demo-banner">
      <strong>Demo workspace: sample data, not your customers</strong>
      <ConfirmAction
        label="Start an empty workspace"
        prompt="Switch to a new, empty workspace? The demo stays on disk and can be opened from Settings."
        busy={createState.isPending}
        onConfirm={() => create({ kind: 'empty' })}
      />
      <InlineError error={createState.error} />
    </div>
  );
}
