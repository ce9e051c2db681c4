import type { WorkspaceInfo } from '../../shared/api/dto';
import { AppError } from '../../shared/api/errors';
import type { HandlerContext } from './context';
import type { Workspace } from './db/workspace';
import { createDispatch } from './dispatch';
import { createEventBus } from './events';
import { handlers } from './handlers';
import { ImportRunner } from './import/wizard/importRunner';
import { StagedFiles } from './import/wizard/stagedFiles';
import { openWorkspaceFile } from './openWorkspaceFile';
import { refreshHealthOnOpen } from './health/refresh';
import { workspacesDir as defaultWorkspacesDir } from './paths';
import { writeAppSettings } from './settings';
import type { Backend, BackendOptions } from './types';
import { describeWorkspace } from './workspaceInfo';

export type { Backend, BackendOptions } from './types';

/**
 * The whole back-end behind one dispatch: the same object serves Electron's IPC, the browser
 * build's HTTP server, the command line and the tests.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? (() => new Date());
  const events = createEventBus();
  let workspace: Workspace = await openWorkspaceFile(options.dbPath, options.ifMissing ?? 'empty', clock);
  const announceRescore = () => events.emit('accounts.changed', { ids: [] });
  void refreshHealthOnOpen(workspace, clock(), announceRescore);
  // Workspace switches are serialised so two quick clicks cannot leave two files open.
  let switching: Promise<unknown> = Promise.resolve();
  const stagedFiles = new StagedFiles(options.tempDir);
  const importRunner = new ImportRunner({ events, clock, runImport: options.runImport, importWorkerPath: options.importWorkerPath });

  const context: HandlerContext = {
    get workspace() {
      return workspace;
    },
    clock,
    events,
    workspacesDir: options.workspacesDir ?? defaultWorkspacesDir(),
    nowIso: () => clock().toISOString(),
    stagedFiles,
    importRunner,
    switchWorkspace: (target) => {
      const next = switching.then(async (): Promise<WorkspaceInfo> => {
        if (importRunner.isRunning()) {
          throw new AppError('BUSY', 'An import is running in this workspace; wait for it to finish or cancel it, then switch');
        }
        const opened = await openWorkspaceFile(target.path, target.ifMissing, clock);
        void refreshHealthOnOpen(opened, clock(), announceRescore);
        const previous = workspace;
        workspace = opened;
        await previous.close();
        // Staged files belong to the import of the workspace they were added in.
        stagedFiles.clear();
        if (options.settingsPath) writeAppSettings(options.settingsPath, { lastWorkspace: workspace.path });
        const info = describeWorkspace(workspace);
        events.emit('workspace.changed', info);
        return info;
      });
      switching = next.catch(() => undefined);
      return next;
    },
  };

  const { dispatch, dispatchUnknown } = createDispatch(handlers, () => context);
  let closed = false;
  return {
    dispatch,
    dispatchUnknown,
    events,
    stageUpload: (name, body) => stagedFiles.upload(name, body),
    close: async () => {
      if (closed) return;
      closed = true;
      await importRunner.stop();
      await switching;
      stagedFiles.clear();
      await workspace.close();
    },
  };
}
