import type { Input } from '../../shared/api';
import { useCreateWorkspace, useOpenWorkspace } from '../api/mutations';
import { workspaceDisplayName } from '../lib/workspaceName';
import { navigate } from '../routing/useRoute';
import { useToast } from './Toasts';

/** Failures are shown from the mutation's state by the screen that asked. */
const ignore = () => undefined;

/**
 * Create or open a workspace, then show its portfolio and say which one is open. Uses the
 * mutateAsync promise rather than per-call callbacks: the demo banner that starts the switch
 * disappears as soon as the new workspace is known, and callbacks of an unmounted caller
 * would never run.
 */
export function useWorkspaceSwitch() {
  const create = useCreateWorkspace();
  const open = useOpenWorkspace();
  const toast = useToast();
  const done = (info: { path: string }) => {
    navigate({ name: 'portfolio' });
    toast.show({ message: `Opened ${workspaceDisplayName(info.path)}` });
  };
  return {
    create: (input: Input<'workspace.create'>) => void create.mutateAsync(input).then(done, ignore),
    open: (input: Input<'workspace.open'>) => void open.mutateAsync(input).then(done, ignore),
    createState: create,
    openState: open,
  };
}
