import type { WorkspaceInfo } from '../../shared/api/dto';
import type { Workspace } from './db/workspace';
import type { ImportRunner } from './import/wizard/importRunner';
import type { StagedFiles } from './import/wizard/stagedFiles';
import type { Clock, EventBus } from './types';

/** What every handler may use: the open workspace, the clock and the event bus. */
export interface HandlerContext {
  readonly workspace: Workspace;
  readonly clock: Clock;
  readonly events: EventBus;
  /** ISO timestamp from the injected clock (never Date.now in handlers). */
  nowIso(): string;
  /** Closes the open workspace and opens another; used by workspace.create/open. */
  switchWorkspace(target: { path: string; ifMissing: 'empty' | 'demo' | 'fail' }): Promise<WorkspaceInfo>;
  /** Folder for workspaces created without an explicit path. */
  readonly workspacesDir: string;
  /** The Import wizard's files, named by fileId; forgotten (uploads deleted) on a switch or close. */
  readonly stagedFiles: StagedFiles;
  /** The import run going, if any: one at a time, cancellable by taskId. */
  readonly importRunner: ImportRunner;
}
